package io.github.accountgovernance.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.testing.EstateGens;
import io.github.accountgovernance.core.testing.Theories;
import org.junit.jupiter.api.Test;

/** The example of the README's "Testing with generated estates", kept here so that it compiles and runs. */
final class RotaLookupProperties {

  @Test
  void everyRotaSlot_isFoundUnderItsAccountAndItsContributor() {
    Theories.qt()
        .withExamples(1000)
        .forAll(EstateGens.validEstates())
        .checkAssert(estate -> assertThat(estate.rota()).allSatisfy(slot -> {
          assertThat(estate.rotaFor(slot.account())).contains(slot);
          assertThat(estate.rotaOf(slot.contributor())).contains(slot);
        }));
  }
}
