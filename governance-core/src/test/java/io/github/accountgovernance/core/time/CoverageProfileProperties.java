package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static io.github.accountgovernance.core.time.IntervalGens.LAST;
import static io.github.accountgovernance.core.time.IntervalGens.rotas;
import static io.github.accountgovernance.core.time.IntervalGens.slotLists;
import static io.github.accountgovernance.core.time.IntervalGens.windows;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The one-sweep profile agrees with counting members second by second. */
final class CoverageProfileProperties {

  /** Examples per property: 1,000, as many as each of these properties has always run. */
  private static final int EXAMPLES = 1000;

  private static final long FIRST_CHECKED = -2;
  private static final long LAST_CHECKED = LAST + 2;

  @Test
  void coveredAtLeast_agreesWithCountingEverySecond() {
    qt().withExamples(EXAMPLES).forAll(rotas()).checkAssert(rota -> {
      CoverageProfile profile = CoverageProfile.of(rota.coverByMember());

      for (int k = 1; k <= rota.memberCount() + 1; k++) {
        IntervalSet covered = profile.coveredAtLeast(k);
        long seconds = 0;
        for (long second = FIRST_CHECKED; second <= LAST_CHECKED; second++) {
          boolean expected = rota.membersCovering(second) >= k;
          assertThat(covered.contains(second)).as("k=%d at %d", k, second).isEqualTo(expected);
          seconds += expected ? 1 : 0;
        }
        assertThat(covered.totalSeconds()).as("nothing outside the checked range").isEqualTo(seconds);
      }
    });
  }

  @Test
  void multiplicity_agreesWithCountingEverySecond() {
    qt().withExamples(EXAMPLES).forAll(rotas()).checkAssert(rota -> {
      CoverageProfile profile = CoverageProfile.of(rota.coverByMember());
      int max = 0;

      for (long second = FIRST_CHECKED; second <= LAST_CHECKED; second++) {
        assertThat(profile.multiplicityAt(second)).as("at %d", second).isEqualTo(rota.membersCovering(second));
        max = Math.max(max, rota.membersCovering(second));
      }
      assertThat(profile.maxMultiplicity()).isEqualTo(max);
      assertThat(profile.memberCount()).isEqualTo(rota.memberCount());
    });
  }

  @Test
  void soleCoverage_agreesWithFindingTheOnlyMemberEverySecond() {
    qt().withExamples(EXAMPLES).forAll(rotas()).checkAssert(rota -> {
      CoverageProfile profile = CoverageProfile.of(rota.coverByMember());
      IntervalSet sole = profile.soleCoverage();

      for (long second = FIRST_CHECKED; second <= LAST_CHECKED; second++) {
        int expected = rota.soleMemberCovering(second);
        assertThat(sole.contains(second)).as("anyone alone at %d", second).isEqualTo(expected >= 0);
        for (int member = 0; member <= rota.memberCount(); member++) {
          assertThat(profile.soleCoverageOf(member).contains(second))
              .as("member %d alone at %d", member, second)
              .isEqualTo(expected == member);
        }
      }
    });
  }

  @Test
  void soleCoverageByMember_holdsEachNonEmptySoleCoverage() {
    qt().withExamples(EXAMPLES).forAll(rotas()).checkAssert(rota -> {
      CoverageProfile profile = CoverageProfile.of(rota.coverByMember());
      Map<Integer, IntervalSet> expected = new TreeMap<>();
      IntervalSet all = IntervalSet.empty();
      for (int member = 0; member < rota.memberCount(); member++) {
        IntervalSet sole = profile.soleCoverageOf(member);
        if (!sole.isEmpty()) {
          expected.put(member, sole);
        }
        all = all.union(sole);
      }

      assertThat(profile.soleCoverageByMember()).containsExactlyEntriesOf(expected);
      assertThat(all).isEqualTo(profile.soleCoverage());
      assertThat(profile.soleCoverage()).isEqualTo(profile.coveredAtLeast(1).difference(profile.coveredAtLeast(2)));
    });
  }

