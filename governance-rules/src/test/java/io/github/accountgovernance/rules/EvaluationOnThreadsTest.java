package io.github.accountgovernance.rules;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.testing.EstateGens;
import io.github.accountgovernance.rules.authoring.Analysis;
import io.github.accountgovernance.rules.authoring.EvaluationContext;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.report.ReportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Rules run as tasks on an executor give the report they give one after another, byte for byte. */
final class EvaluationOnThreadsTest {

  private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  @Test
  void bothPacks_onRandomEstates_giveTheSameReportOnThreads_byteForByte() {
    List<Evaluation> evaluations = List.of(
        Evaluation.of(PolicyPacks.npcc2021()), Evaluation.of(PolicyPacks.retainIndividualAccounts()));
    qt().withExamples(100)
        .forAll(EstateGens.validEstateParts())
        .checkAssert(parts -> {
          var estate = parts.build();
          for (Evaluation evaluation : evaluations) {
            Report alone = evaluation.evaluate(estate);
            Report threaded = evaluation.executor(THREADS).evaluate(estate);

            assertThat(threaded).isEqualTo(alone);
            for (ReportFormat format : ReportFormat.values()) {
              assertThat(format.render(threaded)).as(format.name()).isEqualTo(format.render(alone));
            }
          }
        });
  }

  @Test
  void rulesFinishingInReverse_stillReportInThePacksOrder_andNoteUnderTheFirstRuleThatNoted() {
    PolicyPack pack = PolicyPack.builder("notes")
        .add(noting("EST-7", "first words"), noting("EST-8", "shared words"), noting("EST-9", "shared words"),
            noting("EST-10", "last words"))
        .build();

    Report alone = Evaluation.of(pack).evaluate(EvaluationTest.estate());
    Report reversed = Evaluation.of(pack).executor(new Reversed(4)).evaluate(EvaluationTest.estate());

    assertThat(reversed).isEqualTo(alone);
    assertThat(reversed.warnings())
        .extracting(warning -> warning.ruleId().orElseThrow().value() + ": " + warning.message())
        .containsExactlyInAnyOrder("EST-7: first words", "EST-8: shared words", "EST-10: last words");
  }

  @Test
  void aFailingRule_failsTheEvaluationWithWhatTheFirstFailingRuleInThePackThrew() {
    PolicyPack pack = PolicyPack.builder("failing")
        .add(noting("EST-7", "fine"), failing("EST-8", "the first failure"), failing("EST-9", "a later failure"))
        .build();

    assertThatThrownBy(() -> Evaluation.of(pack).executor(new Reversed(3)).evaluate(EvaluationTest.estate()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the first failure");
    assertThatThrownBy(() -> Evaluation.of(pack).evaluate(EvaluationTest.estate()))
        .hasMessage("the first failure");
  }

  @Test
  void twoAnalysesNeedingEachOther_onTwoThreads_areRefusedAsNeedingThemselves_insteadOfWaitingForEver()
      throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    AtomicReference<Analysis<String>> second = new AtomicReference<>();
    Analysis<String> first = Analysis.of("first", context -> {
      awaitBoth(bothStarted);
      return "first after " + context.analysis(second.get());
    });
    second.set(Analysis.of("second", context -> {
      awaitBoth(bothStarted);
      return "second after " + context.analysis(first);
    }));
    EvaluationContext context = EvaluationContext.of(EvaluationTest.estate());

    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<String> one = two.submit(() -> context.analysis(first));
      Future<String> other = two.submit(() -> context.analysis(second.get()));
      for (Future<String> asked : List.of(one, other)) {
        assertThatThrownBy(() -> asked.get(1, TimeUnit.MINUTES))
            .isInstanceOf(ExecutionException.class)
            .cause()
            .isInstanceOf(IllegalStateException.class)
            .hasMessageEndingWith("needs itself");
      }
    } finally {
      two.shutdownNow();
    }
    assertThat(context.computed(first)).isEmpty();
  }

  @Test
  void aContextWithItsOwnNotes_sharesAnalyses_butNotNotes() {
    EvaluationContext base = EvaluationContext.of(EvaluationTest.estate());
    EvaluationContext own = base.withOwnNotes();
    Analysis<Object> counted = Analysis.of("counted", context -> new Object());

    own.note("said on the copy");
    base.note("said on the base");

    assertThat(own.notes()).containsExactly("said on the copy");
    assertThat(base.notes()).containsExactly("said on the base");
    assertThat(own.analysis(counted)).isSameAs(base.analysis(counted));
  }

  private static void awaitBoth(CountDownLatch latch) {
    latch.countDown();
    try {
      if (!latch.await(1, TimeUnit.MINUTES)) {
        throw new AssertionError("the other analysis never started");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Rule noting(String id, String note) {
    return Rule.ofCheck(id, "notes " + note, (estate, context, sink) -> context.note(note)).title("notes").build();
  }

  private static Rule failing(String id, String message) {
    return Rule.ofCheck(id, "fails", (estate, context, sink) -> {
      throw new IllegalStateException(message);
    }).title("fails").build();
  }

  /**
   * Collects the rules' tasks, and once all {@code expected} are in, runs them on a thread of its own from the last
   * to the first: the last rule finishes first.
   */
  private static final class Reversed implements Executor {
    private final int expected;
    private final List<Runnable> tasks = new ArrayList<>();

    Reversed(int expected) {
      this.expected = expected;
    }

    @Override
    public synchronized void execute(Runnable task) {
      tasks.add(task);
      if (tasks.size() == expected) {
        List<Runnable> all = List.copyOf(tasks);
        Thread runner = new Thread(() -> {
          for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).run();
          }
        });
        runner.setDaemon(true);
        runner.start();
      }
    }
  }
}
