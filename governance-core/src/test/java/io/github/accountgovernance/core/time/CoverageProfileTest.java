package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.time.TestWindows.MONDAY;
import static io.github.accountgovernance.core.time.TestWindows.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class CoverageProfileTest {

  @Test
  void soleCoverageOf_namesWhoCoversAlone() {
    IntervalSet alice = IntervalSet.of(hours(8, 18));
    IntervalSet bob = IntervalSet.of(hours(16, 26));
    IntervalSet carol = IntervalSet.of(hours(17, 19));

    CoverageProfile profile = CoverageProfile.of(List.of(alice, bob, carol));

    assertThat(profile.soleCoverageOf(0).windows()).containsExactly(hours(8, 16));
    assertThat(profile.soleCoverageOf(1).windows()).containsExactly(hours(19, 26));
    assertThat(profile.soleCoverageOf(2)).isEqualTo(IntervalSet.empty());
    assertThat(profile.soleCoverageByMember()).containsOnlyKeys(0, 1);
    assertThat(profile.coveredAtLeast(3).windows()).containsExactly(hours(17, 18));
    assertThat(profile.maxMultiplicity()).isEqualTo(3);
    assertThat(profile.uncovered(hours(0, 30)).windows()).containsExactly(hours(0, 8), hours(26, 30));
  }

  @Test
  void handover_atTheSameSecondLeavesNoGapAndNoOverlap() {
    CoverageProfile profile =
        CoverageProfile.of(List.of(IntervalSet.of(hours(0, 8)), IntervalSet.of(hours(8, 16))));

    assertThat(profile.uncovered(hours(0, 16))).isEqualTo(IntervalSet.empty());
    assertThat(profile.coveredAtLeast(2)).isEqualTo(IntervalSet.empty());
    assertThat(profile.soleCoverageOf(0).windows()).containsExactly(hours(0, 8));
  }

  @Test
  void monitorLoad_countsAccountsAtOnce() {
    // MON-6 from the other side: members are the accounts one person monitors.
    CoverageProfile load =
        CoverageProfile.builder()
            .add(0, hours(0, 10))
            .add(1, hours(2, 4))
            .add(2, hours(3, 12))
            .add(2, hours(5, 6))
            .build();

    assertThat(load.maxMultiplicity()).isEqualTo(3);
    assertThat(load.coveredAtLeast(3).windows()).containsExactly(hours(3, 4));
    assertThat(load.multiplicityAt(hours(5, 6).startSecond())).isEqualTo(2);
  }

  @Test
  void coverByMember_comesFromTheLatestBuild_andOnlyWhileNothingChanged() {
    CoverageProfile.Builder builder = CoverageProfile.builder();

    assertThatThrownBy(builder::coverByMember)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("build()");
    builder.add(0, hours(0, 10)).add(1, hours(8, 18)).absent(1, hours(12, 14).startSecond(), hours(12, 14).endSecond()).build();
    assertThat(builder.coverByMember())
        .containsExactly(IntervalSet.of(hours(0, 10)), IntervalSet.of(hours(8, 12), hours(14, 18)));
    builder.absent(0, hours(0, 1).startSecond(), hours(0, 1).endSecond());
    assertThatThrownBy(builder::coverByMember).isInstanceOf(IllegalStateException.class);
    builder.build();
    assertThat(builder.coverByMember().get(0)).isEqualTo(IntervalSet.of(hours(1, 10)));
    builder.clear();
    assertThatThrownBy(builder::coverByMember).isInstanceOf(IllegalStateException.class);
    assertThat(builder.build().memberCount()).isZero();
    assertThat(builder.coverByMember()).isEmpty();
  }

  @Test
  void absent_rejectsWhatAddRejects_quotingTheBadValue() {
    assertThatThrownBy(() -> CoverageProfile.builder().absent(-3, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3");
    assertThatThrownBy(() -> CoverageProfile.builder().absent(0, 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an absence must end after it starts, but got [5, 5)");
  }

  @Test
  void empty_profileCoversNothing() {
    CoverageProfile profile = CoverageProfile.of(List.of());

    assertThat(profile.memberCount()).isZero();
    assertThat(profile.maxMultiplicity()).isZero();
    assertThat(profile.multiplicityAt(0)).isZero();
    assertThat(profile.soleCoverageByMember()).isEmpty();
    assertThat(profile.uncovered(hours(0, 1))).isEqualTo(IntervalSet.of(hours(0, 1)));
  }

  @Test
  void misuse_failsFastQuotingTheBadValue() {
    CoverageProfile profile = CoverageProfile.of(List.of(IntervalSet.of(hours(0, 1))));

    assertThatThrownBy(() -> profile.coveredAtLeast(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> profile.leastMultiplicity(IntervalSet.empty(), -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2");
    assertThatThrownBy(() -> profile.soleCoverageByMember(null)).hasMessage("within");
    assertThatThrownBy(() -> profile.soleCoverageOf(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> CoverageProfile.builder().add(-3, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3");
    assertThatThrownBy(() -> CoverageProfile.builder().add(0, 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[5, 5)");
    assertThatThrownBy(() -> CoverageProfile.of(null)).hasMessage("coverByMember");
    assertThatThrownBy(() -> profile.uncovered(null)).hasMessage("within");
  }

  @Test
  void build_overflowGuard_refusesASpanOfExactlyTheLimit_andAcceptsOneSecondLess() {
    // 512 members take 9 bits, plus one for the end-before-start bit: seconds have 63 - 10 = 53 bits.
    long limit = 1L << 53;
    long first = Instant.MIN.getEpochSecond();

    assertThatThrownBy(
            () -> CoverageProfile.builder().memberCount(512).add(0, first, first + 1).add(511, first + limit - 1,
                first + limit).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slots for 512 members may span at most " + (limit - 1) + " seconds, but span " + limit
            + " seconds");
    CoverageProfile widest =
        CoverageProfile.builder().memberCount(512).add(0, first, first + 1).add(511, first + limit - 2,
            first + limit - 1).build();
    assertThat(widest.coveredAtLeast(1).size()).isEqualTo(2);
    assertThat(widest.memberCount()).isEqualTo(512);
  }

  @Test
  void of_overflowGuard_refusesASpanOfExactlyTheLimit_andAcceptsOneSecondLess() {
    // As the builder: 512 members leave 53 bits for the seconds, and of(List) packs the same way.
    long limit = 1L << 53;
    long first = Instant.MIN.getEpochSecond();
    List<IntervalSet> covers = new ArrayList<>(Collections.nCopies(512, IntervalSet.empty()));
    covers.set(0, IntervalSet.of(TimeWindow.ofEpochSeconds(first, first + 1)));
    covers.set(511, IntervalSet.of(TimeWindow.ofEpochSeconds(first + limit - 1, first + limit)));

    assertThatThrownBy(() -> CoverageProfile.of(covers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slots for 512 members may span at most " + (limit - 1) + " seconds, but span " + limit
            + " seconds");
    covers.set(511, IntervalSet.of(TimeWindow.ofEpochSeconds(first + limit - 2, first + limit - 1)));
    assertThat(CoverageProfile.of(covers).coveredAtLeast(1).size()).isEqualTo(2);
  }

  @Test
  void build_rejectsSlotsSpanningMoreThanFitsBesideTheMembers() {
    long first = Instant.MIN.getEpochSecond();
    long last = Instant.MAX.getEpochSecond();
    CoverageProfile.Builder builder =
        CoverageProfile.builder().add(CoverageProfile.MAX_MEMBER, first, first + 1).add(0, last - 1, last);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(last - first));
  }

  @Test
  void build_ofAMillionSlotsKeepsItsInvariants() {
    SplittableRandom random = new SplittableRandom(20210301);
    int members = 300;
    int slots = 1_000_000;
    long year = Duration.ofDays(365).getSeconds();
    long origin = MONDAY.getEpochSecond();
    int[] memberOf = new int[slots];
    long[] starts = new long[slots];
    long[] ends = new long[slots];
    CoverageProfile.Builder builder = CoverageProfile.builder();
    IntervalSet.Builder union = IntervalSet.builder();
    for (int i = 0; i < slots; i++) {
      memberOf[i] = random.nextInt(members);
      starts[i] = origin + random.nextLong(year);
      ends[i] = starts[i] + 60 + random.nextLong(Duration.ofHours(12).getSeconds());
      builder.add(memberOf[i], starts[i], ends[i]);
      union.add(starts[i], ends[i]);
    }

    CoverageProfile profile = builder.build();

    assertThat(profile.memberCount()).isEqualTo(members);
    assertThat(profile.coveredAtLeast(1)).isEqualTo(union.build());
    IntervalSet sole = profile.soleCoverage();
    assertThat(sole).isEqualTo(profile.coveredAtLeast(1).difference(profile.coveredAtLeast(2)));
    Map<Integer, IntervalSet> byMember = profile.soleCoverageByMember();
    IntervalSet.Builder soleUnion = IntervalSet.builder();
    long soleSeconds = 0;
    for (IntervalSet own : byMember.values()) {
      soleUnion.addAll(own);
      soleSeconds += own.totalSeconds();
    }
    assertThat(soleUnion.build()).isEqualTo(sole);
    assertThat(soleSeconds).as("sole coverage of different members is disjoint").isEqualTo(sole.totalSeconds());
    for (int sample = 0; sample < 10; sample++) {
      long second = origin + random.nextLong(year);
      boolean[] covering = new boolean[members];
      for (int i = 0; i < slots; i++) {
        covering[memberOf[i]] |= starts[i] <= second && second < ends[i];
      }
      int expected = 0;
      for (boolean on : covering) {
        expected += on ? 1 : 0;
      }
      assertThat(profile.multiplicityAt(second)).as("at %d", second).isEqualTo(expected);
      assertThat(profile.maxMultiplicity()).isGreaterThanOrEqualTo(expected);
    }
    assertThat(new ArrayList<>(byMember.keySet())).isSorted();
  }
}