  @Test
  void soleCoverageByMemberWithin_isEachSoleCoverageIntersectedWithIt() {
    qt().withExamples(EXAMPLES).forAll(rotas(), slotLists()).checkAssert((rota, windows) -> {
      CoverageProfile profile = CoverageProfile.of(rota.coverByMember());
      IntervalSet within = IntervalGens.setOf(windows);
      Map<Integer, IntervalSet> expected = new TreeMap<>();
      profile.soleCoverageByMember().forEach((member, sole) -> {
        if (!sole.intersection(within).isEmpty()) {
          expected.put(member, sole.intersection(within));
        }
      });

      assertThat(profile.soleCoverageByMember(within)).containsExactlyEntriesOf(expected);
    });
  }

  @Test
  void leastMultiplicity_agreesWithCountingEverySecondOfTheHours() {
    qt().withExamples(EXAMPLES).forAll(rotas(), slotLists()).checkAssert((rota, windows) -> {
      CoverageProfile profile = CoverageProfile.of(rota.coverByMember());
      IntervalSet within = IntervalGens.setOf(windows);

      for (int atLeast = 0; atLeast <= 2; atLeast++) {
        int least = Integer.MAX_VALUE;
        for (int w = 0; w < within.size(); w++) {
          for (long second = within.startSecond(w); second < within.endSecond(w); second++) {
            int count = rota.membersCovering(second);
            if (count >= atLeast) {
              least = Math.min(least, count);
            }
          }
        }
        OptionalInt expected = least == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(least);
        assertThat(profile.leastMultiplicity(within, atLeast)).as("at least %d", atLeast).isEqualTo(expected);
      }
    });
  }

  @Test
  void builder_countsAMembersOverlappingSlotsOnce() {
    qt().withExamples(EXAMPLES).forAll(rotas()).checkAssert(rota -> {
      assertThat(rota.profileFromSlots()).isEqualTo(CoverageProfile.of(rota.coverByMember()));
    });
  }

  @Test
  void builder_ignoresTheOrderOfSlots() {
    qt().withExamples(EXAMPLES).forAll(rotas()).checkAssert(rota -> {
      CoverageProfile.Builder reversed = CoverageProfile.builder().memberCount(rota.memberCount());
      for (int member = rota.memberCount() - 1; member >= 0; member--) {
        List<Slot> slots = new ArrayList<>(rota.slotsByMember().get(member));
        Collections.reverse(slots);
        for (Slot slot : slots) {
          reversed.add(member, slot.window());
        }
      }

      assertThat(reversed.build()).isEqualTo(rota.profileFromSlots()).hasSameHashCodeAs(rota.profileFromSlots());
    });
  }

  /**
   * Absences taken away in the build's own sweep give the profile, and the covers, of cutting each member's slots
   * first; absences of members beyond the count change nothing.
   */
  @Test
  void builderWithAbsences_isTheProfileOfEachMembersSlotsLessTheirAbsences() {
    qt().withExamples(EXAMPLES).forAll(rotas(), rotas()).checkAssert((rota, away) -> {
      List<IntervalSet> expected = new ArrayList<>();
      for (int member = 0; member < rota.memberCount(); member++) {
        IntervalSet absent =
            member < away.memberCount() ? IntervalGens.setOf(away.slotsByMember().get(member)) : IntervalSet.empty();
        expected.add(IntervalGens.setOf(rota.slotsByMember().get(member)).difference(absent));
      }
      CoverageProfile.Builder builder = withAbsences(CoverageProfile.builder(), rota, away);

      assertThat(builder.build()).isEqualTo(CoverageProfile.of(expected));
      assertThat(builder.coverByMember()).containsExactlyElementsOf(expected);
    });
  }

