package io.github.accountgovernance.rules.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterType;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.Relation;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Rules;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.SubjectType;
import io.github.accountgovernance.rules.authoring.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** MON-1, EST-5 and ATT-3 as a force system would write them: with nothing but the public API. */
final class CatalogueRulesThroughPublicApiTest {

  static final Parameter<Integer> MIN_MONITORS =
      Parameter.of("minMonitors", ParameterType.INTEGER, 2, "distinct serving monitors of each open account")
          .requiring(n -> n >= 1, "is at least 1");
  static final Parameter<Integer> MIN_ADMINS =
      Parameter.of("minAdmins", ParameterType.INTEGER, 2, "serving administrators of each account");

  static final Criterion<Account> OPEN = Criterion.of("is active or closing", a -> a.status().isOpen());
  static final Criterion<Contributor> SERVING = Criterion.of("is serving", Contributor::isServing);

  static final Relation<Account, Contributor> MONITORS =
      Relation.of("monitor", "monitors", SubjectType.CONTRIBUTOR, (account, context) -> {
        TreeSet<String> ids = new TreeSet<>();
        for (RotaAssignment slot : context.estate().rotaFor(account.id())) {
          ids.add(slot.contributor());
        }
        List<Contributor> people = new ArrayList<>();
        ids.forEach(id -> context.estate().contributor(id).ifPresent(people::add));
        return people;
      });

  static final Relation<Account, Contributor> ADMINISTRATORS =
      Relation.of("administrator", "administrators", SubjectType.CONTRIBUTOR, (account, context) -> {
        List<Contributor> people = new ArrayList<>();
        for (AccessGrant grant : context.estate().grantsOn(account.id())) {
          if (grant.role() == AccessRole.ADMINISTRATOR) {
            context.estate().contributor(grant.contributor()).ifPresent(people::add);
          }
        }
        return people;
      });

  static final Rule MON_1 =
      Rules.accounts()
          .that(OPEN)
          .should(Criterion.atLeast(MIN_MONITORS, MONITORS, SERVING))
          .id("MON-1")
          .title("named monitors")
          .because("an account that nobody monitors lets down whoever reports a crime to it")
          .source("DOMAIN.md, Monitoring coverage")
          .hint("put serving officers on the account's rota")
          .parameters(MIN_MONITORS)
          .build();

  static final Rule EST_5 =
      Rules.accounts()
          .should(Criterion.<Account>explained("has an owning team", (a, c) -> a.owningTeam().isPresent()
                  ? Verdict.pass()
                  : Verdict.fail("has no owning team"))
              .and(Criterion.atLeast(MIN_ADMINS, ADMINISTRATORS, SERVING)))
          .id("EST-5")
          .title("ownership")
          .parameters(MIN_ADMINS)
          .build();

  static final Rule ATT_3 =
      Rule.ofCheck("ATT-3", "a contributor who has left holds no access and no future rota slots",
              (estate, context, sink) -> {
                for (Contributor person : estate.contributors()) {
                  if (person.isServing()) {
                    continue;
                  }
                  Subject subject = Subject.of(person);
                  sink.checked(subject);
                  List<String> access = new ArrayList<>();
                  for (AccessGrant grant : estate.grantsOf(person.id())) {
                    access.add(grant.role().name().toLowerCase() + " of "
                        + estate.account(grant.account()).orElseThrow().handle().display());
                  }
                  List<String> slots = new ArrayList<>();
                  for (RotaAssignment slot : estate.rotaOf(person.id())) {
                    slot.shiftWindow().filter(w -> w.end().isAfter(context.asOf())).ifPresent(w -> slots.add(w.toString()));
                  }
                  if (!access.isEmpty() || !slots.isEmpty()) {
                    sink.report(subject, Finding.builder()
                        .message("left on " + person.leftOn().map(LocalDate::toString).orElse("an unknown date")
                            + " but holds " + access.size() + " grants and " + slots.size() + " future slots")
                        .addEvidence(Evidence.of("access", access), Evidence.of("future rota slots", slots))
                        .hint("revoke the grants and take them off the rota")
                        .build());
                  }
                }
              })
          .title("leavers")
          .build();

