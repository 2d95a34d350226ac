package io.github.accountgovernance.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.model.InvalidEstateException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class EstateGensProperties {

  @Test
  void validEstates_build() {
    List<Integer> accountCounts = new ArrayList<>();

    Theories.qt()
        .withExamples(1000)
        .forAll(EstateGens.validEstateParts())
        .checkAssert(
            parts -> {
              Estate estate = parts.build();
              accountCounts.add(estate.accounts().size());

              assertThat(estate.accounts()).hasSameSizeAs(parts.accounts());
              assertThat(estate.accounts().size()).isLessThanOrEqualTo(EstateSize.small().maxAccounts());
              assertThat(estate.contributors().size()).isLessThanOrEqualTo(EstateSize.small().maxContributors());
              assertThat(estate.rota().size()).isLessThanOrEqualTo(EstateSize.small().maxRotaSlots());
            });

    // The coverage the generators have always been held to: estates are not mostly trivial.
    long withThreeOrMore = accountCounts.stream().filter(count -> count >= 3).count();
    assertThat(100.0 * withThreeOrMore / accountCounts.size()).as("%% of estates with 3+ accounts").isGreaterThan(40);
  }

  @Test
  void validEstates_haveShiftsAndWeeklyPatterns() {
    List<Estate> estates = new ArrayList<>();

    Theories.qt().withExamples(1000).forAll(EstateGens.validEstates()).checkAssert(estates::add);

    assertThat(estates)
        .anySatisfy(e -> assertThat(e.rota()).anySatisfy(r -> assertThat(r.weeklyWindow()).isPresent()))
        .anySatisfy(e -> assertThat(e.rota()).anySatisfy(r -> assertThat(r.shiftWindow()).isPresent()));
  }

  @Test
  void estatesWithOneDefect_areRefusedAtTheExpectedPath() {
    Map<EstateDefect, Integer> kinds = new EnumMap<>(EstateDefect.class);

    Theories.qt()
        .withExamples(1000)
        .forAll(EstateGens.defectiveEstates())
        .checkAssert(
            defective -> {
              kinds.merge(defective.defect(), 1, Integer::sum);
              assertThatThrownBy(() -> defective.builder().build())
                  .isInstanceOfSatisfying(
                      InvalidEstateException.class,
                      e -> assertThat(e.problems())
                          .extracting(Problem::path)
                          .containsExactly(defective.expectedPath()));
            });

    int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
    for (EstateDefect kind : EstateDefect.values()) {
      assertThat(100.0 * kinds.getOrDefault(kind, 0) / total).as("%% of %s", kind).isGreaterThan(5);
    }
  }

  @Test
  void instants_areWholeSecondsInTheWindow() {
    Theories.qt()
        .withExamples(1000)
        .forAll(EstateGens.instants())
        .checkAssert(
            instant -> {
              assertThat(instant.getNano()).isZero();
              assertThat(instant).isBetween(EstateGens.WINDOW_START, EstateGens.WINDOW_END.minusSeconds(1));
            });
  }
}
