package io.github.accountgovernance.rules.authoring;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

final class EvidenceTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void evidenceFormattedWhenShown_equalsTheSameEvidenceGivenAsText() {
    qt().withExamples(500)
        .forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 12)).ofSizeBetween(0, 8))
        .checkAssert(values -> {
          Evidence lazy = Evidence.each("names", values.size(), values::get);
          Evidence text = Evidence.of("names", values);

          assertThat(lazy.size()).isEqualTo(values.size());
          assertThat(lazy).isEqualTo(text).hasSameHashCodeAs(text).hasToString(text.toString());
          assertThat(text).isEqualTo(lazy);
          assertThat(lazy.values()).containsExactlyElementsOf(values);
        });
  }

  @Test
  void theValues_areFormattedOnceEach_inOrder_andOnlyWhenAskedFor() {
    List<Integer> calls = new ArrayList<>();
    Evidence evidence = Evidence.each("windows", 3, i -> {
      calls.add(i);
      return "w" + i;
    });

    assertThat(evidence.size()).isEqualTo(3);
    assertThat(evidence.label()).isEqualTo("windows");
    assertThat(calls).isEmpty();
    assertThat(evidence.values()).containsExactly("w0", "w1", "w2");
    assertThat(evidence.values()).containsExactly("w0", "w1", "w2");
    assertThat(evidence.toString()).isEqualTo("windows: w0, w1, w2");
    assertThat(calls).containsExactly(0, 1, 2);
    assertThatThrownBy(() -> evidence.values().add("w3")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void threadsAskingAtOnce_formatEachValueOnce_andSeeOneList() throws Exception {
    qt().withExamples(20).forAll(integers().between(1, 64)).checkAssert(size -> {
      AtomicIntegerArray calls = new AtomicIntegerArray(size);
      Evidence evidence = Evidence.each("values", size, i -> {
        calls.incrementAndGet(i);
        return Integer.toString(i);
      });
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> seen = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          seen.add(threads.submit(() -> {
            start.await();
            return evidence.values();
          }));
        }
        start.countDown();
        for (Future<List<String>> values : seen) {
          assertThat(values.get()).isSameAs(evidence.values()).hasSize(size);
        }
      } catch (Exception e) {
        throw new AssertionError(e);
      } finally {
        threads.shutdownNow();
      }
      for (int i = 0; i < size; i++) {
        assertThat(calls.get(i)).as("calls for value %d", i).isEqualTo(1);
      }
    });
  }

  @Test
  void windows_areShownAsTimeWindowFormatWritesThem_inTimeOrder() {
    Instant saturday = Instant.parse("2021-03-06T22:00:00Z");
    IntervalSet windows = IntervalSet.of(
        TimeWindow.of(saturday.plus(Duration.ofDays(7)), Duration.ofHours(2)),
        TimeWindow.of(saturday, Duration.ofHours(10)));

    Evidence evidence = Evidence.windows("uncovered windows", windows, LONDON);

    assertThat(evidence.values()).containsExactly(
        "Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h", "Sat 13 Mar 2021 22:00 – Sun 14 Mar 00:00 GMT, 2 h");
    assertThat(Evidence.windows("none", IntervalSet.empty(), LONDON)).isEqualTo(Evidence.of("none"));
  }

  @Test
  void badArguments_areRefusedWhenMade_andANullValueWhenShown() {
    assertThatThrownBy(() -> Evidence.each(" ", 1, i -> "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an evidence label must not be blank, but was \" \"");
    assertThatThrownBy(() -> Evidence.each("values", -1, i -> "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence cannot have a negative number of values, but size was -1");
    assertThatThrownBy(() -> Evidence.each("values", 1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Evidence.windows("values", null, LONDON)).isInstanceOf(NullPointerException.class);

    Evidence nulls = Evidence.each("values", 2, i -> i == 0 ? "fine" : null);
    assertThatThrownBy(nulls::values)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("evidence \"values\" formatted a null value");
  }
}
