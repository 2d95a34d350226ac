package io.github.accountgovernance.rules;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Violation#compareTo} compares the parts in place: it must order as the chain of comparators over the
 * parts' texts that it replaced (the order byte-identical reports rely on).
 */
final class ViolationOrderProperties {

  private static final Comparator<Violation> BY_PARTS =
      Comparator.comparing(Violation::ruleId)
          .thenComparing(violation -> violation.subject().displayName(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(violation -> violation.subject().displayName())
          .thenComparing(violation -> violation.subject().reference())
          .thenComparing(Violation::key)
          .thenComparing(Violation::message)
          .thenComparing(Violation::severity)
          .thenComparing(violation -> violation.note().orElse(""))
          .thenComparing(violation -> violation.note().isPresent())
          .thenComparing(violation -> violation.hint().orElse(""))
          .thenComparing(violation -> violation.hint().isPresent())
          .thenComparing(violation -> violation.evidence().toString())
          .thenComparing(violation -> violation.explanation().toString());

  private static final List<String> RULES = List.of("MON-2", "MON-10", "NAM-4");
  private static final List<String> NAMES = List.of("@NYP_York", "@nyp_york", "@NYP_Yorkz");
  private static final List<String> IDS = List.of("york-x", "york-y");
  private static final List<String> TEXTS = List.of("", "a", "B");

  /** Violations whose parts come from small pools, so that most pairs tie on several parts. */
  private static Gen<Violation> violations() {
    return lists().of(integers().between(0, 2)).ofSize(12).map(parts -> {
      Violation.Builder builder =
          Violation.builder()
              .ruleId(RuleId.of(RULES.get(parts.get(0))))
              .subject(Subject.of(
                  parts.get(1) == 0 ? SubjectKind.ACCOUNT : SubjectKind.HANDLE,
                  IDS.get(parts.get(2) % 2),
                  NAMES.get(parts.get(3))))
              .key(TEXTS.get(parts.get(4)))
              .message("m" + TEXTS.get(parts.get(5)))
              .severity(parts.get(6) == 0 ? Severity.ERROR : Severity.WARNING)
              .explanation(List.of(Finding.builder().message("e" + TEXTS.get(parts.get(11))).build()));
      Optional.of(parts.get(7)).filter(p -> p > 0).ifPresent(p -> builder.note(TEXTS.get(p - 1)));
      Optional.of(parts.get(8)).filter(p -> p > 0).ifPresent(p -> builder.hint(TEXTS.get(p - 1)));
      for (int i = 0; i < parts.get(9); i++) {
        builder.addEvidence(Evidence.of("gap", TEXTS.get(parts.get(10))));
      }
      return builder.build();
    });
  }

  @Test
  void compareTo_ordersAsTheChainOfComparatorsOverTheParts() {
    qt().withExamples(5000)
        .forAll(violations(), violations())
        .checkAssert((one, other) ->
            assertThat(Integer.signum(one.compareTo(other)))
                .as("%s against %s", one, other)
                .isEqualTo(Integer.signum(BY_PARTS.compare(one, other))));
  }
}
