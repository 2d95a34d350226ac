package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterType;
import java.time.Duration;
import java.util.List;

/**
 * The parameters that rules of more than one family read, defined once here and shown by each family that
 * documents them ({@link MonitoringRules#MAX_GAP} is this class's {@link #MAX_GAP}), so that no family reaches
 * into another for them. A parameter is known by its key, so the rules that share one share its value.
 */
final class SharedParameters {

  /** MON-2's and CLO-4's {@code maxGap}: the longest an open account may go without a monitor on duty. */
  static final Parameter<Duration> MAX_GAP =
      Parameter.of(
              "maxGap",
              ParameterType.DURATION,
              Duration.ofHours(24),
              "the longest an open account may go without a monitor on duty")
          .requiring(
              gap -> !gap.isNegative() && gap.getNano() == 0, "is zero or positive, in whole seconds");

  /** MON-5's and CLO-5's {@code requiredPhrases}: what signposting text must direct people to. */
  static final Parameter<List<String>> REQUIRED_PHRASES =
      Parameter.of(
          "requiredPhrases",
          ParameterType.TEXT_LIST,
          List.of("101", "999"),
          "the numbers or words that signposting text must direct people to");

  /** CLO-1's {@code exemptAccounts}: accounts of a disallowed tier that may stay open, by id or handle. */
  static final Parameter<List<String>> EXEMPT_ACCOUNTS =
      Parameter.of(
          "exemptAccounts",
          ParameterType.TEXT_LIST,
          List.of(),
          "accounts of a disallowed tier that may stay open, by id or handle");

  private SharedParameters() {}
}
