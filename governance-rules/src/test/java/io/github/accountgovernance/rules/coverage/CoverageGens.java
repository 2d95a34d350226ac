package io.github.accountgovernance.rules.coverage;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.coverage.Scenario.AbsenceSpec;
import io.github.accountgovernance.rules.coverage.Scenario.AccountSpec;
import io.github.accountgovernance.rules.coverage.Scenario.SlotSpec;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Small estates over a few days starting near a clock change (27 March or 30 October 2021 in Europe/London) or
 * in an ordinary week: up to three accounts, three contributors, twelve rota slots and four absences, all on
 * quarter-hour boundaries so that a minute-by-minute oracle is exact. Local times cluster around 01:00, where
 * the clocks change.
 */
final class CoverageGens {

  static final int MAX_HORIZON_MINUTES = 2 * 24 * 60;
  private static final List<Instant> STARTS =
      List.of(
          Instant.parse("2021-03-27T00:00:00Z"),
          Instant.parse("2021-10-30T00:00:00Z"),
          Instant.parse("2021-06-05T00:00:00Z"));

  private CoverageGens() {}

  static Gen<Scenario> scenarios() {
    Gen<Instant> asOf =
        arbitrary().pick(STARTS).zip(quarterHours(0, 24 * 60), (start, minutes) -> start.plusSeconds(60L * minutes));
    return asOf.flatMap(
        start ->
            quarterHours(4 * 60, MAX_HORIZON_MINUTES)
                .zip(
                    lists().of(accountSpecs()).ofSizeBetween(1, 3),
                    lists().of(integers().between(0, 8).map(i -> i < 8)).ofSizeBetween(1, 3),
                    lists().of(slotSpecs()).ofSizeBetween(1, 12),
                    lists().of(absenceSpecs()).ofSizeBetween(0, 4),
                    (horizon, accounts, serving, slots, absences) ->
                        new Scenario(start, horizon, accounts, serving, slots, absences)));
  }

  static Gen<SlotSpec> slotSpecs() {
    Gen<Placement> placements =
        integers().between(0, 3).zip(integers().between(0, 2), weeklyWindows().toOptionals(50), Placement::new);
    return placements.zip(
        quarterHours(-6 * 60, MAX_HORIZON_MINUTES),
        quarterHours(15, 24 * 60),
        integers().between(-3, 3),
        integers().between(1, 4).toOptionals(5),
        (placement, start, length, validFromDay, validForDays) ->
            new SlotSpec(placement.contributor(), placement.account(), placement.weekly(), start, length,
                validFromDay, validForDays));
  }

  /** Who a slot is of, on which account, and its weekly window if it is not a shift. */
  private record Placement(int contributor, int account, Optional<WeeklyWindow> weekly) {}

  static Gen<AbsenceSpec> absenceSpecs() {
    return integers().between(0, 3)
        .zip(quarterHours(-24 * 60, MAX_HORIZON_MINUTES), quarterHours(15, 3 * 24 * 60), AbsenceSpec::new);
  }

  private static Gen<AccountSpec> accountSpecs() {
    // No declared hours (null), 24/7 (an empty list) or weekly windows.
    Gen<List<WeeklyWindow>> declared =
        Generate.frequency(
            Pair.of(85, lists().of(weeklyWindows()).ofSizeBetween(0, 3)),
            Pair.of(15, Generate.constant((List<WeeklyWindow>) null)));
    return declared.zip(integers().between(-1, 4).toOptionals(70), AccountSpec::new);
  }

  private static Gen<WeeklyWindow> weeklyWindows() {
    // Days are relative to the first date (see Scenario#relative): mostly that day, the next, or the day before.
    Gen<DayOfWeek> days =
        Generate.frequency(
            Pair.of(4, arbitrary().pick(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SUNDAY)),
            Pair.of(1, arbitrary().enumValues(DayOfWeek.class)));
    return days.zip(localTimes(), localTimes(), WeeklyWindow::of);
  }

  /** Half hours, often between midnight and three, where a clock change moves or repeats them. */
  private static Gen<LocalTime> localTimes() {
    Gen<Integer> nearChange = integers().between(0, 5);
    Gen<Integer> anyTime = integers().between(0, 47);
    return Generate.frequency(Pair.of(1, nearChange), Pair.of(1, anyTime))
        .map(halfHours -> LocalTime.of(halfHours / 2, 30 * (halfHours % 2)));
  }

  private static Gen<Integer> quarterHours(int fromMinutes, int toMinutes) {
    return integers().between(fromMinutes / 15, toMinutes / 15).map(q -> q * 15);
  }
}
