package io.github.accountgovernance.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.accountgovernance.core.model.Estate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * What a failing property reports through {@link Theories#qt()}: a small counterexample, found by shrinking
 * {@link EstateGens} values, the seed, and a replay command whose seed gives the same counterexample again. The
 * failures come from {@link WrongClaims}, planted for this purpose.
 */
final class TheoriesTest {

  private static final Pattern SEED = Pattern.compile("\nSeed: (-?\\d+)\n");
  private static final Pattern REPLAY = Pattern.compile("\nReplay: \\./mvnw .* -DQT_SEED=(-?\\d+)(\n|$)");

  /** Carries the estate a check refuted, so that the test sees the very value QuickTheories reported. */
  private static final class Refuted extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final transient Estate estate;

    Refuted(Estate estate) {
      super("refuted by an estate with " + estate.accounts().size() + " account(s)");
      this.estate = estate;
    }
  }

  /** Runs the wrong claim over valid estates and returns the error Theories threw. */
  private static AssertionError refute(QuickTheory theory) {
    AssertionError failure =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                theory
                    .forAll(EstateGens.validEstates())
                    .checkAssert(
                        estate -> {
                          if (!WrongClaims.noAccountHasARotaSlot(estate)) {
                            throw new Refuted(estate);
                          }
                        }));
    assertThat(failure).as("a claim that any rota slot refutes must fail").isNotNull();
    return failure;
  }

  private static Estate smallestOf(AssertionError failure) {
    assertThat(failure.getCause()).isInstanceOf(Refuted.class);
    return ((Refuted) failure.getCause()).estate;
  }

  private static long seedOf(Pattern pattern, String message) {
    Matcher matcher = pattern.matcher(message);
    assertThat(matcher.find()).as("%s in:%n%s", pattern, message).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  /** With the settings every property of the project runs with, the failure shrinks to a minimal estate. */
  @Test
  void failingEstateProperty_shrinksToOneAccountOneContributorAndOneSlot() {
    AssertionError failure = refute(Theories.qt().withExamples(1000));
    Estate smallest = smallestOf(failure);

    assertThat(smallest.accounts()).hasSizeBetween(1, 2);
    assertThat(smallest.contributors()).hasSize(1);
    assertThat(smallest.rota()).hasSize(1);
    assertThat(smallest.grants()).isEmpty();
    assertThat(smallest.absences()).isEmpty();
    assertThat(smallest.posts()).isEmpty();
    assertThat(failure.getMessage()).contains("Smallest counterexample:\n  " + smallest + "\n");
  }

  @Test
  void failingProperty_namesItsSeedAndTheCommandThatReplaysIt() {
    String message = refute(Theories.qt().withExamples(1000)).getMessage();

    assertThat(message)
        .startsWith("Property falsified after ")
        .contains("-Dtest='TheoriesTest#failingProperty_namesItsSeedAndTheCommandThatReplaysIt'");
    assertThat(seedOf(REPLAY, message)).isEqualTo(seedOf(SEED, message));
  }

  @Test
  void qtSeedSystemProperty_replaysTheSameSmallestCounterexample() {
    AssertionError first = refute(Theories.qt().withExamples(1000));
    long seed = seedOf(SEED, first.getMessage());

    String before = System.getProperty(Theories.SEED_PROPERTY);
    AssertionError replayed;
    try {
      System.setProperty(Theories.SEED_PROPERTY, Long.toString(seed));
      replayed = refute(Theories.qt().withExamples(1000));
    } finally {
      if (before == null) {
        System.clearProperty(Theories.SEED_PROPERTY);
      } else {
        System.setProperty(Theories.SEED_PROPERTY, before);
      }
    }

    assertThat(smallestOf(replayed)).isEqualTo(smallestOf(first));
    // The same report, up to the stack trace of the cause, which shows where each run was started from.
    assertThat(report(replayed)).isEqualTo(report(first));
  }

  private static String report(AssertionError failure) {
    String message = failure.getMessage();
    return message.substring(0, message.indexOf("\nCause:"));
  }
}
