package io.github.accountgovernance.core.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Reporter;
import org.quicktheories.core.Strategy;

/**
 * The entry point of the project's property tests: QuickTheories' {@code qt()} whose failures say how to replay
 * them. A property runs quietly when it holds; when it fails, the {@link AssertionError} gives the smallest
 * counterexample QuickTheories shrank to, the seed, and the Maven command that replays exactly that run:
 *
 * <pre>{@code
 * @Test
 * void everyGeneratedEstateIsValid() {
 *   Theories.qt()
 *       .withExamples(200)
 *       .forAll(EstateGens.validEstates())
 *       .checkAssert(estate -> assertThat(estate.accounts()).isNotNull());
 * }
 * }</pre>
 *
 * <p>Seeds are random on every run (as in CI). To replay a failure, pass the seed it printed as the system
 * property {@value #SEED_PROPERTY}, for example
 * {@code ./mvnw -B test -pl governance-rules -Dtest='MonitoringRulesProperties#mon2_agreesWithMinuteOracle'
 * -DQT_SEED=123456789}; every property run in that JVM then draws from that seed.
 *
 * <p>QuickTheories' other settings ({@code QT_EXAMPLES}, {@code QT_SHRINKS}) apply as documented by QuickTheories;
 * an explicit {@code withExamples(n)} in a test wins over {@code QT_EXAMPLES}. One default differs: a failing
 * property shrinks for {@value #DEFAULT_SHRINK_CYCLES} cycles rather than QuickTheories' 100 per example (100,000),
 * because every cycle generates a whole estate and {@link EstateGens} estates reach their smallest form within a
 * few thousand; pass {@code -DQT_SHRINKS=100000} to shrink longer.
 *
 * <p>Stateless and thread-safe.
 */
// QuickTheories is an optional dependency (requires static); users of this class bring it themselves.
@SuppressWarnings("exports")
public final class Theories {

  /** The system property that fixes the seed of every property run: {@value}. */
  public static final String SEED_PROPERTY = Configuration.SEED;

  /** How many shrink cycles a failing property runs unless {@code QT_SHRINKS} says otherwise: {@value}. */
  public static final int DEFAULT_SHRINK_CYCLES = 10_000;

  private static final int OTHER_COUNTEREXAMPLES_SHOWN = 3;

  private Theories() {}

  /**
   * Starts a property with QuickTheories' system settings (random seed unless {@value #SEED_PROPERTY} is set,
   * 1,000 examples unless changed, {@value #DEFAULT_SHRINK_CYCLES} shrink cycles unless {@code QT_SHRINKS} is set)
   * and a failure message that names the seed and the command that replays it.
   *
   * @return a new theory; each call returns a new one
   */
  public static QuickTheory qt() {
    return QuickTheory.qt(
        () -> {
          Strategy strategy = Configuration.systemStrategy().withReporter(new ReplayingReporter());
          return System.getProperty(Configuration.SHRINKS) == null
              ? strategy.withShrinkCycles(DEFAULT_SHRINK_CYCLES)
              : strategy;
        });
  }

  /**
   * Throws an {@link AssertionError} that names the counterexample, the seed and how to replay it. (The released
   * QuickTheories 0.26 spells the method {@code falisification}.)
   */
  private static final class ReplayingReporter implements Reporter {

    @Override
    public void falisification(
        long seed, int count, Object smallest, Throwable cause, List<Object> examples, AsString<Object> shown) {
      StringWriter trace = new StringWriter();
      cause.printStackTrace(new PrintWriter(trace));
      throw new AssertionError(message(seed, count, smallest, examples, shown) + "\nCause:\n" + trace, cause);
    }

    @Override
    public void falisification(
        long seed, int count, Object smallest, List<Object> examples, AsString<Object> shown) {
      throw new AssertionError(message(seed, count, smallest, examples, shown));
    }

    @Override
    public void valuesExhausted(int completedExamples) {
      throw new IllegalStateException(
          "gave up after only "
              + completedExamples
              + " example(s) met the property's assumptions; loosen the assumption or generate such values directly");
    }

    private static String message(
        long seed, int count, Object smallest, List<Object> examples, AsString<Object> shown) {
      String others =
          examples.stream()
              .limit(OTHER_COUNTEREXAMPLES_SHOWN)
              .map(shown::asString)
              .collect(Collectors.joining("\n  ", "  ", ""));
      return "Property falsified after "
          + count
          + " example(s).\nSmallest counterexample:\n  "
          + shown.asString(smallest)
          + (examples.isEmpty() ? "" : "\nOther counterexamples found before shrinking:\n" + others)
          + "\nSeed: "
          + seed
          + "\nReplay: "
          + replayCommand(seed);
    }

    /**
     * The test method is the innermost frame of a method annotated as a test ({@code @Test} and its kin, found by
     * name so that this class needs no JUnit); failing that, the first frame outside QuickTheories, this class,
     * lambdas and the JDK, AssertJ and JUnit.
     */
    private static String replayCommand(long seed) {
      List<StackWalker.StackFrame> frames =
          StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
              .walk(all -> all.filter(ReplayingReporter::isCaller).collect(Collectors.toList()));
      Optional<StackWalker.StackFrame> test =
          frames.stream()
              .filter(ReplayingReporter::isTestMethod)
              .findFirst()
              .or(() -> frames.stream().filter(f -> !f.getMethodName().startsWith("lambda$")).findFirst());
      String selector =
          test.map(f -> " -Dtest='" + simpleName(f.getClassName()) + "#" + f.getMethodName() + "'").orElse("");
      return "./mvnw -B test -pl <module>" + selector + " -D" + SEED_PROPERTY + "=" + seed;
    }

    private static boolean isCaller(StackWalker.StackFrame frame) {
      String name = frame.getClassName();
      return !name.startsWith("org.quicktheories.")
          && !name.equals(Theories.class.getName())
          && !name.startsWith(Theories.class.getName() + "$")
          && !name.startsWith("java.")
          && !name.startsWith("jdk.")
          && !name.startsWith("sun.")
          && !name.startsWith("org.assertj.")
          && !name.startsWith("org.junit.");
    }

    private static boolean isTestMethod(StackWalker.StackFrame frame) {
      Method[] methods;
      try {
        methods = frame.getDeclaringClass().getDeclaredMethods();
      } catch (LinkageError | SecurityException e) {
        return false; // a signature names a class that is missing: not worth failing the report for
      }
      for (Method method : methods) {
        if (method.getName().equals(frame.getMethodName())) {
          for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().endsWith("Test")) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private static String simpleName(String className) {
      String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
      return outer.substring(outer.lastIndexOf('.') + 1);
    }
  }
}
