package io.github.accountgovernance.benchmarks;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workload 1, rules: the engine evaluating five catalogue rules ({@link SubsetChecks#RULE_IDS}) over a national
 * estate, side by side with the same rules as hand-written predicates, in Easy Rules and in Drools; and the full
 * npcc2021 pack over the same estate. Setup checks that the four sides find the same violations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RulesBenchmark {

  /** The estate, by {@link Estates} name. */
  @Param({"clean-10k", "national-10k", "national-50k"})
  public String estate;

  Estate subject;
  PolicyPack subsetPack;
  PolicyPack npcc2021;
  SubsetChecks checks;
  PeerEngines peers;

  /** Generates the estate, builds every side and checks that they agree. */
  @Setup(Level.Trial)
  public void setUp() {
    subject = Estates.named(estate);
    subsetPack = SubsetChecks.enginePack();
    npcc2021 = PolicyPacks.npcc2021();
    checks = new SubsetChecks(subject);
    peers = new PeerEngines(checks, subject);
    Set<String> expected = checks.violations();
    Agreement.require("engine (subset)", SubsetChecks.keys(engineSubset()), "hand-written predicates", expected);
    Agreement.require("Easy Rules", easyRules(), "hand-written predicates", expected);
    Agreement.require("Drools", drools(), "hand-written predicates", expected);
    Agreement.require(
        "engine (npcc2021)", SubsetChecks.keys(engineNpcc2021()), "hand-written predicates", expected);
  }

  /**
   * The engine with npcc2021 less every rule outside the subset.
   *
   * @return the report
   */
  @Benchmark
  public Report engineSubset() {
    return subsetPack.evaluate(subject);
  }

  /**
   * The subset as plain predicates: the floor.
   *
   * @return the violations
   */
  @Benchmark
  public Set<String> handWritten() {
    return checks.violations();
  }

  /**
   * The subset in Easy Rules.
   *
   * @return the violations
   */
  @Benchmark
  public Set<String> easyRules() {
    return peers.easyRules();
  }

  /**
   * The subset in Drools.
   *
   * @return the violations
   */
  @Benchmark
  public Set<String> drools() {
    return peers.drools();
  }

  /**
   * The whole npcc2021 pack: every rule of the catalogue, coverage analysis and lookalike index included.
   *
   * @return the report
   */
  @Benchmark
  public Report engineNpcc2021() {
    return npcc2021.evaluate(subject);
  }
}
