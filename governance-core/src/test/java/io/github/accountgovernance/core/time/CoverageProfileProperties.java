package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.time.IntervalDomain.LAST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** The one-sweep profile agrees with counting members second by second. */
@Domain(IntervalDomain.class)
final class CoverageProfileProperties {

  private static final long FIRST_CHECKED = -2;
  private static final long LAST_CHECKED = LAST + 2;

  @Property
  void coveredAtLeast_agreesWithCountingEverySecond(@ForAll Rota rota) {
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
  }

  @Property
  void multiplicity_agreesWithCountingEverySecond(@ForAll Rota rota) {
    CoverageProfile profile = CoverageProfile.of(rota.coverByMember());
    int max = 0;

    for (long second = FIRST_CHECKED; second <= LAST_CHECKED; second++) {
      assertThat(profile.multiplicityAt(second)).as("at %d", second).isEqualTo(rota.membersCovering(second));
      max = Math.max(max, rota.membersCovering(second));
    }
    assertThat(profile.maxMultiplicity()).isEqualTo(max);
    assertThat(profile.memberCount()).isEqualTo(rota.memberCount());
  }

  @Property
  void soleCoverage_agreesWithFindingTheOnlyMemberEverySecond(@ForAll Rota rota) {
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
  }

  @Property
  void soleCoverageByMember_holdsEachNonEmptySoleCoverage(@ForAll Rota rota) {
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
  }

  @Property
  void builder_countsAMembersOverlappingSlotsOnce(@ForAll Rota rota) {
    assertThat(rota.profileFromSlots()).isEqualTo(CoverageProfile.of(rota.coverByMember()));
  }

  @Property
  void builder_ignoresTheOrderOfSlots(@ForAll Rota rota) {
    CoverageProfile.Builder reversed = CoverageProfile.builder().memberCount(rota.memberCount());
    for (int member = rota.memberCount() - 1; member >= 0; member--) {
      List<Slot> slots = new ArrayList<>(rota.slotsByMember().get(member));
      Collections.reverse(slots);
      for (Slot slot : slots) {
        reversed.add(member, slot.window());
      }
    }

    assertThat(reversed.build()).isEqualTo(rota.profileFromSlots()).hasSameHashCodeAs(rota.profileFromSlots());
  }

  /** MON-4 relies on this: a member's absence uncovers exactly what that member covered alone. */
  @Property
  void removingAMember_uncoversExactlyTheirSoleCoverage(@ForAll Rota rota, @ForAll TimeWindow within) {
    CoverageProfile profile = CoverageProfile.of(rota.coverByMember());

    for (int member = 0; member < rota.memberCount(); member++) {
      CoverageProfile withoutMember = CoverageProfile.of(rota.without(member).coverByMember());

      assertThat(withoutMember.uncovered(within))
          .as("without member %d", member)
          .isEqualTo(profile.uncovered(within).union(profile.soleCoverageOf(member).clip(within)));
    }
  }

  @Property
  void uncovered_isTheComplementOfCoverage(@ForAll Rota rota, @ForAll TimeWindow within) {
    IntervalSet union = IntervalSet.empty();
    for (IntervalSet cover : rota.coverByMember()) {
      union = union.union(cover);
    }

    assertThat(CoverageProfile.of(rota.coverByMember()).uncovered(within)).isEqualTo(union.complement(within));
  }
}
