package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.problem.Problem;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.testing.EstateGens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

final class EstateProperties {

  /** Examples per property: 1,000, as many as each of these properties has always run. */
  private static final int EXAMPLES = 1000;

  @Test
  void build_acceptsEveryGeneratedValidEstate() {
    qt().withExamples(EXAMPLES).forAll(EstateGens.validEstateParts()).checkAssert(parts -> {
      Estate estate = parts.build();

      assertThat(estate.accounts()).containsExactlyInAnyOrderElementsOf(parts.accounts()).isSorted();
      assertThat(estate.contributors()).containsExactlyInAnyOrderElementsOf(parts.contributors()).isSorted();
      assertThat(estate.rota()).containsExactlyInAnyOrderElementsOf(parts.rota()).isSorted();
    });
  }

  @Test
  void build_refusesOneDefectWithOneProblemAtItsPath() {
    qt().withExamples(EXAMPLES).forAll(EstateGens.defectiveEstates()).checkAssert(defective -> {
      assertThatThrownBy(() -> defective.builder().build())
          .isInstanceOfSatisfying(
              InvalidEstateException.class,
              e -> assertThat(e.problems()).extracting(Problem::path).containsExactly(defective.expectedPath()))
          .hasMessageStartingWith("the estate has 1 problem:");
    });
  }

  @Test
  void build_listsEveryProblemWhenDefectsCombine() {
    qt().withExamples(EXAMPLES).forAll(EstateGens.estatesWithSeveralDefects()).checkAssert(defective -> {
      assertThatThrownBy(() -> defective.builder().build())
          .isInstanceOfSatisfying(
              InvalidEstateException.class,
              e -> {
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactlyInAnyOrderElementsOf(defective.expectedPaths());
                assertThat(e.getMessage()).contains("the estate has " + defective.defects().size() + " problems:");
                e.problems().forEach(problem -> assertThat(e.getMessage()).contains(problem.path()));
              });
    });
  }

