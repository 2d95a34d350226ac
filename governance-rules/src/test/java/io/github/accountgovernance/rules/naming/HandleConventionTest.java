package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class HandleConventionTest {

  static final Force NYP =
      Force.builder()
          .name("North Yorkshire Police")
          .addDistricts(
              District.of("craven", "Craven"),
              District.of("hambleton", "Hambleton"),
              District.of("harrogate", "Harrogate Borough", "Harrogate"),
              District.of("richmondshire", "Richmondshire"),
              District.of("ryedale", "Ryedale"),
              District.of("scarborough", "Scarborough Borough", "Scarborough"),
              District.of("selby", "Selby District", "Selby"),
              District.of("york", "York"))
          .putHandleConventions(AccountTier.FORCE_WIDE, "NYorksPolice")
          .putHandleConventions(AccountTier.DISTRICT, "NYP_{district}")
          .putHandleConventions(AccountTier.CORPORATE_FUNCTION, "NYP_{function}")
          .build();

  private static final HandleConvention CONVENTION = HandleConvention.of(NYP);

  private static Account.Builder account(String id, String handle, AccountTier tier) {
    return Account.builder()
        .id(id)
        .handle(Handle.of(Platform.X, handle))
        .displayName("North Yorkshire Police")
        .tier(tier)
        .status(AccountStatus.ACTIVE);
  }

  @Test
  void check_explainsADistrictHandleThatDepartsFromTheConvention() {
    Account harrogate =
        account("harrogate-x", "NYP_Harrogate_Boro", AccountTier.DISTRICT).district("harrogate").build();

    ConventionCheck check = CONVENTION.check(harrogate, NYP);

    assertThat(check.outcome()).isEqualTo(ConventionCheck.Outcome.DEPARTS);
    assertThat(check.expected()).contains("NYP_Harrogate");
    assertThat(check.explanation())
        .isEqualTo("expected NYP_Harrogate for district Harrogate Borough, found NYP_Harrogate_Boro");
    assertThat(CONVENTION.matches(harrogate.handle(), harrogate, NYP)).isFalse();
  }

  @Test
  void check_acceptsTheSeedHandlesUnderThePlatformsEquivalence() {
    Account york = account("york-x", "nyp_york", AccountTier.DISTRICT).district("york").build();
    Account force = account("force-x", "NYorksPolice", AccountTier.FORCE_WIDE).build();
    Account jobs = account("jobs-x", "NYP_Jobs", AccountTier.CORPORATE_FUNCTION).function("Jobs").build();

    assertThat(CONVENTION.check(york, NYP).follows()).isTrue();
    assertThat(CONVENTION.check(york, NYP).explanation())
        .isEqualTo("nyp_york follows NYP_{district} for district York");
    assertThat(CONVENTION.check(force, NYP).follows()).isTrue();
    assertThat(CONVENTION.expectedHandle(jobs, NYP)).contains("NYP_Jobs");
    assertThat(CONVENTION.matches(jobs.handle(), jobs, NYP)).isTrue();
  }

  @Test
  void check_namesTheForceWideAccountWhenTheTemplateHasNoPlaceholder() {
    Account force = account("force-x", "NYorksPolis", AccountTier.FORCE_WIDE).build();

    assertThat(CONVENTION.check(force, NYP).explanation())
        .isEqualTo("expected NYorksPolice for the force-wide account, found NYorksPolis");
  }

  @Test
  void check_saysWhatIsMissingWhenNothingCanBeExpected() {
    Account specialist = account("osu-x", "NYPRoadCrime", AccountTier.SPECIALIST_TEAM).build();
    Account noDistrict = account("york-x", "NYP_York", AccountTier.DISTRICT).build();
    Account unknownDistrict = account("york-x", "NYP_York", AccountTier.DISTRICT).district("yrok").build();
    Account noFunction = account("jobs-x", "NYP_Jobs", AccountTier.CORPORATE_FUNCTION).build();

    assertThat(CONVENTION.check(specialist, NYP).outcome()).isEqualTo(ConventionCheck.Outcome.NO_CONVENTION);
    assertThat(CONVENTION.check(specialist, NYP).explanation())
        .isEqualTo("no handle convention for a specialist team account");
    assertThat(CONVENTION.check(noDistrict, NYP).outcome()).isEqualTo(ConventionCheck.Outcome.NO_DISTRICT);
    assertThat(CONVENTION.check(unknownDistrict, NYP).explanation())
        .isEqualTo(
            "the convention NYP_{district} needs a district, but account york-x names district \"yrok\", which"
                + " North Yorkshire Police does not have");
    assertThat(CONVENTION.check(noFunction, NYP).outcome()).isEqualTo(ConventionCheck.Outcome.NO_FUNCTION);
    assertThat(CONVENTION.expectedHandle(noFunction, NYP)).isEmpty();
    assertThat(CONVENTION.matches(specialist.handle(), specialist, NYP)).isFalse();
  }

  @Test
  void withTemplate_configuresAnotherForcesConventionWithoutChangingThisOne() {
    HandleConvention custom = CONVENTION.withTemplate(AccountTier.SPECIALIST_TEAM, "NYP{function}");
    Account roads = account("osu-x", "NYPRoadCrime", AccountTier.SPECIALIST_TEAM).function("Road Crime").build();

    assertThat(custom.check(roads, NYP).follows()).isTrue();
    assertThat(CONVENTION.template(AccountTier.SPECIALIST_TEAM)).isEmpty();
  }

  @Test
  void of_rejectsUnknownPlaceholdersAndWhiteSpace() {
    assertThatThrownBy(() -> HandleConvention.of(Map.of(AccountTier.DISTRICT, "NYP_{team}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"{team}\"");
    assertThatThrownBy(() -> HandleConvention.of(Map.of(AccountTier.DISTRICT, "NYP {district}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"NYP {district}\"");
    assertThatThrownBy(() -> CONVENTION.withTemplate(AccountTier.DISTRICT, "NYP_{district"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"{district\"");
  }

  @Test
  void of_rejectsTemplatesThatCannotGiveAHandle_asTheForceDoes() {
    // Issue 14: these were accepted, and NAM-2's Handle.of threw while evaluating.
    assertThatThrownBy(() -> CONVENTION.withTemplate(AccountTier.FORCE_WIDE, "@"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the handle convention for force-wide, \"@\", cannot give a handle: a handle must not be blank,"
            + " but got \"@\"");
    assertThatThrownBy(() -> CONVENTION.withTemplate(AccountTier.DISTRICT, "NYP_\u0000{district}"))
        .hasMessageContaining("no white space or control characters");
    assertThatThrownBy(() -> CONVENTION.withTemplate(AccountTier.DISTRICT, "N".repeat(100) + "{district}"))
        .hasMessageContaining("a handle has at most 100 characters, but got 101");
  }
}
