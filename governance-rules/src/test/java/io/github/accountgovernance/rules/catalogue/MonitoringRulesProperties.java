package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the monitoring rules on small random estates of up to three accounts and four officers, with shifts and
 * leave anywhere in the 28 days from Monday 1 March 2021 (so across the clock change of 28 March).
 */
final class MonitoringRulesProperties {

  private static final PolicyPack MONITORING =
      PolicyPack.builder("monitoring").add(MonitoringRules.all()).build();
  private static final int HORIZON_HOURS = 28 * 24;

  /** An account: {@code hours} picks 24/7, daily 08–18, weekdays 09–17 or none; closing ones close on 11 March. */
  record AccountSpec(int hours, boolean closing) {}

  /** A shift of person {@code who} on account {@code on}, hours after the as-of instant. */
  record Shift(int who, int on, int startHour, int hours) {}

  /** Leave of person {@code who}, hours after the as-of instant. */
  record Leave(int who, int startHour, int hours) {}

  record Scenario(List<AccountSpec> accounts, int people, List<Shift> shifts, List<Leave> leave) {

    Scenario withShift(Shift shift) {
      List<Shift> more = new ArrayList<>(shifts);
      more.add(shift);
      return new Scenario(accounts, people, more, leave);
    }

    Scenario withoutLeave(int index) {
      List<Leave> fewer = new ArrayList<>(leave);
      fewer.remove(index);
      return new Scenario(accounts, people, shifts, fewer);
    }

    Scenario withoutPerson(int who) {
      List<Shift> kept = new ArrayList<>();
      for (Shift shift : shifts) {
        if (shift.who() % people != who) {
          kept.add(shift);
        }
      }
      return new Scenario(accounts, people, kept, leave);
    }

    Estate estate() {
      return estate(new Random(0), false);
    }

    /** The estate; with {@code shuffle}, every list is given to the builder in a random order. */
    Estate estate(Random random, boolean shuffle) {
      List<Account> accountList = new ArrayList<>();
      List<ClosurePlan> plans = new ArrayList<>();
      for (int i = 0; i < accounts.size(); i++) {
        AccountSpec spec = accounts.get(i);
        MonitoredHours hours =
            switch (spec.hours()) {
              case 0 -> MonitoredHours.always();
              case 1 -> MonitoringFixtures.daily("08:00", "18:00");
              case 2 -> MonitoringFixtures.weekdays("09:00", "17:00");
              default -> MonitoredHours.notDeclared();
            };
        accountList.add(
            MonitoringFixtures.account("a" + i + "-x", "NYP_Team" + i, AccountTier.SPECIALIST_TEAM)
                .monitoredHours(hours)
                .status(spec.closing() ? AccountStatus.CLOSING : AccountStatus.ACTIVE)
                .outOfHoursText(i % 2 == 0 ? MonitoringFixtures.SIGNPOSTED : "Call 101.")
                .build());
        if (spec.closing()) {
          plans.add(ClosureFixtures.plan("a" + i + "-x", "2021-03-11").build());
        }
      }
      List<Contributor> contributors = new ArrayList<>();
      for (int p = 0; p < people; p++) {
        contributors.add(MonitoringFixtures.officer("c" + p, "Officer " + p));
      }
      List<RotaAssignment> rota = new ArrayList<>();
      for (Shift shift : shifts) {
        rota.add(
            RotaAssignment.shift(
                "c" + shift.who() % people,
                "a" + shift.on() % accounts.size() + "-x",
                hours(shift.startHour(), shift.hours())));
      }
      List<Absence> absences = new ArrayList<>();
      for (Leave away : leave) {
        absences.add(
            Absence.of("c" + away.who() % people, hours(away.startHour(), away.hours()), AbsenceReason.LEAVE));
      }
      if (shuffle) {
        Collections.shuffle(accountList, random);
        Collections.shuffle(contributors, random);
        Collections.shuffle(rota, random);
        Collections.shuffle(absences, random);
        Collections.shuffle(plans, random);
      }
      return MonitoringFixtures.estate()
          .addAllAccounts(accountList)
          .addAllContributors(contributors)
          .addAllRota(rota)
          .addAllAbsences(absences)
          .addAllClosurePlans(plans)
          .build();
    }