  @Test
  void build_doesNotDependOnInputOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(EstateGens.validEstateParts(), SourceDSL.longs().all())
        .checkAssert((parts, shuffleSeed) -> {
      Estate estate = parts.build();
      Estate shuffled = parts.shuffled(new Random(shuffleSeed)).build();

      assertThat(shuffled).isEqualTo(estate).hasSameHashCodeAs(estate);
      for (Account account : estate.accounts()) {
        assertThat(shuffled.accountsWithHandle(account.handle()))
            .isEqualTo(estate.accountsWithHandle(account.handle()));
        assertThat(shuffled.rotaFor(account.id())).isEqualTo(estate.rotaFor(account.id()));
        assertThat(shuffled.grantsOn(account.id())).isEqualTo(estate.grantsOn(account.id()));
        assertThat(shuffled.postsOn(account.id())).isEqualTo(estate.postsOn(account.id()));
        assertThat(shuffled.closurePlanFor(account.id())).isEqualTo(estate.closurePlanFor(account.id()));
      }
      for (Contributor contributor : estate.contributors()) {
        assertThat(shuffled.rotaOf(contributor.id())).isEqualTo(estate.rotaOf(contributor.id()));
        assertThat(shuffled.absencesOf(contributor.id())).isEqualTo(estate.absencesOf(contributor.id()));
      }
    });
  }

  private static <T> List<T> scan(List<T> list, Function<T, Boolean> wanted) {
    return list.stream().filter(wanted::apply).collect(Collectors.toList());
  }

  /** The handles worth looking up: each account's, its upper-case and (Facebook) dotted variants, and observed ones. */
  private static List<Handle> probes(Estate estate) {
    List<Handle> probes = new ArrayList<>();
    for (Account account : estate.accounts()) {
      Handle handle = account.handle();
      probes.add(handle);
      probes.add(Handle.of(handle.platform(), handle.value().toUpperCase(Locale.ROOT)));
      probes.add(Handle.of(handle.platform(), handle.value() + "."));
    }
    estate.observedHandles().forEach(observed -> probes.add(observed.handle()));
    return probes;
  }

  /** Equivalence written from DOMAIN.md NAM-3, independently of Handle.equals. */
  private static boolean sameName(Handle a, Handle b) {
    if (a.platform() != b.platform()) {
      return false;
    }
    if (a.platform() == Platform.FACEBOOK) {
      return a.value().replace(".", "").equalsIgnoreCase(b.value().replace(".", ""));
    }
    return a.value().equalsIgnoreCase(b.value());
  }

  @Test
  void accountLookups_agreeWithLinearScans() {
    qt().withExamples(EXAMPLES).forAll(EstateGens.validEstates()).checkAssert(estate -> {
      for (Handle probe : probes(estate)) {
        assertThat(estate.accountsWithHandle(probe))
            .as("accounts with handle %s", probe)
            .isEqualTo(scan(estate.accounts(), a -> sameName(a.handle(), probe)));
      }
      Set<String> codes = new TreeSet<>(List.of("whitby"));
      estate.force().districts().forEach(d -> codes.add(d.code()));
      for (String code : codes) {
        assertThat(estate.accountsInDistrict(code))
            .isEqualTo(scan(estate.accounts(), a -> a.district().equals(Optional.of(code))));
      }
      for (Platform platform : estate.accounts().stream().map(Account::platform).distinct().toList()) {
        assertThat(estate.accountsOn(platform)).isEqualTo(scan(estate.accounts(), a -> a.platform().equals(platform)));
      }
      for (Account account : estate.accounts()) {
        String id = account.id();
        assertThat(estate.account(id)).contains(account);
        assertThat(estate.grantsOn(id)).isEqualTo(scan(estate.grants(), g -> g.account().equals(id)));
        assertThat(estate.rotaFor(id)).isEqualTo(scan(estate.rota(), r -> r.account().equals(id)));
        assertThat(estate.postsOn(id)).isEqualTo(scan(estate.posts(), p -> p.account().equals(id)));
        assertThat(estate.closurePlanFor(id))
            .isEqualTo(estate.closurePlans().stream().filter(p -> p.account().equals(id)).findFirst());
      }
      assertThat(estate.account("retired-account")).isEmpty();
    });
  }

  @Test
  void contributorLookups_agreeWithLinearScans() {
    qt().withExamples(EXAMPLES).forAll(EstateGens.validEstates()).checkAssert(estate -> {
      for (Contributor contributor : estate.contributors()) {
        String id = contributor.id();
        assertThat(estate.contributor(id)).contains(contributor);
        assertThat(estate.grantsOf(id)).isEqualTo(scan(estate.grants(), g -> g.contributor().equals(id)));
        assertThat(estate.rotaOf(id)).isEqualTo(scan(estate.rota(), r -> r.contributor().equals(id)));
        assertThat(estate.absencesOf(id)).isEqualTo(scan(estate.absences(), a -> a.contributor().equals(id)));
      }
      assertThat(estate.contributor("c-0000")).isEmpty();
      assertThat(estate.rotaOf("c-0000")).isEmpty();
    });
  }

  @Test
  void references_allResolveInGeneratedEstates() {
    qt().withExamples(EXAMPLES).forAll(EstateGens.validEstates()).checkAssert(estate -> {
      assertThat(estate.rota()).allSatisfy(slot -> {
        assertThat(estate.account(slot.account())).isPresent();
        assertThat(estate.contributor(slot.contributor())).isPresent();
      });
      assertThat(estate.closurePlans())
          .allSatisfy(plan -> assertThat(plan.successors()).allSatisfy(s -> assertThat(estate.account(s)).isPresent()));
      assertThat(estate.accounts())
          .allSatisfy(a -> a.district().ifPresent(code -> assertThat(estate.force().district(code)).isPresent()));
    });
  }
}
