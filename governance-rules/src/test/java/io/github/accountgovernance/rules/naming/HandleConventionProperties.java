package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class HandleConventionProperties {

  private static final HandleConvention CONVENTION = HandleConvention.of(HandleConventionTest.NYP);

  @Provide
  Arbitrary<District> districts() {
    return Arbitraries.of(HandleConventionTest.NYP.districts());
  }

  @Provide
  Arbitrary<String> functions() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10);
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

  @Property
  void expectedHandle_ofAHandleGeneratedFromTheTemplateMatches(
      @ForAll("districts") District district, @ForAll("functions") String function, @ForAll boolean lowerCase) {
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

  @Property
  void check_reportsAnyOtherHandleAsDeparting(
      @ForAll("districts") District district, @ForAll("functions") String suffix) {
    Force force = HandleConventionTest.NYP;
    Account account =
        account("NYP_" + district.handleToken() + "_" + suffix, AccountTier.DISTRICT, district.code(), null);

    ConventionCheck check = CONVENTION.check(account, force);

    assertThat(check.outcome()).isEqualTo(ConventionCheck.Outcome.DEPARTS);
    assertThat(check.explanation())
        .startsWith("expected NYP_" + district.handleToken() + " for district " + district.name());
  }
}
