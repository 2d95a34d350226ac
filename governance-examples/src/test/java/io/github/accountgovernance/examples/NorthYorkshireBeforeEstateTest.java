package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.coverage.AccountCoverage;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import io.github.accountgovernance.rules.naming.LookalikeIndex;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class NorthYorkshireBeforeEstateTest {

  private static final Estate ESTATE = GeneratedEstate.read(NorthYorkshireBeforeGenerator.FILE);

  private static final Duration HORIZON = Duration.ofDays(28);

  private static final MonitoringCoverage COVERAGE = MonitoringCoverage.analyse(ESTATE, HORIZON);

  private static Account account(String handle) {
    return ESTATE.accountsWithHandle(Handle.of(Platform.X, handle)).get(0);
  }

  private static long monitorsOf(Account account) {
    return ESTATE.rotaFor(account.id()).stream().map(RotaAssignment::contributor).distinct().count();
  }

  private static boolean signposts(Account account) {
    String text = account.outOfHoursText().orElse("").toLowerCase(Locale.ROOT);
    return text.contains("101") && text.contains("999") && text.contains("do not report crime");
  }

  @Test
  void beforeConsolidation_hasOverOneHundredFiftyActiveAccountsAcrossEveryTier() {
    Map<AccountTier, Long> byTier =
        ESTATE.accounts().stream()
            .collect(Collectors.groupingBy(Account::tier, TreeMap::new, Collectors.counting()));

    assertThat(ESTATE.asOf()).isEqualTo(NorthYorkshireBeforeGenerator.AS_OF);
    assertThat(ESTATE.accounts()).hasSize(154).allSatisfy(a -> assertThat(a.status()).isEqualTo(AccountStatus.ACTIVE));
    assertThat(byTier)
        .containsExactly(
            entry(AccountTier.FORCE_WIDE, 1L),
            entry(AccountTier.DISTRICT, 48L),
            entry(AccountTier.SPECIALIST_TEAM, 14L),
            entry(AccountTier.CORPORATE_FUNCTION, 1L),
            entry(AccountTier.INDIVIDUAL_OFFICER, 90L));
    assertThat(ESTATE.accounts())
        .filteredOn(a -> a.tier() == AccountTier.DISTRICT && a.handle().value().startsWith("NPT"))
        .hasSize(40);
  }

  @Test
  void beforeConsolidation_keepsTheSeedsAccountsWithTheirPublicFacts() {
    Account osu = account("@NYPRoadCrime");
    assertThat(osu.followers()).isEqualTo(11_400);
    assertThat(osu.tier()).isEqualTo(AccountTier.SPECIALIST_TEAM);
    assertThat(osu.displayName()).isEqualTo("NYP Operational Support Unit");
    assertThat(osu.owningTeam()).contains("Operational Support Unit");

    Account yorkSouth = account("@NPTYorkSouth");
    assertThat(yorkSouth.district()).contains("york");
    assertThat(yorkSouth.displayName()).isEqualTo("NYP York South");
    assertThat(ESTATE.accountsInDistrict("york")).contains(yorkSouth);

    assertThat(account("@NYP_Jobs").function()).contains("Jobs");
    assertThat(ESTATE.force().districts())
        .extracting(d -> "@NYP_" + d.handleToken())
        .containsExactly(
            "@NYP_Craven", "@NYP_Hambleton", "@NYP_Harrogate", "@NYP_Richmond", "@NYP_Ryedale",
            "@NYP_Scarborough", "@NYP_Selby", "@NYP_York")
        .allSatisfy(handle -> assertThat(account(handle).openedOn()).contains(LocalDate.of(2021, 2, 22)));
  }

  @Test
  void forceAccount_declares24x7ButItsDigitalDeskWorksOnlyFrom0700To2300() {
    Account force = account("@NYorksPolice");
    assertThat(force.monitoredHours()).isEqualTo(MonitoredHours.always());
    assertThat(ESTATE.rotaFor(force.id()))
        .extracting(slot -> slot.weeklyWindow().orElseThrow())
        .allSatisfy(
            window -> {
              assertThat(window.endsNextDay()).isFalse();
              assertThat(window.from()).isAfterOrEqualTo(LocalTime.of(7, 0));
              assertThat(window.to()).isBeforeOrEqualTo(LocalTime.of(23, 0));
            });

    AccountCoverage coverage = COVERAGE.account(force.id());
    IntervalSet unwatched = coverage.uncoveredDuring(IntervalSet.of(COVERAGE.horizon()));
    assertThat(unwatched.size()).isEqualTo(29);
    assertThat(unwatched.totalDuration()).isEqualTo(Duration.ofHours(224));
    assertThat(coverage.describe(unwatched)).element(1).isEqualTo("Mon 1 Mar 2021 23:00 – Tue 2 Mar 07:00 GMT, 8 h");
  }

  @Test
  void districtAccounts_newlyOpenedAndWatchedOnWeekdaysOnly_leaveEveryWeekendUnwatched() {
    List<Account> districts =
        ESTATE.accounts().stream().filter(a -> a.handle().value().startsWith("NYP_") && a.tier() == AccountTier.DISTRICT)
            .collect(Collectors.toList());

    assertThat(districts).hasSize(8);
    for (Account district : districts) {
      assertThat(district.monitoredHours().windows()).hasSize(7);
      assertThat(ESTATE.rotaFor(district.id()))
          .extracting(slot -> slot.weeklyWindow().map(WeeklyWindow::day).orElseThrow())
          .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(COVERAGE.account(district.id()).gapsLongerThan(Duration.ofHours(24)).size())
          .as("weekend gaps of %s", district.handle())
          .isEqualTo(4);
      assertThat(COVERAGE.account(district.id()).uncoveredDuringDeclaredHours().isEmpty()).isFalse();
    }
  }

  @Test
  void manyAccounts_haveASingleMonitor_mostOfThemOfficersOwnAccounts() {
    Map<AccountTier, Long> single =
        ESTATE.accounts().stream()
            .filter(a -> monitorsOf(a) == 1)
            .collect(Collectors.groupingBy(Account::tier, TreeMap::new, Collectors.counting()));

    assertThat(single.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(101);
    assertThat(single)
        .containsExactly(
            entry(AccountTier.DISTRICT, 20L),
            entry(AccountTier.SPECIALIST_TEAM, 5L),
            entry(AccountTier.CORPORATE_FUNCTION, 1L),
            entry(AccountTier.INDIVIDUAL_OFFICER, 75L));
    assertThat(monitorsOf(account("@NYP_Jobs"))).isEqualTo(1);
  }

  @Test
  void officersOnTwoWeeksLeave_leaveTheirOwnAccountsUnwatchedForTheWholeFortnight() {
    List<Absence> leave =
        ESTATE.absences().stream().filter(a -> a.reason() == AbsenceReason.LEAVE).collect(Collectors.toList());

    assertThat(leave).hasSize(6);
    for (Absence absence : leave) {
      assertThat(absence.window().duration()).isEqualTo(Duration.ofDays(14));
      assertThat(COVERAGE.horizon().contains(absence.window().start())).isTrue();
      List<Account> own =
          ESTATE.accounts().stream()
              .filter(a -> a.tier() == AccountTier.INDIVIDUAL_OFFICER)
              .filter(a -> ESTATE.grantsOn(a.id()).stream().anyMatch(g -> g.contributor().equals(absence.contributor())))
              .collect(Collectors.toList());
      assertThat(own).singleElement().satisfies(a -> assertThat(monitorsOf(a)).isEqualTo(1));
      // The Deputy Chief Constable's case: the account's only monitor is away, so nobody sees it for 14 days.
      assertThat(COVERAGE.account(own.get(0).id()).gapsLongerThan(Duration.ofDays(14)).isEmpty()).isFalse();
    }
  }

  @Test
  void monitoring_leavesMostAccountsUnwatchedForMoreThanADay_withoutOverloadingAnyone() {
    long gappy =
        COVERAGE.accounts().stream().filter(a -> !a.gapsLongerThan(Duration.ofHours(24)).isEmpty()).count();
    List<String> uncoveredDeclared =
        COVERAGE.accounts().stream()
            .filter(a -> !a.uncoveredDuringDeclaredHours().isEmpty())
            .map(a -> a.account().id())
            .collect(Collectors.toList());

    assertThat(COVERAGE.accounts()).hasSize(154);
    assertThat(gappy).isEqualTo(133);
    assertThat(uncoveredDeclared).hasSize(35).contains("force-x", "york-x").doesNotContain("jobs-x");
    assertThat(COVERAGE.overload(4)).isEmpty();
  }

  @Test
  void governance_hasTheGapsThePolicyIsAbout() {
    List<Account> unsignposted =
        ESTATE.accounts().stream()
            .filter(a -> !a.monitoredHours().isAlways() && !signposts(a))
            .collect(Collectors.toList());
    assertThat(unsignposted).hasSize(94);
    assertThat(unsignposted)
        .filteredOn(a -> a.outOfHoursText().isPresent())
        .extracting(a -> a.outOfHoursText().orElseThrow())
        .hasSize(21)
        .containsOnly(NorthYorkshireBeforeGenerator.PARTIAL_SIGNPOST);

    assertThat(ESTATE.accounts())
        .filteredOn(a -> a.tier() == AccountTier.INDIVIDUAL_OFFICER)
        .allSatisfy(
            a -> assertThat(ESTATE.grantsOn(a.id()))
                .filteredOn(g -> g.role() == AccessRole.ADMINISTRATOR)
                .hasSize(1));
    assertThat(ESTATE.accounts()).filteredOn(a -> a.owningTeam().isEmpty()).hasSize(45);
    assertThat(ESTATE.accounts())
        .filteredOn(a -> a.tier() == AccountTier.SPECIALIST_TEAM && a.justification().isEmpty())
        .extracting(a -> a.handle().display())
        .containsExactly(
            "@NYP_Cadets", "@NYP_Drones", "@NYP_Fraud", "@NYP_Heritage", "@NYP_RoadsPol", "@NYP_Wildlife");
    assertThat(ESTATE.contributors())
        .filteredOn(c -> !c.isServing())
        .singleElement()
        .satisfies(leaver -> assertThat(ESTATE.grantsOf(leaver.id())).hasSize(1));
  }

  @Test
  void posts_areSignedWithNamesOrCollarNumbers_oneWithAColleaguesNumber() {
    List<SampledPost> signedByOthers =
        ESTATE.posts().stream()
            .filter(p -> p.signature().isPresent())
            .filter(
                p -> ESTATE.contributors().stream()
                    .filter(c -> !c.id().equals(p.author()))
                    .map(Contributor::collarNumber)
                    .flatMap(java.util.Optional::stream)
                    .anyMatch(collar -> p.signature().orElseThrow().endsWith(" " + collar)))
            .collect(Collectors.toList());

    assertThat(ESTATE.posts()).hasSize(7);
    assertThat(ESTATE.posts()).filteredOn(p -> p.signature().isPresent()).hasSize(5);
    assertThat(signedByOthers).singleElement().satisfies(p -> assertThat(p.account()).isEqualTo("npt-whitby-x"));
  }

  @Test
  void handles_followOnePatternPerKind_andNoneLooksLikeAnother() {
    List<Handle> handles = ESTATE.accounts().stream().map(Account::handle).collect(Collectors.toList());

    assertThat(ESTATE.accounts())
        .filteredOn(a -> a.tier() == AccountTier.INDIVIDUAL_OFFICER)
        .extracting(a -> a.handle().value())
        .allMatch(h -> h.matches("NYP_(PC|Sgt)[0-9]{4}"));
    assertThat(handles).allSatisfy(h -> assertThat(h.isValidOnPlatform()).as("%s", h).isTrue());
    assertThat(LookalikeIndex.of(handles).findAllLookalikes(handles)).isEmpty();
  }

  @Test
  void beforeConsolidation_survivesAWriteAndReadInBothFormats() {
    assertThat(EstateReader.yaml().read(EstateWriter.yaml().writeToString(ESTATE), "again.yaml")).isEqualTo(ESTATE);
    assertThat(EstateReader.json().read(EstateWriter.json().writeToString(ESTATE), "again.json")).isEqualTo(ESTATE);
  }
}
