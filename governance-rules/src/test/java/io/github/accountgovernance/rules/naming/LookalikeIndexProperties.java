package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.SpoofChecker;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

final class LookalikeIndexProperties {

  // An independent checker, so the oracle shares only ICU's data with the index, not its code.
  private static final SpoofChecker ORACLE_CHECKER =
      new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

  private static final Comparator<Handle> AS_WRITTEN =
      Comparator.<Handle>naturalOrder().thenComparing(Handle::value);

  @Provide
  Arbitrary<Handle> handles() {
    // Few characters, many of them confusable with each other, so that collisions are common.
    Arbitrary<String> text =
        Arbitraries.strings().withChars("aolI10Omrn_.\u043E\u0430").ofMinLength(1).ofMaxLength(6);
    Arbitrary<Platform> platform = Arbitraries.of(Platform.X, Platform.FACEBOOK);
    return Combinators.combine(platform, text).as(Handle::of);
  }

  @Provide
  Arbitrary<List<Handle>> handleLists() {
    return handles().list().ofMaxSize(12);
  }

  @Property(tries = 300)
  void findAllLookalikes_agreesWithAllPairsOracle(
      @ForAll("handleLists") List<Handle> officials,
      @ForAll("handleLists") List<Handle> others,
      @ForAll @IntRange(min = 0, max = 2) int maxEdits) {
    LookalikeIndex index = LookalikeIndex.of(officials, maxEdits);

    List<String> found =
        index.findAllLookalikes(others).stream()
            .map(l -> describe(l.official(), l.candidate(), l.reasons()))
            .collect(Collectors.toList());

    Statistics.label("lookalikes found").collect(found.isEmpty() ? "none" : "some");
    assertThat(found).containsExactlyElementsOf(oracle(officials, others, maxEdits));
  }

  @Property(tries = 200)
  void findAllLookalikes_isIndependentOfInsertionOrder(
      @ForAll("handleLists") List<Handle> officials,
      @ForAll("handleLists") List<Handle> others,
      @ForAll Random random) {
    List<Handle> shuffledOfficials = new ArrayList<>(officials);
    List<Handle> shuffledOthers = new ArrayList<>(others);
    Collections.shuffle(shuffledOfficials, random);
    Collections.shuffle(shuffledOthers, random);

    assertThat(LookalikeIndex.of(shuffledOfficials).findAllLookalikes(shuffledOthers))
        .isEqualTo(LookalikeIndex.of(officials).findAllLookalikes(others));
  }

  @Property(tries = 200)
  void findLookalikes_neverMatchesAHandleWithItself(@ForAll("handleLists") List<Handle> officials) {
    LookalikeIndex index = LookalikeIndex.of(officials, 2);

    for (Handle official : officials) {
      assertThat(index.findLookalikes(official)).noneMatch(l -> l.official().equals(official));
    }
  }

  @Property(tries = 300)
  void edits_turnTheOfficialKeyIntoTheCandidate(
      @ForAll("handleLists") List<Handle> officials,
      @ForAll("handleLists") List<Handle> others,
      @ForAll @IntRange(min = 1, max = 2) int maxEdits) {
    for (Lookalike lookalike : LookalikeIndex.of(officials, maxEdits).findAllLookalikes(others)) {
      boolean folded = lookalike.reasons().contains(LookalikeReason.CONFUSABLE_EDIT_DISTANCE);
      if (lookalike.edits().isEmpty()) {
        assertThat(lookalike.reasons()).containsExactly(LookalikeReason.SAME_SKELETON);
        continue;
      }
      String from = folded ? foldedSkeleton(lookalike.official()) : lookalike.official().equivalenceKey();
      String to = folded ? foldedSkeleton(lookalike.candidate()) : lookalike.candidate().equivalenceKey();
      assertThat(lookalike.edits()).hasSizeLessThanOrEqualTo(maxEdits);
      assertThat(apply(lookalike.edits(), from)).isEqualTo(to);
    }
  }

  private static List<String> oracle(List<Handle> officials, List<Handle> others, int maxEdits) {
    Map<Handle, Handle> distinctOfficials = new LinkedHashMap<>();
    officials.stream().sorted(AS_WRITTEN).forEach(h -> distinctOfficials.putIfAbsent(h, h));
    List<Handle> distinctOthers =
        others.stream()
            .sorted(AS_WRITTEN)
            .filter(new TreeSet<>(AS_WRITTEN)::add)
            .collect(Collectors.toList());
    List<Handle[]> pairs = new ArrayList<>();
    for (Handle official : distinctOfficials.values()) {
      for (Handle other : distinctOthers) {
        if (official.platform() == other.platform() && !official.equals(other)) {
          pairs.add(new Handle[] {official, other});
        }
      }
    }
    pairs.sort(
        Comparator.<Handle[], Handle>comparing(p -> p[0], AS_WRITTEN).thenComparing(p -> p[1], AS_WRITTEN));
    List<String> expected = new ArrayList<>();
    for (Handle[] pair : pairs) {
      List<LookalikeReason> reasons = new ArrayList<>();
      String officialSkeleton = foldedSkeleton(pair[0]);
      String otherSkeleton = foldedSkeleton(pair[1]);
      if (officialSkeleton.equals(otherSkeleton)) {
        reasons.add(LookalikeReason.SAME_SKELETON);
      }
      if (osa(pair[0].equivalenceKey(), pair[1].equivalenceKey()) <= maxEdits) {
        reasons.add(LookalikeReason.EDIT_DISTANCE);
      } else if (reasons.isEmpty() && osa(officialSkeleton, otherSkeleton) <= maxEdits) {
        reasons.add(LookalikeReason.CONFUSABLE_EDIT_DISTANCE);
      }
      if (!reasons.isEmpty()) {
        expected.add(describe(pair[0], pair[1], reasons));
      }
    }
    return expected;
  }

  private static String foldedSkeleton(Handle handle) {
    return handle.platform().equivalenceKey(ORACLE_CHECKER.getSkeleton(handle.value()));
  }

  private static String describe(Handle official, Handle candidate, List<LookalikeReason> reasons) {
    return official.platform() + ":" + official.value() + " <- " + candidate.value() + " " + reasons;
  }

  /** Optimal string alignment distance by the textbook recurrence over code points. */
  private static int osa(String left, String right) {
    int[] a = left.codePoints().toArray();
    int[] b = right.codePoints().toArray();
    int[][] d = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      for (int j = 0; j <= b.length; j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        d[i][j] =
            Math.min(
                Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  /** Applies edits, given by position in the original, from the last to the first. */
  private static String apply(List<Lookalike.Edit> edits, String original) {
    List<Integer> text = original.codePoints().boxed().collect(Collectors.toCollection(ArrayList::new));
    List<Lookalike.Edit> reversed = new ArrayList<>(edits);
    Collections.reverse(reversed);
    for (Lookalike.Edit edit : reversed) {
      int at = edit.position();
      int removed = edit.officialText().codePointCount(0, edit.officialText().length());
      int[] replaced = text.subList(at, at + removed).stream().mapToInt(Integer::intValue).toArray();
      assertThat(new String(replaced, 0, removed)).isEqualTo(edit.officialText());
      text.subList(at, at + removed).clear();
      text.addAll(at, edit.candidateText().codePoints().boxed().collect(Collectors.toList()));
    }
    return new String(text.stream().mapToInt(Integer::intValue).toArray(), 0, text.size());
  }
}
