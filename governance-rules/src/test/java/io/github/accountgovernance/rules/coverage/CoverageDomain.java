package io.github.accountgovernance.rules.coverage;

import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.coverage.Scenario.AbsenceSpec;
import io.github.accountgovernance.rules.coverage.Scenario.AccountSpec;
import io.github.accountgovernance.rules.coverage.Scenario.SlotSpec;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;

/**
 * Small estates over a few days starting near a clock change (27 March or 30 October 2021 in Europe/London) or
 * in an ordinary week: up to three accounts, three contributors, twelve rota slots and four absences, all on
 * quarter-hour boundaries so that a minute-by-minute oracle is exact. Local times cluster around 01:00, where
 * the clocks change.
 */
final class CoverageDomain extends DomainContextBase {

  static final int MAX_HORIZON_MINUTES = 2 * 24 * 60;
  private static final List<Instant> STARTS =
      List.of(
          Instant.parse("2021-03-27T00:00:00Z"),
          Instant.parse("2021-10-30T00:00:00Z"),
          Instant.parse("2021-06-05T00:00:00Z"));

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Instant> asOf =
        Combinators.combine(Arbitraries.of(STARTS), quarterHours(0, 24 * 60))
            .as((start, minutes) -> start.plusSeconds(60L * minutes));
    return Combinators.combine(
            asOf,
            quarterHours(4 * 60, MAX_HORIZON_MINUTES),
            accountSpecs().list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, 8).map(i -> i < 8).list().ofMinSize(1).ofMaxSize(3),
            slotSpecs().list().ofMinSize(1).ofMaxSize(12),
            absenceSpecs().list().ofMaxSize(4))
        .as(Scenario::new);
  }

  @Provide
  Arbitrary<SlotSpec> slotSpecs() {
    Arbitrary<Optional<WeeklyWindow>> weekly = weeklyWindows().optional(0.5);
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 2),
            weekly,
            quarterHours(-6 * 60, MAX_HORIZON_MINUTES),
            quarterHours(15, 24 * 60),
            Arbitraries.integers().between(-3, 3),
            Arbitraries.integers().between(1, 4).optional())
        .as(SlotSpec::new);
  }

  @Provide
  Arbitrary<AbsenceSpec> absenceSpecs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            quarterHours(-24 * 60, MAX_HORIZON_MINUTES),
            quarterHours(15, 3 * 24 * 60))
        .as(AbsenceSpec::new);
  }

  private Arbitrary<AccountSpec> accountSpecs() {
    // No declared hours (null), 24/7 (an empty list) or weekly windows.
    Arbitrary<List<WeeklyWindow>> declared = weeklyWindows().list().ofMaxSize(3).injectNull(0.15);
    return Combinators.combine(declared, Arbitraries.integers().between(-1, 4).optional(0.3))
        .as(AccountSpec::new);
  }

  private Arbitrary<WeeklyWindow> weeklyWindows() {
    // Days are relative to the first date (see Scenario#relative): mostly that day, the next, or the day before.
    Arbitrary<DayOfWeek> days =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(4, Arbitraries.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SUNDAY)),
                Tuple.of(1, Arbitraries.of(DayOfWeek.class))));
    return Combinators.combine(days, localTimes(), localTimes()).as(WeeklyWindow::of);
  }

  /** Half hours, often between midnight and three, where a clock change moves or repeats them. */
  private static Arbitrary<LocalTime> localTimes() {
    Arbitrary<Integer> nearChange = Arbitraries.integers().between(0, 5);
    Arbitrary<Integer> anyTime = Arbitraries.integers().between(0, 47);
    return Arbitraries.frequencyOf(List.of(Tuple.of(1, nearChange), Tuple.of(1, anyTime)))
        .map(halfHours -> LocalTime.of(halfHours / 2, 30 * (halfHours % 2)));
  }

  private static Arbitrary<Integer> quarterHours(int fromMinutes, int toMinutes) {
    return Arbitraries.integers().between(fromMinutes / 15, toMinutes / 15).map(q -> q * 15);
  }
}
