package io.github.accountgovernance.core.time;

import java.util.ArrayList;
import java.util.List;

/** Raw slots by member number, as test input: a member's own slots may overlap. */
record Rota(List<List<Slot>> slotsByMember) {

  int memberCount() {
    return slotsByMember.size();
  }

  List<IntervalSet> coverByMember() {
    List<IntervalSet> cover = new ArrayList<>();
    slotsByMember.forEach(slots -> cover.add(IntervalGens.setOf(slots)));
    return cover;
  }

  /** The profile built slot by slot, in the order given. */
  CoverageProfile profileFromSlots() {
    CoverageProfile.Builder builder = CoverageProfile.builder().memberCount(memberCount());
    for (int member = 0; member < memberCount(); member++) {
      for (Slot slot : slotsByMember.get(member)) {
        builder.add(member, slot.start(), slot.end());
      }
    }
    return builder.build();
  }

  /** The same rota with one member's slots taken away: that member is on leave throughout. */
  Rota without(int member) {
    List<List<Slot>> rest = new ArrayList<>(slotsByMember);
    rest.set(member, List.of());
    return new Rota(rest);
  }

  /** Brute force: the number of distinct members covering the second. */
  int membersCovering(long second) {
    int count = 0;
    for (List<Slot> slots : slotsByMember) {
      if (slots.stream().anyMatch(slot -> slot.start() <= second && second < slot.end())) {
        count++;
      }
    }
    return count;
  }

  /** Brute force: the one member covering the second, or -1 if none or several do. */
  int soleMemberCovering(long second) {
    int sole = -1;
    for (int member = 0; member < memberCount(); member++) {
      if (slotsByMember.get(member).stream().anyMatch(slot -> slot.start() <= second && second < slot.end())) {
        if (sole != -1) {
          return -1;
        }
        sole = member;
      }
    }
    return sole;
  }
}
