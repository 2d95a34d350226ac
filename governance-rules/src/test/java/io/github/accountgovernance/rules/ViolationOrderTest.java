package io.github.accountgovernance.rules;

import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Reports list violations in {@link Violation#compareTo} order, and byte-identical reports rely on it: each pair
 * below differs in one part only (so the pair ties if that part is dropped from the order, and swaps if it is
 * reversed), and each part outranks every later one (so the pair swaps if two parts trade places).
 */
final class ViolationOrderTest {

  private static final Subject YORK = Subject.of(SubjectKind.ACCOUNT, "york-x", "@NYP_York");

  private static Violation.Builder base() {
    return Violation.builder()
        .ruleId(RuleId.of("MON-2"))
        .severity(Severity.ERROR)
        .subject(YORK)
        .message("has no monitor")
        .key("k")
        .addExplanation(Finding.builder().message("because a").build());
  }

  /** Each step sets one part of the base to a value that sorts later; in the order's own priority. */
  private static final List<UnaryOperator<Violation.Builder>> LATER_IN_EACH_PART =
      List.of(
          b -> b.ruleId(RuleId.of("MON-3")),
          b -> b.subject(Subject.of(SubjectKind.ACCOUNT, "york-x", "@NYP_Yorkz")),
          // Equal ignoring case: upper case sorts first in the tie-break.
          b -> b.subject(Subject.of(SubjectKind.ACCOUNT, "york-x", "@nyp_york")),
          b -> b.subject(Subject.of(SubjectKind.ACCOUNT, "york-y", "@NYP_York")),
          b -> b.key("l"),
          b -> b.message("has no monitoz"),
          b -> b.severity(Severity.WARNING),
          b -> b.note("waived"),
          // An empty note against none: a present note sorts after an absent one.
          b -> b.note(""),
          b -> b.hint("rota"),
          b -> b.hint(""),
          b -> b.addEvidence(Evidence.of("gap", "10 h")),
          b -> b.explanation(List.of(Finding.builder().message("because b").build())));

  @Test
  void eachPartAloneOrdersTwoViolations_andOutranksEveryLaterPart() {
    OrderLaws.check(base().build(), LATER_IN_EACH_PART.stream().map(later -> later.apply(base()).build()).toList());
  }
}
