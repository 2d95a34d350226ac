package io.github.accountgovernance.benchmarks;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.globalOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The {@link SubsetChecks} rules in the two peer engines a user would pick: Easy Rules 4.1 with lambda
 * conditions, fired once per account and once per contributor; and Drools 8 with the executable model (the
 * Java DSL, built into a KieBase once at setup), every account and contributor inserted as a fact into a fresh
 * session and all rules fired. Both call the same predicates as the hand-written floor, so what differs is what
 * each engine costs on top.
 *
 * <p>Built once per estate; {@link #easyRules()} and {@link #drools()} may be called repeatedly from one thread.
 */
public final class PeerEngines {

  private static final String PACKAGE = "io.github.accountgovernance.benchmarks";

  private final Estate estate;
  private final RulesEngine easyEngine = new DefaultRulesEngine();
  private final Rules accountRules = new Rules();
  private final Rules contributorRules = new Rules();
  private final KieBase kieBase;

  /**
   * Registers the rules in both engines; Drools compiles its model here, outside any timing.
   *
   * @param checks the predicates
   * @param estate the estate they were written for
   */
  public PeerEngines(SubsetChecks checks, Estate estate) {
    this.estate = estate;
    easyRule(accountRules, "EST-3", Account.class, checks.est3, Account::id);
    easyRule(accountRules, "EST-5", Account.class, checks.est5, Account::id);
    easyRule(accountRules, "NAM-1", Account.class, checks.nam1, Account::id);
    easyRule(contributorRules, "ATT-2", Contributor.class, checks.att2, Contributor::id);
    easyRule(contributorRules, "ATT-3", Contributor.class, checks.att3, Contributor::id);

    Global<Findings> found = globalOf(Findings.class, PACKAGE, "found");
    ModelImpl model = new ModelImpl().addGlobal(found);
    model.addRule(droolsRule("EST-3", Account.class, checks.est3, Account::id, found));
    model.addRule(droolsRule("EST-5", Account.class, checks.est5, Account::id, found));
    model.addRule(droolsRule("NAM-1", Account.class, checks.nam1, Account::id, found));
    model.addRule(droolsRule("ATT-2", Contributor.class, checks.att2, Contributor::id, found));
    model.addRule(droolsRule("ATT-3", Contributor.class, checks.att3, Contributor::id, found));
    this.kieBase = KieBaseBuilder.createKieBaseFromModel((Model) model);
  }

  /**
   * Fires the Easy Rules rules for every account and every contributor.
   *
   * @return the violations as "rule subject-id" keys, sorted
   */
  public Set<String> easyRules() {
    Findings findings = new Findings();
    for (Account account : estate.accounts()) {
      Facts facts = new Facts();
      facts.put("subject", account);
      facts.put("found", findings);
      easyEngine.fire(accountRules, facts);
    }
    for (Contributor person : estate.contributors()) {
      Facts facts = new Facts();
      facts.put("subject", person);
      facts.put("found", findings);
      easyEngine.fire(contributorRules, facts);
    }
    return findings.keys;
  }

  /**
   * Inserts every account and contributor into a new Drools session and fires all rules.
   *
   * @return the violations as "rule subject-id" keys, sorted
   */
  public Set<String> drools() {
    Findings findings = new Findings();
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("found", findings);
      for (Account account : estate.accounts()) {
        session.insert(account);
      }
      for (Contributor person : estate.contributors()) {
        session.insert(person);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return findings.keys;
  }

  private static <T> void easyRule(
      Rules rules, String id, Class<T> type, Predicate<T> violated, Function<T, String> subjectId) {
    rules.register(
        new RuleBuilder()
            .name(id)
            .when(facts -> violated.test(type.cast(facts.get("subject"))))
            .then(facts -> facts.<Findings>get("found").add(id, subjectId.apply(type.cast(facts.get("subject")))))
            .build());
  }

  private static <T> Rule droolsRule(
      String id, Class<T> type, Predicate<T> violated, Function<T, String> subjectId,
      Global<Findings> found) {
    Variable<T> subject = declarationOf(type);
    return rule(PACKAGE, id)
        .build(
            pattern(subject).expr(id, violated::test),
            on(subject, found).execute((matched, findings) -> findings.add(id, subjectId.apply(matched))));
  }

  /** Where the rules of either engine record what they find; one per run. */
  public static final class Findings {
    final Set<String> keys = new TreeSet<>();

    /**
     * Records a violation.
     *
     * @param ruleId the rule
     * @param subjectId the subject
     */
    public void add(String ruleId, String subjectId) {
      keys.add(ruleId + " " + subjectId);
    }
  }
}