  static final PolicyPack PACK = PolicyPack.builder("public-api").add(MON_1, EST_5, ATT_3).build();

  static final Instant AS_OF = Instant.parse("2021-04-01T09:00:00Z");

  static Estate estate(boolean secondMonitorServing) {
    Force nyp = Force.builder().name("North Yorkshire Police").addDistricts(District.of("york", "York")).build();
    Contributor alex = Contributor.builder().id("c-1402").kind(ContributorKind.OFFICER).name("PC Alex Example").build();
    Contributor.Builder sam = Contributor.builder().id("c-2231").kind(ContributorKind.STAFF).name("Sam Sample");
    if (!secondMonitorServing) {
      sam.status(ContributorStatus.LEFT).leftOn(LocalDate.of(2021, 3, 15));
    }
    return Estate.builder()
        .force(nyp)
        .asOf(AS_OF)
        .addAccounts(Account.builder()
            .id("york-x")
            .handle(Handle.of(Platform.X, "NYP_York"))
            .displayName("North Yorkshire Police - York")
            .tier(AccountTier.DISTRICT)
            .status(AccountStatus.ACTIVE)
            .district("york")
            .owningTeam("York local policing team")
            .build())
        .addContributors(alex, sam.build())
        .addGrants(AccessGrant.of("c-1402", "york-x", AccessRole.ADMINISTRATOR),
            AccessGrant.of("c-2231", "york-x", AccessRole.ADMINISTRATOR))
        .addRota(
            RotaAssignment.shift("c-1402", "york-x", TimeWindow.of(AS_OF, Duration.ofHours(10))),
            RotaAssignment.shift("c-2231", "york-x", TimeWindow.of(AS_OF.plus(Duration.ofHours(10)), Duration.ofHours(14))))
        .build();
  }

  @Test
  void statements_readAsThePolicySentences() {
    assertThat(MON_1.statement())
        .isEqualTo("every account that is active or closing has at least 2 monitors that are serving");
    assertThat(EST_5.statement())
        .isEqualTo("every account has an owning team and has at least 2 administrators that are serving");
  }

  @Test
  void compliantEstate_hasNoViolations() {
    Report report = PACK.evaluate(estate(true));

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("ATT-3").orElseThrow().checked()).isZero();
    // ATT-3 allows an empty selection: where nobody has left, its silence is the normal case.
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void leaverOnTheRota_breaksMon1Est5AndAtt3WithEvidence() {
    Report report = PACK.evaluate(estate(false));

    assertThat(report.violations())
        .extracting(v -> v.ruleId() + " " + v.subject().displayName() + ": " + v.message())
        .containsExactly(
            "ATT-3 Sam Sample: left on 2021-03-15 but holds 1 grants and 1 future slots",
            "EST-5 @NYP_York: has 1 administrator that is serving, needs at least 2: PC Alex Example",
            "MON-1 @NYP_York: has 1 monitor that is serving, needs at least 2: PC Alex Example");
    assertThat(report.violationsOf("MON-1").get(0).explanation().get(0).causes())
        .singleElement()
        .satisfies(cause -> {
          assertThat(cause.subject().orElseThrow().displayName()).isEqualTo("Sam Sample");
          assertThat(cause.clause()).contains("is serving");
        });
    assertThat(report.violationsOf("ATT-3").get(0).evidence())
        .contains(Evidence.of("access", "administrator of @NYP_York"));
    assertThat(report.violationsOf("MON-1").get(0).hint()).contains("put serving officers on the account's rota");
  }

  @Test
  void forceOverride_changesTheThresholdAndTheStatement() {
    PolicyPack lenient = PACK.derive("york-trial").set(MIN_MONITORS, 1).set(MIN_ADMINS, 1).build();

    Report report = lenient.evaluate(estate(false));

    assertThat(report.violations()).extracting(v -> v.ruleId().value()).containsExactly("ATT-3");
    assertThat(report.rule("MON-1").orElseThrow().statement())
        .isEqualTo("every account that is active or closing has at least 1 monitors that are serving");
  }
}