  /** One builder serves every account of an analysis: what it built before leaves nothing behind. */
  @Test
  void aClearedBuilder_buildsWhatAFreshOneBuilds() {
    qt().withExamples(EXAMPLES).forAll(rotas(), rotas(), rotas()).checkAssert((first, second, away) -> {
      CoverageProfile.Builder reused = withAbsences(CoverageProfile.builder(), first, away);
      reused.build();
      reused.coverByMember();
      CoverageProfile again = withAbsences(reused.clear(), second, away).build();
      CoverageProfile.Builder fresh = withAbsences(CoverageProfile.builder(), second, away);

      assertThat(again).isEqualTo(fresh.build());
      assertThat(reused.coverByMember()).isEqualTo(fresh.coverByMember());
      assertThat(again.memberCount()).isEqualTo(second.memberCount());
    });
  }

  /** Adds the rota's slots, and {@code away}'s slots as absences of the same member numbers. */
  private static CoverageProfile.Builder withAbsences(CoverageProfile.Builder builder, Rota rota, Rota away) {
    builder.memberCount(rota.memberCount());
    for (int member = 0; member < rota.memberCount(); member++) {
      for (Slot slot : rota.slotsByMember().get(member)) {
        builder.add(member, slot.start(), slot.end());
      }
    }
    for (int member = 0; member < away.memberCount(); member++) {
      for (Slot slot : away.slotsByMember().get(member)) {
        builder.absent(member, slot.start(), slot.end());
      }
    }
    return builder;
  }

  /** MON-4 relies on this: a member's absence uncovers exactly what that member covered alone. */
  @Test
  void removingAMember_uncoversExactlyTheirSoleCoverage() {
    qt().withExamples(EXAMPLES).forAll(rotas(), windows()).checkAssert((rota, within) -> {
      CoverageProfile profile = CoverageProfile.of(rota.coverByMember());

      for (int member = 0; member < rota.memberCount(); member++) {
        CoverageProfile withoutMember = CoverageProfile.of(rota.without(member).coverByMember());

        assertThat(withoutMember.uncovered(within))
            .as("without member %d", member)
            .isEqualTo(profile.uncovered(within).union(profile.soleCoverageOf(member).clip(within)));
      }
    });
  }

  @Test
  void uncovered_isTheComplementOfCoverage() {
    qt().withExamples(EXAMPLES).forAll(rotas(), windows()).checkAssert((rota, within) -> {
      IntervalSet union = IntervalSet.empty();
      for (IntervalSet cover : rota.coverByMember()) {
        union = union.union(cover);
      }

      assertThat(CoverageProfile.of(rota.coverByMember()).uncovered(within)).isEqualTo(union.complement(within));
    });
  }
  @Test
  void coveredFewerThan_agreesWithCountingEverySecondOfTheHours() {
    qt().withExamples(EXAMPLES).forAll(rotas(), slotLists()).checkAssert((rota, windows) -> {
      CoverageProfile profile = CoverageProfile.of(rota.coverByMember());
      IntervalSet within = IntervalGens.setOf(windows);

      for (int k = 1; k <= rota.memberCount() + 1; k++) {
        IntervalSet fewer = profile.coveredFewerThan(k, within);
        for (long second = FIRST_CHECKED; second <= LAST_CHECKED; second++) {
          boolean expected = within.contains(second) && rota.membersCovering(second) < k;
          assertThat(fewer.contains(second)).as("k=%d at %d", k, second).isEqualTo(expected);
        }
        assertThat(fewer).as("k=%d, merged as the set difference is", k)
            .isEqualTo(within.difference(profile.coveredAtLeast(k)));
      }
    });
  }

  @Test
  void gapsLongerThan_areTheCoveredSecondsGaps() {
    qt().withExamples(EXAMPLES).forAll(rotas(), windows()).checkAssert((rota, within) -> {
      CoverageProfile profile = CoverageProfile.of(rota.coverByMember());
      IntervalSet covered = profile.coveredAtLeast(1);

      for (Duration threshold : List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(2500),
          Duration.ofSeconds(5), Duration.ofSeconds(LAST))) {
        assertThat(profile.gapsLongerThan(threshold, within)).as("longer than %s", threshold)
            .isEqualTo(covered.gapsLongerThan(threshold, within));
      }
      assertThat(profile.uncovered(within)).isEqualTo(covered.complement(within));
    });
  }
}
