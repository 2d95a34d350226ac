package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.rules.naming.Lookalike;
import io.github.accountgovernance.rules.naming.LookalikeIndex;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class NorthYorkshireLookalikesEstateTest {

  private static final Estate LOOKALIKES = GeneratedEstate.read(NorthYorkshireLookalikesGenerator.FILE);

  private static final Estate AFTER = GeneratedEstate.read(NorthYorkshireLookalikesGenerator.AFTER);

  private static List<Handle> officialHandles(Estate estate) {
    return estate.accounts().stream()
        .filter(a -> a.status() != AccountStatus.DELETED)
        .map(Account::handle)
        .collect(Collectors.toList());
  }

  @Test
  void lookalikes_isTheAfterEstatePlusObservedHandles() {
    List<Handle> added =
        LOOKALIKES.observedHandles().stream()
            .filter(o -> !AFTER.observedHandles().contains(o))
            .map(ObservedHandle::handle)
            .collect(Collectors.toList());

    assertThat(Estate.builder().from(LOOKALIKES).observedHandles(AFTER.observedHandles()).build()).isEqualTo(AFTER);
    assertThat(AFTER.observedHandles()).isEmpty();
    assertThat(added).hasSize(9);
  }

  @Test
  void confusableHandles_areExactlyTheOnesThatLookLikeAnOfficialHandle() {
    List<Lookalike> found =
        LookalikeIndex.of(officialHandles(LOOKALIKES))
            .findAllLookalikes(
                LOOKALIKES.observedHandles().stream().map(ObservedHandle::handle).collect(Collectors.toList()));

    assertThat(found)
        .extracting(l -> l.candidate().value(), l -> l.official().value())
        .containsExactlyInAnyOrder(
            tuple("NYorksPol1ce", "NYorksPolice"),
            tuple("NYorksPoIice", "NYorksPolice"),
            tuple("NYP_Y\u043Erk", "NYP_York"),
            tuple("NYP_Yrok", "NYP_York"),
            tuple("NYP_Jobs_", "NYP_Jobs"));
  }

  @Test
  void innocentHandles_lookLikeNoOfficialHandle() {
    LookalikeIndex index = LookalikeIndex.of(officialHandles(LOOKALIKES));

    assertThat(NorthYorkshireLookalikesGenerator.INNOCENT)
        .hasSize(4)
        .allSatisfy(o -> assertThat(index.findLookalikes(o.handle())).as("%s", o.handle()).isEmpty());
    assertThat(LookalikeIndex.of(officialHandles(LOOKALIKES)).findAllLookalikes(officialHandles(LOOKALIKES)))
        .isEmpty();
  }
}
