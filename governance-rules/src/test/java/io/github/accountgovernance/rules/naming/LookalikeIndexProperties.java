package io.github.accountgovernance.rules.naming;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.ibm.icu.text.SpoofChecker;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.Gens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class LookalikeIndexProperties {

  // An independent checker, so the oracle shares only ICU's data with the index, not its code.
  private static final SpoofChecker ORACLE_CHECKER =
      new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

  private static final Comparator<Handle> AS_WRITTEN =
      Comparator.<Handle>naturalOrder().thenComparing(Handle::value);

  private static Gen<Handle> handles() {
    // Few characters, many of them confusable with each other, so that collisions are common.
    Gen<String> text = Gens.strings("aolI10Omrn_.\u043E\u0430", 1, 6);
    Gen<Platform> platform = arbitrary().pick(Platform.X, Platform.FACEBOOK);
    return platform.zip(text, Handle::of);
  }

  private static Gen<List<Handle>> handleLists() {
    return lists().of(handles()).ofSizeBetween(0, 12);
  }

  @Test
  void findAllLookalikes_agreesWithAllPairsOracle() {
    qt().withExamples(300)
        .forAll(handleLists(), handleLists(), integers().between(0, 2))
        .checkAssert((officials, others, maxEdits) -> {
          LookalikeIndex index = LookalikeIndex.of(officials, maxEdits);

          List<String> found =
              index.findAllLookalikes(others).stream()
                  .map(l -> describe(l.official(), l.candidate(), l.reasons()))
                  .collect(Collectors.toList());

          assertThat(found).containsExactlyElementsOf(oracle(officials, others, maxEdits));
        });
  }

  @Test
  void findAllLookalikes_ofTheOfficialHandlesThemselves_agreesWithAllPairsOracle() {
    // Candidates that are official handles, as written or written otherwise, reuse what the index computed for
    // them and skip themselves: that must not change what is found.
    qt().withExamples(300)
        .forAll(handleLists(), handleLists(), integers().between(0, 2))
        .checkAssert((officials, others, maxEdits) -> {
          List<Handle> candidates = new ArrayList<>(officials);
          for (Handle official : officials) {
            candidates.add(Handle.of(official.platform(), official.value().toUpperCase(Locale.ROOT)));
          }
          candidates.addAll(others);
          assertAgreesWithTheOracle(officials, candidates, maxEdits);
        });
  }

  @Test
  void findAllLookalikes_amongManySimilarHandles_agreesWithAllPairsOracle() {
    // Short handles over two letters: one lookup finds dozens of official handles, past the few it keeps
    // distinct as it goes, and the index's table has long runs of one variant.
    Gen<List<Handle>> crowded =
        lists().of(Gens.strings("ab", 1, 5).map(text -> Handle.of(Platform.X, text))).ofSizeBetween(0, 70);
    qt().withExamples(100)
        .forAll(crowded, crowded, integers().between(0, 3))
        .checkAssert((officials, others, maxEdits) -> {
          List<Handle> candidates = new ArrayList<>(officials);
          candidates.addAll(others);
          assertAgreesWithTheOracle(officials, candidates, maxEdits);
        });
  }

  /** The index finds exactly the pairs the all-pairs oracle finds, in the same order. */
  private static void assertAgreesWithTheOracle(List<Handle> officials, List<Handle> candidates, int maxEdits) {
    List<String> found =
        LookalikeIndex.of(officials, maxEdits).findAllLookalikes(candidates).stream()
            .map(l -> describe(l.official(), l.candidate(), l.reasons()))
            .collect(Collectors.toList());

    assertThat(found).containsExactlyElementsOf(oracle(officials, candidates, maxEdits));
  }

  @Test
  void findAllLookalikes_isIndependentOfInsertionOrder() {
    qt().withExamples(200)
        .forAll(handleLists(), handleLists(), Gens.shuffles(), Gens.shuffles())
        .checkAssert((officials, others, officialOrder, otherOrder) ->
            assertThat(LookalikeIndex.of(officialOrder.apply(officials)).findAllLookalikes(otherOrder.apply(others)))
                .isEqualTo(LookalikeIndex.of(officials).findAllLookalikes(others)));
  }

  @Test
  void findLookalikes_neverMatchesAHandleWithItself() {
    qt().withExamples(200)
        .forAll(handleLists())
        .checkAssert(officials -> {
          LookalikeIndex index = LookalikeIndex.of(officials, 2);

          for (Handle official : officials) {
            assertThat(index.findLookalikes(official)).noneMatch(l -> l.official().equals(official));
          }
        });
  }

  @Test
  void edits_turnTheOfficialHandleAsWrittenIntoTheCandidate() {
    qt().withExamples(300)
        .forAll(handleLists(), handleLists(), integers().between(1, 2))
        .checkAssert(LookalikeIndexProperties::editsTurnTheOfficialHandleIntoTheCandidate);
  }

  /**
   * Edits of the keys are given as the handles are written: applied to the official handle as written they give a
   * handle the platform takes for the candidate. Edits of folded skeletons turn one skeleton into the other.
   */
  private static void editsTurnTheOfficialHandleIntoTheCandidate(
      List<Handle> officials, List<Handle> others, int maxEdits) {
    for (Lookalike lookalike : LookalikeIndex.of(officials, maxEdits).findAllLookalikes(others)) {
      boolean folded = lookalike.reasons().contains(LookalikeReason.CONFUSABLE_EDIT_DISTANCE);
      if (lookalike.edits().isEmpty()) {
        assertThat(lookalike.reasons()).containsExactly(LookalikeReason.SAME_SKELETON);
        continue;
      }
      assertThat(lookalike.edits()).hasSizeLessThanOrEqualTo(maxEdits);
      if (folded) {
        assertThat(apply(lookalike.edits(), foldedSkeleton(lookalike.official())))
            .isEqualTo(foldedSkeleton(lookalike.candidate()));
      } else {
        Platform platform = lookalike.official().platform();
        assertThat(platform.equivalenceKey(apply(lookalike.edits(), lookalike.official().value())))
            .isEqualTo(lookalike.candidate().equivalenceKey());
      }
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
