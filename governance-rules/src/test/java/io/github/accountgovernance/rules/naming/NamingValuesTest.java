package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The naming package's results are values: equal when their parts are, with a hash code to match and a text that
 * says what they found. Everything is built inside the tests (not in static fields), so each test sees the code
 * under test as it is.
 */
final class NamingValuesTest {

  private static Handle x(String handle) {
    return Handle.of(Platform.X, handle);
  }

  private static Account account(String id, String handle, AccountTier tier) {
    return Account.builder()
        .id(id)
        .handle(x(handle))
        .displayName("North Yorkshire Police")
        .tier(tier)
        .status(AccountStatus.ACTIVE)
        .district("york")
        .function("Jobs")
        .build();
  }

  private static Force force() {
    return HandleConventionTest.NYP;
  }

  @Test
  void handleConventions_areEqualWhenTheirTemplatesAre() {
    HandleConvention fromForce = HandleConvention.of(force());
    HandleConvention fromMap =
        HandleConvention.of(
            Map.of(
                AccountTier.FORCE_WIDE, "NYorksPolice",
                AccountTier.DISTRICT, "NYP_{district}",
                AccountTier.CORPORATE_FUNCTION, "NYP_{function}"));
    HandleConvention other = fromMap.withTemplate(AccountTier.DISTRICT, "NYP{district}");

    assertThat(fromForce).isEqualTo(fromMap).hasSameHashCodeAs(fromMap).isNotEqualTo(other).isNotEqualTo("x");
    assertThat(fromForce.templates()).containsEntry(AccountTier.DISTRICT, "NYP_{district}").hasSize(3);
    assertThat(other.templates())
        .containsEntry(AccountTier.DISTRICT, "NYP{district}")
        .containsEntry(AccountTier.FORCE_WIDE, "NYorksPolice")
        .hasSize(3);
    assertThat(fromForce.toString()).contains("DISTRICT=NYP_{district}");
  }

  @Test
  void check_namesTheTierWhenTheTemplateHasNoPlaceholder() {
    HandleConvention fixed =
        HandleConvention.of(
            Map.of(
                AccountTier.DISTRICT, "NYP_Area",
                AccountTier.CORPORATE_FUNCTION, "NYP_Corporate",
                AccountTier.INDIVIDUAL_OFFICER, "NYP_Officer",
                AccountTier.SPECIALIST_TEAM, "NYP_Team"));

    assertThat(fixed.check(account("a", "NYP_York", AccountTier.DISTRICT), force()).explanation())
        .isEqualTo("expected NYP_Area for a district account, found NYP_York");
    assertThat(fixed.check(account("a", "NYP_Jobs", AccountTier.CORPORATE_FUNCTION), force()).explanation())
        .isEqualTo("expected NYP_Corporate for a corporate function account, found NYP_Jobs");
    assertThat(fixed.check(account("a", "NYP_PC1", AccountTier.INDIVIDUAL_OFFICER), force()).explanation())
        .isEqualTo("expected NYP_Officer for an individual officer's account, found NYP_PC1");
    assertThat(fixed.check(account("a", "NYP_Roads", AccountTier.SPECIALIST_TEAM), force()).explanation())
        .isEqualTo("expected NYP_Team for a specialist team account, found NYP_Roads");
  }

  @Test
  void check_namesBothTheDistrictAndTheFunction_whenTheTemplateUsesBoth() {
    HandleConvention both = HandleConvention.of(Map.of(AccountTier.DISTRICT, "NYP_{district}_{function}"));

    assertThat(both.check(account("a", "NYP_York_Jobs", AccountTier.DISTRICT), force()).explanation())
        .isEqualTo("NYP_York_Jobs follows NYP_{district}_{function} for district York and function Jobs");
  }

  @Test
  void conventionChecks_areEqualWhenAccountOutcomeExpectationAndExplanationAre() {
    HandleConvention convention = HandleConvention.of(force());
    Account york = account("york-x", "NYP_York", AccountTier.DISTRICT);
    Account yorkElsewhere = account("york-x", "NYP_Yorks", AccountTier.DISTRICT);
    Account other = account("york-y", "NYP_York", AccountTier.DISTRICT);

    ConventionCheck follows = convention.check(york, force());
    ConventionCheck departs = convention.check(yorkElsewhere, force());

    assertThat(follows.account()).isEqualTo(york);
    assertThat(follows.follows()).isTrue();
    assertThat(departs.follows()).isFalse();
    assertThat(follows).isEqualTo(convention.check(york, force())).hasSameHashCodeAs(convention.check(york, force()));
    assertThat(follows).isNotEqualTo(departs).isNotEqualTo(convention.check(other, force())).isNotEqualTo("x");
    assertThat(follows.toString()).isEqualTo("FOLLOWS: NYP_York follows NYP_{district} for district York");
    assertThat(departs.toString())
        .isEqualTo("DEPARTS: expected NYP_York for district York, found NYP_Yorks");
    assertThat(convention.check(account("p", "NYP_PC1", AccountTier.INDIVIDUAL_OFFICER), force()))
        .isNotEqualTo(convention.check(account("p", "NYP_PC1", AccountTier.SPECIALIST_TEAM), force()));
  }

