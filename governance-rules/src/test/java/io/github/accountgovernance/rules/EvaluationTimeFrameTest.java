package io.github.accountgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.authoring.Estates;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.TimeFrame;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class EvaluationTimeFrameTest {

  private static final Instant HALF_PAST = Instant.parse("2021-04-06T09:00:00.5Z");
  private static final Instant WHOLE = Instant.parse("2021-04-06T09:00:00Z");

  private static Estate estate() {
    return Estates.nyp()
        .addAccounts(Estates.account("york-x", "NYP_York", AccountTier.DISTRICT, AccountStatus.ACTIVE))
        .build();
  }

  /** A force's own rule that records what it saw; it reads coverage through the engine, not the catalogue. */
  private static Rule seeing(List<TimeFrame> frames, List<MonitoringCoverage> coverages) {
    return Rule.ofCheck("OWN-1", "every open account is looked at", (estate, context, sink) -> {
          frames.add(context.timeFrame());
          coverages.add(context.coverage());
          sink.checked(Subject.of(estate));
        })
        .title("own rule")
        .build();
  }

  @Test
  void asOf_afterClock_isRefusedNamingTheClock() {
    Clock clock = Clock.fixed(WHOLE, ZoneOffset.UTC);
    Evaluation withClock = Evaluation.of(PolicyPack.builder("p").build()).clock(clock);

    assertThatThrownBy(() -> withClock.asOf(WHOLE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("clock was already set to " + clock);
  }

  @Test
  void clock_afterAsOf_isRefusedNamingTheInstant() {
    Evaluation withAsOf = Evaluation.of(PolicyPack.builder("p").build()).asOf(HALF_PAST);

    assertThatThrownBy(() -> withAsOf.clock(Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("as-of was already set to 2021-04-06T09:00:00.500Z");
  }

  @Test
  void subSecondAsOfAndHorizon_areRoundedDownOnce_forEveryRuleItsAnalysesAndTheReport() {
    List<TimeFrame> frames = new ArrayList<>();
    List<MonitoringCoverage> coverages = new ArrayList<>();
    PolicyPack pack = PolicyPack.builder("own").add(seeing(frames, coverages)).build();

    Report fraction = Evaluation.of(pack).asOf(HALF_PAST).horizon(Duration.ofDays(28).plusMillis(700))
        .evaluate(estate());
    Report whole = Evaluation.of(pack).asOf(WHOLE).horizon(Duration.ofDays(28)).evaluate(estate());

    assertThat(fraction.asOf()).isEqualTo(WHOLE);
    assertThat(fraction.horizon()).isEqualTo(Duration.ofDays(28));
    assertThat(frames).containsExactly(TimeFrame.of(WHOLE, Duration.ofDays(28)), TimeFrame.of(WHOLE, Duration.ofDays(28)));
    assertThat(coverages.get(0).horizon().start()).isEqualTo(WHOLE);
    assertThat(fraction).isEqualTo(whole);
  }

  @Test
  void theReport_keepsTheCoverageTheRulesShared_withoutItBeingPartOfItsValue() {
    List<TimeFrame> frames = new ArrayList<>();
    List<MonitoringCoverage> coverages = new ArrayList<>();
    PolicyPack pack = PolicyPack.builder("own").add(seeing(frames, coverages)).build();

    Report report = pack.evaluate(estate());

    assertThat(report.coverage()).containsSame(coverages.get(0));
    assertThat(Report.builder().from(report).coverage(Optional.empty()).build()).isEqualTo(report);
  }

  @Test
  void aPackWhoseRulesReadNoCoverage_leavesItUnanalysed() {
    Report report = PolicyPack.builder("empty").add(EvaluationTest.OWNERSHIP).build().evaluate(estate());

    assertThat(report.coverage()).isEmpty();
  }
}
