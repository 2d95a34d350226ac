package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.rules.catalogue.EstateFixtures.consolidated;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.evaluate;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.person;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.TextPattern;
import io.github.accountgovernance.rules.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AttributionRulesTest {

  private static final Contributor YORK_PC =
      person("c-1402", "Alex Example").collarNumber("1402").district("york").team("York Neighbourhood Policing")
          .build();

  private static final Contributor STAFF = person("c-staff", "Jo Sample").team("Corporate Communications").build();

  private static Estate withPost(String signature) {
    return consolidated()
        .addContributors(YORK_PC, STAFF)
        .addPosts(post(YORK_PC, signature))
        .build();
  }

  private static SampledPost post(Contributor author, String signature) {
    SampledPost.Builder builder =
        SampledPost.builder()
            .account("york-x")
            .author(author.id())
            .postedAt(Instant.parse("2021-03-31T10:15:00Z"))
            .text("Officers are at Parliament Street this morning, come and say hello.");
    if (signature != null) {
      builder.signature(signature);
    }
    return builder.build();
  }

  // ------------------------------------------------------------------------------------------------ catalogue

  @Test
  void all_listsAtt1ToAtt3InIdOrderWithTheirStatements() {
    assertThat(AttributionRules.all()).extracting(rule -> rule.id().value()).containsExactly("ATT-1", "ATT-2", "ATT-3");
    assertThat(AttributionRules.signatures().statement())
        .isEqualTo("every signed post is signed with its author's own name or collar number, and its collar numbers"
            + " match the force's format");
    assertThat(AttributionRules.localVoices().severity()).isEqualTo(Severity.WARNING);
    EstateFixtures.assertDocumented(AttributionRules.all());
  }

  // ------------------------------------------------------------------------------------------------- ATT-1

  @ParameterizedTest
  @ValueSource(strings = {"PC 1402", "pc1402", "1402", "^PC 1402", "Alex Example", "alexexample", "- Alex Example",
      "PC Alex Example", "Sgt Example", "Ch. Insp. Example", "P.C. 1402"})
  void att1_acceptsTheAuthorsOwnNameOrCollarNumber(String signature) {
    Report report = evaluate(AttributionRules.signatures(), withPost(signature));

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("ATT-1")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(1));
  }

  @Test
  void att1_reportsSomeoneElsesCollarNumberWithTheAuthorsOwn() {
    assertThat(violations(AttributionRules.signatures(), withPost("PC 1234")))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message())
              .isEqualTo("signature \"PC 1234\" is neither Alex Example's name nor their collar number 1402");
          assertThat(violation.evidence())
              .containsExactly(
                  Evidence.of("signature", "PC 1234"),
                  Evidence.of("author", "Alex Example"),
                  Evidence.of("collar number", "1402"));
          assertThat(violation.key()).isEqualTo("not-author");
        });
  }

  @Test
  void att1_reportsACollarNumberOutsideTheForcesFormat() {
    assertThat(violations(AttributionRules.signatures(), withPost("PC 1402ABC")))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message())
              .startsWith("signature \"PC 1402ABC\" holds 1402ABC, which does not match the collar-number format");
          assertThat(violation.evidence()).contains(Evidence.of("collar numbers not in the format", "1402ABC"));
          assertThat(violation.key()).isEqualTo("collar-format,not-author");
        });
  }

  @Test
  void att1_readsTheCollarFormatFromThePack() {
    Contributor special =
        person("c-sc", "Robin Example").kind(io.github.accountgovernance.core.model.ContributorKind.SPECIAL_CONSTABLE)
            .collarNumber("SC12").build();
    Estate estate = consolidated().addContributors(special).addPosts(post(special, "SC12")).build();

    assertThat(violations(AttributionRules.signatures(), estate)).isEmpty();
    assertThat(evaluate(AttributionRules.signatures(), estate, AttributionRules.COLLAR_PATTERN,
        TextPattern.of("\\d{4}")).violations())
        .singleElement()
        .satisfies(violation -> assertThat(violation.key()).isEqualTo("collar-format"));
  }

  @Test
  void att1_reportsACollarNumberSignatureByStaffWithoutOne() {
    Estate estate = consolidated().addContributors(STAFF).addPosts(post(STAFF, "1402")).build();

    assertThat(violations(AttributionRules.signatures(), estate))
        .extracting(Violation::message)
        .containsExactly("signature \"1402\" is neither Jo Sample's name nor a collar number of theirs (they have"
            + " none)");
  }

  @Test
  void att1_leavesUnsignedPostsAlone() {
    Report report = evaluate(AttributionRules.signatures(), withPost(null));

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("ATT-1")).hasValueSatisfying(result -> assertThat(result.checked()).isZero());
  }

  private static Estate withText(String text) {
    return consolidated()
        .addContributors(YORK_PC)
        .addPosts(
            SampledPost.builder()
                .account("york-x")
                .author(YORK_PC.id())
                .postedAt(Instant.parse("2021-03-31T10:15:00Z"))
                .text(text)
                .build())
        .build();
  }

  @Test
  void att1_readsASignOffAtTheEndOfThePostText() {
    Report someoneElses = evaluate(AttributionRules.signatures(), withText("Road closed near Thirsk. ^PC 1234"));
    Report own = evaluate(AttributionRules.signatures(), withText("Road closed near Thirsk. ^PC 1402 "));
    Report unsigned = evaluate(AttributionRules.signatures(), withText("Road closed: A19 ^ A168 junction"));

    assertThat(someoneElses.violations())
        .singleElement()
        .satisfies(violation -> assertThat(violation.message())
            .isEqualTo("signature \"PC 1234\" is neither Alex Example's name nor their collar number 1402"));
    assertThat(own.violations()).isEmpty();
    assertThat(own.rule("ATT-1")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(1));
    assertThat(unsigned.rule("ATT-1")).hasValueSatisfying(result -> assertThat(result.checked()).isZero());
  }

  @Test
  void att1_readsTheSignOffPatternFromThePack() {
    Estate dashed = withText("Road closed near Thirsk. - Sgt Example");
    TextPattern dash = TextPattern.of("\\s-\\s*(?<signature>[^-]{1,40})$");

    assertThat(evaluate(AttributionRules.signatures(), dashed).rule("ATT-1"))
        .hasValueSatisfying(result -> assertThat(result.checked()).isZero());
    Report report = evaluate(AttributionRules.signatures(), dashed, AttributionRules.SIGN_OFF_PATTERN, dash);
    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("ATT-1")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(1));
    assertThat(AttributionRules.signatures().parameter("signOffPattern")).contains(AttributionRules.SIGN_OFF_PATTERN);
  }

  @Test
  void att1_prefersTheRecordedSignatureToTheText() {
    SampledPost post =
        SampledPost.builder()
            .account("york-x")
            .author(YORK_PC.id())
            .postedAt(Instant.parse("2021-03-31T10:15:00Z"))
            .text("Road closed near Thirsk. ^PC 1234")
            .signature("PC 1402")
            .build();

    assertThat(AttributionRules.signatureOf(post, AttributionRules.SIGN_OFF_PATTERN.defaultValue()))
        .contains("PC 1402");
  }

  // ------------------------------------------------------------------------------------------------- ATT-2

  private static Estate withPoster(Contributor contributor, String accountId) {
    return consolidated()
        .addContributors(contributor)
        .addGrants(AccessGrant.of(contributor.id(), accountId, AccessRole.POSTER))
        .build();
  }

  @Test
  void att2_passesALocalOfficerOnTheirDistrictsAccount() {
    Report report = evaluate(AttributionRules.localVoices(), withPoster(YORK_PC, "york-x"));

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("ATT-2")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(3));
  }

  @Test
  void att2_warnsOfAnOfficerPostingForAnotherDistrict() {
    assertThat(violations(AttributionRules.localVoices(), withPoster(YORK_PC, "craven-x")))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().displayName()).isEqualTo("Alex Example");
          assertThat(violation.message())
              .isEqualTo("belongs to York but has access to 1 district account of another district:"
                  + " @NYP_Craven (craven-x) of Craven");
          assertThat(violation.evidence())
              .contains(Evidence.of("accounts of other districts", "@NYP_Craven (craven-x) of Craven"));
        });
  }

  @Test
  void att2_passesAForceWideContributorOnAnyDistrictAccount() {
    assertThat(violations(AttributionRules.localVoices(), withPoster(STAFF, "craven-x"))).isEmpty();
  }

  private static final Contributor ROADS_PC =
      person("c-0711", "Casey Example").collarNumber("0711").district("york").team("Operational Support Unit")
          .build();

  @Test
  void att2_passesAContributorOfAForceWideTeamOnAnyDistrictAccount() {
    Report report =
        evaluate(AttributionRules.localVoices(), withPoster(ROADS_PC, "craven-x"), AttributionRules.FORCE_WIDE_TEAMS,
            List.of(" operational support unit"));

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("ATT-2")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(3));
  }

  @Test
  void att2_warnsOfATeamThatIsNotNamedForceWide() {
    assertThat(violations(AttributionRules.localVoices(), withPoster(ROADS_PC, "craven-x"))).hasSize(1);
    assertThat(
            evaluate(AttributionRules.localVoices(), withPoster(ROADS_PC, "craven-x"),
                AttributionRules.FORCE_WIDE_TEAMS, List.of("Corporate Communications")).violations())
        .hasSize(1);
  }

  @Test
  void att2_leavesAccessToAClosedDistrictAccountToTheOtherRules() {
    List<Account> accounts = EstateFixtures.consolidatedWithout("craven-x");
    accounts.add(Account.builder().from(EstateFixtures.districtAccount("craven")).status(AccountStatus.CLOSED).build());
    Estate estate =
        EstateFixtures.estateOf(accounts)
            .addContributors(YORK_PC)
            .addGrants(AccessGrant.of(YORK_PC.id(), "craven-x", AccessRole.POSTER))
            .build();

    Report report = evaluate(AttributionRules.localVoices(), estate);

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("ATT-2")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(2));
  }

  @Test
  void att2_leavesAccessToTheForceAccountAlone() {
    Report report = evaluate(AttributionRules.localVoices(), withPoster(YORK_PC, "force-x"));

    assertThat(report.violations()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------- ATT-3

  private static final LocalDate LEFT_ON = LocalDate.of(2021, 3, 12);

  private static Contributor leaver(LocalDate leftOn) {
    Contributor.Builder builder = person("c-left", "Morgan Leaver").status(ContributorStatus.LEFT);
    if (leftOn != null) {
      builder.leftOn(leftOn);
    }
    return builder.build();
  }

  private static RotaAssignment shift(String start, Duration length) {
    return RotaAssignment.shift("c-left", "york-x", TimeWindow.of(Instant.parse(start), length));
  }

  private static List<Violation> att3(Contributor leaver, RotaAssignment... slots) {
    return violations(AttributionRules.leavers(), consolidated().addContributors(leaver).addRota(slots).build());
  }

  @Test
  void att3_reportsALeaverWhoStillHoldsAccess() {
    Estate estate =
        consolidated()
            .addContributors(leaver(LEFT_ON))
            .addGrants(AccessGrant.of("c-left", "york-x", AccessRole.ADMINISTRATOR))
            .build();

    assertThat(violations(AttributionRules.leavers(), estate))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message()).isEqualTo("still holds 1 access grant after leaving on 2021-03-12");
          assertThat(violation.evidence())
              .containsExactly(Evidence.of("access grants", "administrator of @NYP_York (york-x)"));
          assertThat(violation.key()).isEqualTo("access");
        });
  }

  /** ATT-3's violations, as of 1 Mar 2021, for someone who left on 15 Feb 2021 and still has a night shift. */
  private static List<Violation> leftInFebruaryWithNight(String start, Duration length) {
    Estate estate =
        consolidated()
            .asOf(Instant.parse("2021-03-01T09:00:00Z"))
            .addContributors(leaver(LocalDate.of(2021, 2, 15)))
            .addRota(shift(start, length))
            .build();
    return violations(AttributionRules.leavers(), estate);
  }

  @Test
  void att3_leavesAShiftThatEndedBeforeTheEvaluationAlone() {
    // A night shift running into the day after leaving, evaluated on 1 Mar: history, not a held slot.
    assertThat(leftInFebruaryWithNight("2021-02-15T20:00:00Z", Duration.ofHours(12))).isEmpty();
  }

  @Test
  void att3_reportsAShiftAfterTheLeavingDayThatIsStillToCome() {
    assertThat(leftInFebruaryWithNight("2021-02-28T20:00:00Z", Duration.ofHours(14))).singleElement()
        .satisfies(violation -> assertThat(violation.key()).isEqualTo("rota"));
  }

  @Test
  void att3_reportsARotaShiftAfterTheLeavingDay() {
    assertThat(att3(leaver(LEFT_ON), shift("2021-04-03T08:00:00Z", Duration.ofHours(8))))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message()).isEqualTo("still has 1 rota slot ending after leaving on 2021-03-12");
          assertThat(violation.evidence())
              .singleElement()
              .satisfies(slots -> assertThat(slots.values()).singleElement().asString()
                  .startsWith("@NYP_York (york-x) "));
          assertThat(violation.key()).isEqualTo("rota");
        });
  }

  @Test
  void att3_listsEachSlotOnce() {
    RotaAssignment night = shift("2021-04-03T20:00:00Z", Duration.ofHours(12));

    assertThat(att3(leaver(LEFT_ON), night, night, shift("2021-04-04T20:00:00Z", Duration.ofHours(12))))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message()).isEqualTo("still has 2 rota slots ending after leaving on 2021-03-12");
          assertThat(violation.evidence()).singleElement().satisfies(slots -> assertThat(slots.values())
              .hasSize(2)
              .doesNotHaveDuplicates());
        });
  }

  @Test
  void att3_allowsAShiftOnTheLeavingDayItself() {
    assertThat(att3(leaver(LEFT_ON), shift("2021-03-12T08:00:00Z", Duration.ofHours(8)))).isEmpty();
  }

  @Test
  void att3_reportsAnOpenEndedWeeklyPatternButNotOneThatEndedBeforeLeaving() {
    RotaAssignment openEnded =
        RotaAssignment.builder()
            .contributor("c-left")
            .account("york-x")
            .weeklyWindow(WeeklyWindow.parse("Mon 08:00-18:00"))
            .validFrom(LocalDate.of(2021, 1, 4))
            .build();
    RotaAssignment ended =
        RotaAssignment.weekly("c-left", "craven-x", WeeklyWindow.parse("Tue 08:00-18:00"), LocalDate.of(2021, 1, 4),
            LEFT_ON);

    assertThat(att3(leaver(LEFT_ON), openEnded, ended))
        .singleElement()
        .satisfies(violation -> assertThat(violation.evidence().get(0).values())
            .containsExactly("@NYP_York (york-x) Mon 08:00-18:00 from 2021-01-04, open-ended"));
  }

  @Test
  void att3_reportsAWeeklyNightWhoseLastOccurrenceRunsPastTheCheck() {
    // Its dates end on Thursday 1 April, the day of the check; the night that starts on Wednesday runs to 11:00.
    RotaAssignment nights =
        RotaAssignment.weekly("c-left", "york-x", WeeklyWindow.parse("Wed 22:00-11:00"), LocalDate.of(2021, 3, 1),
            LocalDate.of(2021, 4, 1));

    assertThat(att3(leaver(LEFT_ON), nights)).singleElement()
        .satisfies(violation -> assertThat(violation.key()).isEqualTo("rota"));
  }

  @Test
  void att3_usesTheEvaluationInstantWhenNoLeavingDateIsRecorded() {
    assertThat(att3(leaver(null), shift("2021-03-20T08:00:00Z", Duration.ofHours(8)))).isEmpty();
    assertThat(att3(leaver(null), shift("2021-04-02T08:00:00Z", Duration.ofHours(8))))
        .singleElement()
        .satisfies(violation -> assertThat(violation.message()).contains("after leaving (no date recorded)"));
  }

  @Test
  void att3_passesServingContributorsWithoutCheckingThem() {
    Report report = evaluate(AttributionRules.leavers(), consolidated().build());

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("ATT-3")).hasValueSatisfying(result -> assertThat(result.checked()).isZero());
  }

  @Test
  void rules_areTheSameInstancesEachTimeTheyAreAsked() {
    List<Rule> again = AttributionRules.all();

    assertThat(again).containsExactly(
        AttributionRules.signatures(), AttributionRules.localVoices(), AttributionRules.leavers());
  }
}
