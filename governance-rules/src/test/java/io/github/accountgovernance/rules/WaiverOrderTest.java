package io.github.accountgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.authoring.RuleId;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Waiver files and reports list waivers in {@link Waiver#compareTo} order: rule, subject, key, expiry, approver,
 * reason. Each pair below differs in one part (it ties if the part is dropped, swaps if reversed), and each part
 * outranks every later one (the pair swaps if two parts trade places).
 */
final class WaiverOrderTest {

  private static Waiver.Builder base() {
    return Waiver.builder()
        .ruleId(RuleId.of("MON-2"))
        .subject("@NYP_York")
        .reason("agreed a")
        .approvedBy("Chief Inspector A")
        .expiresOn(LocalDate.of(2021, 6, 30));
  }

  private static final List<UnaryOperator<Waiver.Builder>> LATER_IN_EACH_PART =
      List.of(
          b -> b.ruleId(RuleId.of("MON-10")),
          b -> b.subject("@NYP_Yorkz"),
          b -> b.key("2021-03-06T22:00:00Z"),
          b -> b.expiresOn(LocalDate.of(2021, 7, 1)),
          b -> b.approvedBy("Chief Inspector B"),
          b -> b.reason("agreed b"));

  @Test
  void eachPartAloneOrdersTwoWaivers_andOutranksEveryLaterPart() {
    OrderLaws.check(base().build(), LATER_IN_EACH_PART.stream().map(later -> later.apply(base()).build()).toList());
  }

  @Test
  void ruleIdsOrderByPrefixThenNumber_notAsText() {
    List<RuleId> ids = List.of(RuleId.of("CLO-2"), RuleId.of("MON-2"), RuleId.of("MON-10"), RuleId.of("NAM-1"));

    for (int i = 0; i + 1 < ids.size(); i++) {
      assertThat(ids.get(i).compareTo(ids.get(i + 1))).as("%s < %s", ids.get(i), ids.get(i + 1)).isNegative();
      assertThat(ids.get(i + 1).compareTo(ids.get(i))).isPositive();
    }
    assertThat(RuleId.of("MON-2").compareTo(RuleId.of("MON-2"))).isZero();
  }
}
