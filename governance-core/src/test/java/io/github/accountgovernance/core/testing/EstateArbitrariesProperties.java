package io.github.accountgovernance.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.model.InvalidEstateException;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.domains.Domain;

@Domain(EstateDomain.class)
final class EstateArbitrariesProperties {

  @Property
  void validEstates_build(@ForAll EstateParts parts) {
    Estate estate = parts.build();
    Statistics.label("accounts").collect(estate.accounts().size());
    Statistics.label("rota").collect(estate.rota().size() / 10 * 10);
    Statistics.label("kinds")
        .collect(estate.rota().stream().anyMatch(r -> r.weeklyWindow().isPresent()),
            estate.rota().stream().anyMatch(r -> r.shiftWindow().isPresent()));
    Statistics.label("accounts").coverage(c -> c.checkQuery(values -> (Integer) values.get(0) >= 3).percentage(p -> p > 40));

    assertThat(estate.accounts()).hasSameSizeAs(parts.accounts());
    assertThat(estate.accounts().size()).isLessThanOrEqualTo(EstateSize.small().maxAccounts());
    assertThat(estate.contributors().size()).isLessThanOrEqualTo(EstateSize.small().maxContributors());
    assertThat(estate.rota().size()).isLessThanOrEqualTo(EstateSize.small().maxRotaSlots());
  }

  @Property
  void estatesWithOneDefect_areRefusedAtTheExpectedPath(@ForAll DefectiveEstate defective) {
    Statistics.collect(defective.defect());
    for (EstateDefect kind : EstateDefect.values()) {
      Statistics.coverage(c -> c.check(kind).percentage(p -> p > 5));
    }
    assertThatThrownBy(() -> defective.builder().build())
        .isInstanceOfSatisfying(
            InvalidEstateException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly(defective.expectedPath()));
  }

  @Property
  void instants_areWholeSecondsInTheWindow(@ForAll Instant instant) {
    assertThat(instant.getNano()).isZero();
    assertThat(instant).isBetween(EstateArbitraries.WINDOW_START, EstateArbitraries.WINDOW_END.minusSeconds(1));
  }
}