    private static TimeWindow hours(int startHour, int length) {
      return TimeWindow.of(
          MonitoringFixtures.AS_OF.plus(Duration.ofHours(startHour)), Duration.ofHours(length));
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<AccountSpec> account =
        Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(false, false, true))
            .as(AccountSpec::new);
    return Combinators.combine(
            account.list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(1, 4),
            shifts().list().ofMaxSize(14),
            leave().list().ofMaxSize(4))
        .as(Scenario::new);
  }

  @Provide
  Arbitrary<Shift> shifts() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(-24, HORIZON_HOURS),
            Arbitraries.integers().between(1, 120))
        .as(Shift::new);
  }

  @Provide
  Arbitrary<Leave> leave() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(-24, HORIZON_HOURS),
            Arbitraries.integers().between(1, 14 * 24))
        .as(Leave::new);
  }

  /** MON-1 to MON-5, as "rule subject" pairs; MON-6 counts load, which more cover may rightly raise. */
  private static Set<String> coverageViolations(Estate estate) {
    Set<String> found = new TreeSet<>();
    for (Violation violation : MONITORING.evaluate(estate).violations()) {
      if (!violation.ruleId().value().equals("MON-6")) {
        found.add(violation.ruleId() + " " + violation.subject().reference());
      }
    }
    return found;
  }

  @Property(tries = 200)
  void addingAShift_neverAddsAMonitoringViolation(
      @ForAll("scenarios") Scenario scenario, @ForAll("shifts") Shift shift) {
    Set<String> before = coverageViolations(scenario.estate());
    Set<String> after = coverageViolations(scenario.withShift(shift).estate());

    assertThat(before).containsAll(after);
  }

  @Property(tries = 200)
  void removingAnAbsence_neverAddsAMonitoringViolation(
      @ForAll("scenarios") Scenario scenario, @ForAll int pick) {
    Assume.that(!scenario.leave().isEmpty());
    int index = Math.floorMod(pick, scenario.leave().size());

    Set<String> before = coverageViolations(scenario.estate());
    Set<String> after = coverageViolations(scenario.withoutLeave(index).estate());

    assertThat(before).containsAll(after);
  }

  @Property(tries = 150)
  void leaveResilience_agreesWithTakingEachPersonOffTheRota(@ForAll("scenarios") Scenario scenario) {
    Report report = MONITORING.evaluate(scenario.estate());
    Set<String> uncoveredWithoutSomeone = new TreeSet<>();
    for (Violation violation : report.violationsOf("MON-3")) {
      uncoveredWithoutSomeone.add(violation.subject().reference());
    }
    for (int who = 0; who < scenario.people(); who++) {
      for (Violation violation : MONITORING.evaluate(scenario.withoutPerson(who).estate()).violationsOf("MON-3")) {
        uncoveredWithoutSomeone.add(violation.subject().reference());
      }
    }
    Set<String> notResilient = new TreeSet<>();
    for (Violation violation : report.violationsOf("MON-4")) {
      notResilient.add(violation.subject().reference());
    }

    assertThat(notResilient).isEqualTo(uncoveredWithoutSomeone);
  }

  @Property(tries = 100)
  void evaluation_doesNotDependOnInputOrder(@ForAll("scenarios") Scenario scenario, @ForAll long seed) {
    List<Violation> inOrder = MONITORING.evaluate(scenario.estate()).violations();
    List<Violation> shuffled = MONITORING.evaluate(scenario.estate(new Random(seed), true)).violations();

    assertThat(shuffled).isEqualTo(inOrder);
  }

  @Property(tries = 100)
  void everyMon2Gap_startsWhenNobodyIsOnDuty(@ForAll("scenarios") Scenario scenario) {
    Estate estate = scenario.estate();
    for (Violation gap : MONITORING.evaluate(estate).violationsOf("MON-2")) {
      String key = gap.key();
      if (key.equals("ongoing")) {
        continue;
      }
      Instant start = Instant.parse(key);
      String account = gap.subject().id();
      for (RotaAssignment slot : estate.rotaFor(account)) {
        TimeWindow shift = slot.shiftWindow().orElseThrow();
        boolean absentThroughout =
            estate.absencesOf(slot.contributor()).stream().anyMatch(a -> a.window().contains(start));
        assertThat(shift.contains(start) && !absentThroughout)
            .as("%s is on duty at the start of the gap %s on %s", slot.contributor(), start, account)
            .isFalse();
      }
    }
  }
}