  @Test
  void scriptMixes_areEqualWhenTheyFoundTheSame() {
    ScriptMix latin = DisplayNames.scripts("North Yorkshire Police");
    ScriptMix mixed = DisplayNames.scripts("North Y\u043Erkshire Police");

    assertThat(latin.text()).isEqualTo("North Yorkshire Police");
    assertThat(latin).isEqualTo(DisplayNames.scripts("North Yorkshire Police"))
        .hasSameHashCodeAs(DisplayNames.scripts("North Yorkshire Police"))
        .isNotEqualTo(DisplayNames.scripts("North Yorkshire Polic"))
        .isNotEqualTo(mixed)
        .isNotEqualTo("x");
    assertThat(latin.toString()).isEqualTo("one script: Latin");
    assertThat(mixed.toString()).isEqualTo(mixed.explanation()).startsWith("mixes scripts Cyrillic and Latin");
  }

  @Test
  void lookalikes_areEqualWhenTheHandlesAsWrittenReasonsAndEditsAre() {
    LookalikeIndex index = LookalikeIndex.of(List.of(x("NYP_York")), 1);
    Lookalike zero = index.findLookalikes(x("NYP_Y0rk")).get(0);
    Lookalike zeroAgain = LookalikeIndex.of(List.of(x("NYP_York")), 1).findLookalikes(x("NYP_Y0rk")).get(0);
    Lookalike zeroOtherCase = index.findLookalikes(x("nyp_y0rk")).get(0);
    Lookalike missing = index.findLookalikes(x("NYP_Yrk")).get(0);

    assertThat(index.maxEdits()).isEqualTo(1);
    assertThat(index).hasToString("LookalikeIndex[1 official handles, maxEdits 1]");
    assertThat(zero).isEqualTo(zeroAgain).hasSameHashCodeAs(zeroAgain)
        .isNotEqualTo(zeroOtherCase).isNotEqualTo(missing).isNotEqualTo("x");
    assertThat(zero.toString()).isEqualTo(zero.explanation()).contains("'o' → '0' at 6");
  }

  @Test
  void edits_areEqualWhenKindPositionAndTextsAre() {
    Lookalike.Edit edit = Lookalike.Edit.of(Lookalike.Edit.Kind.SUBSTITUTION, 5, "o", "0");

    assertThat(edit.kind()).isEqualTo(Lookalike.Edit.Kind.SUBSTITUTION);
    assertThat(edit)
        .isEqualTo(Lookalike.Edit.of(Lookalike.Edit.Kind.SUBSTITUTION, 5, "o", "0"))
        .hasSameHashCodeAs(Lookalike.Edit.of(Lookalike.Edit.Kind.SUBSTITUTION, 5, "o", "0"))
        .isNotEqualTo(Lookalike.Edit.of(Lookalike.Edit.Kind.SWAP, 5, "o", "0"))
        .isNotEqualTo(Lookalike.Edit.of(Lookalike.Edit.Kind.SUBSTITUTION, 4, "o", "0"))
        .isNotEqualTo(Lookalike.Edit.of(Lookalike.Edit.Kind.SUBSTITUTION, 5, "p", "0"))
        .isNotEqualTo(Lookalike.Edit.of(Lookalike.Edit.Kind.SUBSTITUTION, 5, "o", "1"))
        .isNotEqualTo("x");
    assertThat(edit).hasToString("'o' → '0' at 6");
  }

  @Test
  void edits_quoteOnlyPrintableAsciiPlainly() {
    // Space (U+0020) and tilde (U+007E) are printable; DEL (U+007F) and U+001F are not.
    assertThat(Lookalike.Edit.of(Lookalike.Edit.Kind.INSERTION, 0, "", " ").describe())
        .isEqualTo("' ' inserted at 1");
    assertThat(Lookalike.Edit.of(Lookalike.Edit.Kind.INSERTION, 0, "", "~").describe())
        .isEqualTo("'~' inserted at 1");
    assertThat(Lookalike.Edit.of(Lookalike.Edit.Kind.INSERTION, 0, "", "\u007F").describe())
        .isEqualTo("'\u007F' (U+007F DELETE) inserted at 1");
    assertThat(Lookalike.Edit.of(Lookalike.Edit.Kind.INSERTION, 0, "", "\u001F").describe())
        .isEqualTo("'\u001F' (U+001F INFORMATION SEPARATOR ONE) inserted at 1");
  }
}
