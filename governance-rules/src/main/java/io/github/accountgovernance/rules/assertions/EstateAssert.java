package io.github.accountgovernance.rules.assertions;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Severity;
import java.time.Instant;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link Estate}: does it comply with a policy pack? An estate complies when
 * evaluation leaves no violation of severity error (warnings and info do not fail it; assert on the report with
 * {@link #evaluatedWith(PolicyPack)} for more). A failure's message is the text report.
 *
 * <pre>{@code
 * assertThat(estate).compliesWith(npcc2021);
 * assertThat(estate).compliesWith(npcc2021, Instant.parse("2021-04-01T00:00:00Z"));
 * assertThat(estate).compliesWith(npcc2021.evaluation().waivers(waivers));
 * assertThat(estate).evaluatedWith(npcc2021).hasViolation("MON-2").forSubject("@NYP_York");
 * }</pre>
 *
 * <p>Not thread-safe, as AssertJ assertions are not.
 */
// AssertJ is an optional dependency (requires static); users of this package bring it themselves.
@SuppressWarnings("exports")
public final class EstateAssert extends AbstractAssert<EstateAssert, Estate> {

  EstateAssert(Estate actual) {
    super(actual, EstateAssert.class);
  }

  /**
   * Verifies that the estate complies with a pack, evaluated as of the estate's own instant.
   *
   * @param pack the pack
   * @return this
   * @throws NullPointerException if {@code pack} is null
   * @throws AssertionError if an error remains; the message is the text report
   */
  public EstateAssert compliesWith(PolicyPack pack) {
    requireNonNull(pack, "pack");
    return compliesWith(pack.evaluation());
  }

  /**
   * Verifies that the estate complies with a pack, evaluated as of an instant.
   *
   * @param pack the pack
   * @param asOf the instant
   * @return this
   * @throws NullPointerException if an argument is null
   * @throws AssertionError if an error remains; the message is the text report
   */
  public EstateAssert compliesWith(PolicyPack pack, Instant asOf) {
    requireNonNull(pack, "pack");
    requireNonNull(asOf, "asOf");
    return compliesWith(pack.evaluation().asOf(asOf));
  }

  /**
   * Verifies that the estate complies under an evaluation, with its instant, horizon, waivers and baseline.
   *
   * @param evaluation the evaluation
   * @return this
   * @throws NullPointerException if {@code evaluation} is null
   * @throws AssertionError if an error remains; the message is the text report
   */
  public EstateAssert compliesWith(Evaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    isNotNull();
    Report report = evaluation.evaluate(actual);
    int errors = report.violations(Severity.ERROR).size();
    if (errors > 0) {
      failWithMessage("%s", ReportAssert.failureMessage("Expecting the estate to comply with pack "
          + report.packId() + ", but it has " + errors + (errors == 1 ? " error: " : " errors: ")
          + ReportAssert.subjects(report.violations(Severity.ERROR)), report));
    }
    return this;
  }

  /**
   * Evaluates the estate with a pack and returns assertions on the report.
   *
   * @param pack the pack
   * @return assertions on the report
   * @throws NullPointerException if {@code pack} is null
   */
  public ReportAssert evaluatedWith(PolicyPack pack) {
    requireNonNull(pack, "pack");
    isNotNull();
    return new ReportAssert(pack.evaluate(actual));
  }
}
