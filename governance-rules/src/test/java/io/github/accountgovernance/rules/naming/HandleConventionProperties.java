package io.github.accountgovernance.rules.naming;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.Gens;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class HandleConventionProperties {

  private static final HandleConvention CONVENTION = HandleConvention.of(HandleConventionTest.NYP);

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private static Gen<District> districts() {
    return arbitrary().pick(HandleConventionTest.NYP.districts());
  }

  private static Gen<String> functions() {
    return Gens.strings(LETTERS, 1, 10);
  }

  private static Account account(String handle, AccountTier tier, String district, String function) {
    Account.Builder builder =
        Account.builder()
            .id("generated")
            .handle(Handle.of(Platform.X, handle))
            .displayName("North Yorkshire Police")
            .tier(tier)
            .status(AccountStatus.ACTIVE)
            .district(district);
    return function == null ? builder.build() : builder.function(function).build();
  }

  @Test
  void expectedHandle_ofAHandleGeneratedFromTheTemplateMatches() {
    qt().withExamples(1000)
        .forAll(districts(), functions(), booleans().all())
        .checkAssert(HandleConventionProperties::aHandleGeneratedFromTheTemplateMatches);
  }

  private static void aHandleGeneratedFromTheTemplateMatches(District district, String function, boolean lowerCase) {
    Force force = HandleConventionTest.NYP;
    for (AccountTier tier : CONVENTION.templates().keySet()) {
      String generated =
          CONVENTION
              .template(tier)
              .orElseThrow()
              .replace(Force.DISTRICT_PLACEHOLDER, district.handleToken())
              .replace(Force.FUNCTION_PLACEHOLDER, function);
      String written = lowerCase ? generated.toLowerCase(Locale.ROOT) : generated;
      Account account = account(written, tier, district.code(), function);

      assertThat(CONVENTION.expectedHandle(account, force)).contains(generated);
      assertThat(CONVENTION.matches(account.handle(), account, force)).isTrue();
      assertThat(CONVENTION.check(account, force).follows()).isTrue();
    }
  }

  @Test
  void check_reportsAnyOtherHandleAsDeparting() {
    qt().withExamples(1000)
        .forAll(districts(), functions())
        .checkAssert((district, suffix) -> {
          Force force = HandleConventionTest.NYP;
          Account account =
              account("NYP_" + district.handleToken() + "_" + suffix, AccountTier.DISTRICT, district.code(), null);

          ConventionCheck check = CONVENTION.check(account, force);

          assertThat(check.outcome()).isEqualTo(ConventionCheck.Outcome.DEPARTS);
          assertThat(check.explanation())
              .startsWith("expected NYP_" + district.handleToken() + " for district " + district.name());
        });
  }
}
