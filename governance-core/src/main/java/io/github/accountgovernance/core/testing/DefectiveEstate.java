package io.github.accountgovernance.core.testing;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Estate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The input of an estate builder that is valid except for the planted defects, with the path at which each must
 * be reported. Produced by {@link EstateGens#defectiveEstates()} and
 * {@link EstateGens#estatesWithSeveralDefects()}.
 *
 * <pre>{@code
 * @Test
 * void oneDefectOneProblem() {
 *   Theories.qt()
 *       .withExamples(1000)
 *       .forAll(EstateGens.defectiveEstates())
 *       .checkAssert(defective -> assertThatThrownBy(() -> defective.builder().build())
 *           .isInstanceOfSatisfying(InvalidEstateException.class, e ->
 *               assertThat(e.problems()).extracting(Problem::path)
 *                   .containsExactly(defective.expectedPath())));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param parts the builder input, in the order it is given to the builder (paths index into these lists)
 * @param defects the planted defects, at least one, with distinct paths
 */
public record DefectiveEstate(EstateParts parts, List<PlantedDefect> defects) {

  /**
   * Checks and copies the components.
   *
   * @param parts the builder input, in the order it is given to the builder (paths index into these lists)
   * @param defects the planted defects, at least one, with distinct paths
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code defects} is empty
   */
  public DefectiveEstate {
    requireNonNull(parts, "parts");
    defects = List.copyOf(requireNonNull(defects, "defects"));
    if (defects.isEmpty()) {
      throw new IllegalArgumentException("a defective estate has at least one planted defect, but got none");
    }
  }

  /**
   * Returns the planted defect, when there is exactly one.
   *
   * @return the defect's kind
   * @throws IllegalStateException if several defects were planted
   */
  public EstateDefect defect() {
    return only().kind();
  }

  /**
   * Returns the path at which the planted defect must be reported, when there is exactly one.
   *
   * @return the path, such as {@code grants[0].account}
   * @throws IllegalStateException if several defects were planted
   */
  public String expectedPath() {
    return only().expectedPath();
  }

  /**
   * Returns the paths of every planted defect, sorted.
   *
   * @return the expected problem paths
   */
  public List<String> expectedPaths() {
    return defects.stream().map(PlantedDefect::expectedPath).sorted().collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a builder filled with the parts, whose {@code build()} throws
   * {@link io.github.accountgovernance.core.model.InvalidEstateException}.
   *
   * @return a new builder
   */
  public Estate.Builder builder() {
    return parts.toBuilder();
  }

  private PlantedDefect only() {
    if (defects.size() != 1) {
      throw new IllegalStateException("this estate has " + defects.size() + " planted defects: " + defects);
    }
    return defects.get(0);
  }
}
