package io.github.accountgovernance.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class TimeFrameTest {

  @Test
  void fractionsOfASecond_areDroppedTowardsThePast() {
    TimeFrame frame = TimeFrame.of(Instant.parse("2021-04-06T09:00:00.999Z"), Duration.ofMillis(90_500));

    assertThat(frame.asOf()).isEqualTo(Instant.parse("2021-04-06T09:00:00Z"));
    assertThat(frame.horizon()).isEqualTo(Duration.ofSeconds(90));
    assertThat(frame.window().startSecond()).isEqualTo(frame.asOf().getEpochSecond());
    assertThat(TimeFrame.of(Instant.parse("1969-12-31T23:59:59.5Z"), Duration.ofDays(1)).asOf())
        .isEqualTo(Instant.parse("1969-12-31T23:59:59Z"));
  }

  @Test
  void aHorizonShorterThanOneSecond_isRefused() {
    assertThatThrownBy(() -> TimeFrame.of(Instant.EPOCH, Duration.ofMillis(999)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the horizon must be at least one second, but was PT0.999S");
    assertThatThrownBy(() -> TimeFrame.of(Instant.EPOCH, Duration.ZERO))
        .hasMessage("the horizon must be positive, but was PT0S");
  }

  @Test
  void aContext_roundsAsTheEvaluationDoes() {
    EvaluationContext context = EvaluationContext.of(Estates.nyp().build())
        .withAsOf(Instant.parse("2021-04-06T09:00:00.5Z"))
        .withHorizon(Duration.ofMillis(1500));

    assertThat(context.timeFrame()).isEqualTo(TimeFrame.of(Instant.parse("2021-04-06T09:00:00Z"), Duration.ofSeconds(1)));
    assertThat(context.coverage().horizon().start()).isEqualTo(context.asOf());
  }

  @Test
  void anAnalysis_isComputedOncePerContextFamily_andKnownOnlyOnceAsked() {
    int[] runs = {0};
    Analysis<String> counted = Analysis.of("counted", context -> "run " + ++runs[0]);
    EvaluationContext context = EvaluationContext.of(Estates.nyp().build());

    assertThat(context.computed(counted)).isEmpty();
    assertThat(context.analysis(counted)).isEqualTo("run 1");
    assertThat(context.withValue(Parameter.of("n", ParameterType.INTEGER, 1, "n"), 2).analysis(counted))
        .isEqualTo("run 1");
    assertThat(context.computed(counted)).contains("run 1");
    assertThat(context.withAsOf(Instant.EPOCH).computed(counted)).isEmpty();
  }
}
