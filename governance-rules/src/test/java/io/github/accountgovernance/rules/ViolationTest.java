package io.github.accountgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ViolationTest {

  private static final Subject YORK = Subject.of(SubjectKind.ACCOUNT, "a-york-x", "@NYP_York");
  private static final Subject CRAVEN = Subject.of(SubjectKind.ACCOUNT, "z-craven-x", "@NYP_Craven");

  private static Violation gap(Subject subject, String start, String message) {
    return Violation.builder()
        .ruleId(RuleId.of("MON-2"))
        .severity(Severity.ERROR)
        .subject(subject)
        .message(message)
        .key(start)
        .build();
  }

  @Test
  void compareTo_listsSubjectsByTheNameShownAndOneSubjectsGapsInDateOrder() {
    List<Violation> violations =
        new ArrayList<>(
            List.of(
                gap(YORK, "2021-03-06T22:00:00Z", "no monitor for 10 h from Sat 6 Mar 2021 22:00"),
                gap(YORK, "2021-03-01T18:00:00Z", "no monitor for 38 h from Mon 1 Mar 2021 18:00"),
                gap(CRAVEN, "2021-03-03T18:00:00Z", "no monitor for 30 h from Wed 3 Mar 2021 18:00"),
                gap(YORK, "ongoing", "no monitor since Sun 28 Mar 2021 18:00")));

    Collections.sort(violations);

    assertThat(violations)
        .extracting(v -> v.subject().displayName() + " " + v.key())
        .containsExactly(
            "@NYP_Craven 2021-03-03T18:00:00Z",
            "@NYP_York 2021-03-01T18:00:00Z",
            "@NYP_York 2021-03-06T22:00:00Z",
            "@NYP_York ongoing");
  }

  @Test
  void compareTo_isZeroOnlyForEqualViolations() {
    Subject otherYork = Subject.of(SubjectKind.ACCOUNT, "york-old", "@NYP_York");
    Violation york = gap(YORK, "", "has no owning team");
    Violation sameNameOtherAccount = gap(otherYork, "", "has no owning team");
    Violation withNote = Violation.builder().from(york).note("its waiver expired on 2021-03-31").build();
    Violation warning = Violation.builder().from(york).severity(Severity.WARNING).build();

    assertThat(york.compareTo(sameNameOtherAccount)).isNegative();
    assertThat(sameNameOtherAccount.compareTo(york)).isPositive();
    assertThat(york.compareTo(withNote)).isNotZero();
    assertThat(york.compareTo(warning)).isNotZero();
    assertThat(york.compareTo(Violation.builder().from(york).build())).isZero();
  }
}
