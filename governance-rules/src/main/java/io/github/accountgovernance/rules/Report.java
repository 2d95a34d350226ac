package io.github.accountgovernance.rules;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What evaluating a pack over an estate found: the pack and force, the instant and horizon, the effective
 * parameters with their provenance, how each rule fared, the violations that remain, those waived, those the
 * baseline accepts, the baseline entries now fixed, stale and expiring waivers, and warnings.
 *
 * <p>Everything is in a deterministic order (rules by id; violations by rule id, subject, message and key), and
 * nothing depends on timing or the order of the estate's input, so the same inputs give equal reports and the
 * same bytes in every output format.
 *
 * <pre>{@code
 * Report report = pack.evaluate(estate);
 * if (report.hasErrors()) {
 *   report.violations().forEach(v -> System.out.println(v.ruleId() + " " + v.subject() + ": " + v.message()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Report {

  Report() {}

  /**
   * Returns the id of the pack evaluated.
   *
   * @return the pack id
   */
  public abstract String packId();

  /**
   * Returns the name of the pack evaluated.
   *
   * @return the pack name
   */
  public abstract String packName();

  /**
   * Returns the name of the force whose estate was evaluated.
   *
   * @return the force's name
   */
  public abstract String forceName();

  /**
   * Returns the instant the evaluation was as of.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the force's time zone, in which reports for people show local times (the as-of instant, windows, post
   * times); JSON keeps instants in UTC and names this zone. UTC for a report read from JSON that names no zone.
   *
   * @return the zone, such as {@code Europe/London}
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns how far ahead time-based rules looked.
   *
   * @return the horizon
   */
  public abstract Duration horizon();

  /**
   * Returns the effective parameters with their provenance.
   *
   * @return the parameters, by key
   */
  public abstract List<EffectiveParameter> parameters();

  /**
   * Returns how each rule fared.
   *
   * @return the results, by rule id
   */
  public abstract List<RuleResult> rules();

  /**
   * Returns the rules the pack (or one it derives from) disabled.
   *
   * @return the rule ids, sorted
   */
  public abstract List<RuleId> disabledRules();

  /**
   * Returns the violations that remain: neither waived nor in the baseline.
   *
   * @return the violations, sorted
   */
  public abstract List<Violation> violations();

  /**
   * Returns the violations that a waiver covers.
   *
   * @return the waived violations, sorted
   */
  public abstract List<WaivedViolation> waived();

  /**
   * Returns the violations that the baseline accepts.
   *
   * @return the baselined violations, sorted
   */
  public abstract List<Violation> baselined();

  /**
   * Returns the baseline entries that no violation matches any more: fixed since the baseline.
   *
   * @return the fingerprints, sorted
   */
  public abstract List<Fingerprint> fixedBaselineEntries();

  /**
   * Returns the waivers that match no violation.
   *
   * @return the waivers, sorted
   */
  public abstract List<Waiver> staleWaivers();

  /**
   * Returns the waivers that apply now but expire within the warning window.
   *
   * @return the waivers, sorted
   */
  public abstract List<Waiver> expiringWaivers();

  /**
   * Returns the warnings.
   *
   * @return the warnings, sorted
   */
  public abstract List<ReportWarning> warnings();

  /**
   * Returns the monitoring coverage the evaluation analysed, for renderers that draw it (the HTML report's
   * timeline) without analysing the estate again. Present when a rule of the pack read the coverage (every MON
   * rule and CLO-4 do); absent in a report read back from JSON. Not part of the report's value: two reports that
   * differ only here are equal.
   *
   * @return the coverage over the report's time frame, or empty
   */
  @Value.Auxiliary
  public abstract Optional<MonitoringCoverage> coverage();

  /**
   * Returns this report without the source locations of its violations, so that the reports of one estate kept
   * in different files (one YAML file, or CSV registers and calendars) are the same, byte for byte, in every
   * format. The command line's {@code --no-locations} does this.
   *
   * @return the report with no violation located
   */
  public final Report withoutLocations() {
    List<Violation> open = new ArrayList<>(violations().size());
    boolean any = false;
    for (Violation violation : violations()) {
      any |= violation.location().isPresent();
      open.add(Violation.builder().from(violation).location(Optional.empty()).build());
    }
    return any ? builder().from(this).violations(open).build() : this;
  }

  /**
   * Tells whether a violation of severity {@link Severity#ERROR} remains.
   *
   * @return true if the estate fails the pack
   */
  public final boolean hasErrors() {
    for (Violation violation : violations()) {
      if (violation.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the remaining violations of a severity.
   *
   * @param severity the severity
   * @return the violations, sorted
   * @throws NullPointerException if {@code severity} is null
   */
  public final List<Violation> violations(Severity severity) {
    requireNonNull(severity, "severity");
    List<Violation> matching = new ArrayList<>();
    for (Violation violation : violations()) {
      if (violation.severity() == severity) {
        matching.add(violation);
      }
    }
    return List.copyOf(matching);
  }

  /**
   * Returns the remaining violations of a rule.
   *
   * @param ruleId such as {@code "MON-2"}
   * @return the violations, sorted
   * @throws NullPointerException if {@code ruleId} is null
   * @throws IllegalArgumentException if the id is malformed
   */
  public final List<Violation> violationsOf(String ruleId) {
    RuleId id = RuleId.of(ruleId);
    List<Violation> matching = new ArrayList<>();
    for (Violation violation : violations()) {
      if (violation.ruleId().equals(id)) {
        matching.add(violation);
      }
    }
    return List.copyOf(matching);
  }

  /**
   * Returns how a rule fared.
   *
   * @param ruleId such as {@code "MON-2"}
   * @return the result, or empty if the pack has no such rule
   * @throws NullPointerException if {@code ruleId} is null
   * @throws IllegalArgumentException if the id is malformed
   */
  public final Optional<RuleResult> rule(String ruleId) {
    RuleId id = RuleId.of(ruleId);
    for (RuleResult result : rules()) {
      if (result.ruleId().equals(id)) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds an effective parameter.
   *
   * @param key such as {@code "maxGap"}
   * @return the parameter, or empty if no rule of the pack reads it
   * @throws NullPointerException if {@code key} is null
   */
  public final Optional<EffectiveParameter> parameter(String key) {
    requireNonNull(key, "key");
    for (EffectiveParameter parameter : parameters()) {
      if (parameter.key().equals(key)) {
        return Optional.of(parameter);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a new builder, for readers of report files; evaluation builds reports itself.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Report}; {@code build()} throws {@link IllegalStateException} if pack, force, instant or
   * horizon is unset. Lists keep the order given.
   */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }
}
