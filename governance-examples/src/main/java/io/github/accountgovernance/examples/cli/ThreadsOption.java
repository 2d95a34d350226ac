package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.rules.Evaluation;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of the commands that evaluate a pack: how many of its rules run at once. A picocli
 * mixin.
 *
 * <p>The default is twice the processors: a rule that waits for an analysis another rule is computing (the MON rules
 * share the monitoring coverage) holds its thread without using a processor. The report is the same, byte for byte,
 * whatever the number. The threads are daemons that end after a second without work, so nothing needs closing.
 */
final class ThreadsOption {

  /** The most threads the option takes: far more than the 25 rules of a pack could use. */
  static final int MAX_THREADS = 256;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "How many rules to evaluate at once: 1 evaluates them one after another; default twice the"
          + " processors. The report is the same whatever N.")
  private Integer threads;

  private Executor executor;

  ThreadsOption() {}

  /** The evaluation with its rules run on this option's threads, or itself for {@code --threads 1}. */
  Evaluation applyTo(Evaluation evaluation) {
    int count = threads != null ? threads : 2 * Runtime.getRuntime().availableProcessors();
    if (count < 1 || count > MAX_THREADS) {
      throw new InputException("--threads takes a number from 1 to " + MAX_THREADS + ", not " + count);
    }
    if (count == 1) {
      return evaluation;
    }
    if (executor == null) {
      AtomicInteger made = new AtomicInteger();
      ThreadPoolExecutor pool = new ThreadPoolExecutor(count, count, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
          task -> {
            Thread thread = new Thread(task, "governance-rules-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
      pool.allowCoreThreadTimeOut(true);
      executor = pool;
    }
    return evaluation.executor(executor);
  }
}
