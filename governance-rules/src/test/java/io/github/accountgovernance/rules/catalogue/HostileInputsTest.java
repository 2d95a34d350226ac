package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.TextPattern;
import io.github.accountgovernance.rules.files.PackFiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The issue 14 reproducers that reach the rules: each is refused in words, or evaluated, never a crash. */
final class HostileInputsTest {

  // A guard only, never the measure: each of these hung or took minutes before.
  private static final Duration GUARD = Duration.ofSeconds(10);

  @Test
  void nam4_overLongOfficialHandlesWithinThreeEdits_isRefusedNamingMaxEdits_notAnOutOfMemoryError() {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String number = Integer.toString(i);
      accounts.add(Account.builder()
          .id("page-" + number)
          .handle(Handle.of(Platform.FACEBOOK, "NYP" + "x".repeat(97 - number.length()) + number))
          .displayName("North Yorkshire Police page " + number)
          .tier(AccountTier.SPECIALIST_TEAM)
          .status(AccountStatus.ACTIVE)
          .build());
    }
    Estate estate = EstateFixtures.estateOf(accounts).build();
    PolicyPack pack = PackFiles.read("id: nyp\nderivesFrom: npcc2021\nparameters:\n  maxEdits: 3\n", "nyp.yaml");

    assertThatThrownBy(() -> pack.evaluate(estate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower NAM-4's parameter maxEdits in the pack (2 would need");
  }

  @Test
  void att1_aNestedQuantifierAsCollarPattern_runsInLinearTimeOnALongSignature() {
    // ^(\w+)+(\1)?$ is refused (back-reference, see TextPatternTest); without the back-reference it runs on RE2/J.
    PolicyPack pack =
        PolicyPacks.npcc2021().derive("nyp").set(AttributionRules.COLLAR_PATTERN, TextPattern.of("^(\\w+)+$"))
            .build();
    Estate estate = EstateFixtures.consolidated().build();

    Report report = assertTimeoutPreemptively(GUARD, () -> pack.evaluate(estate));

    assertThat(report.rule("ATT-1")).isPresent();
    assertThat(assertTimeoutPreemptively(GUARD, () -> TextPattern.of("^(\\w+)+$").matches("a".repeat(35) + "1!")))
        .isFalse();
  }
}
