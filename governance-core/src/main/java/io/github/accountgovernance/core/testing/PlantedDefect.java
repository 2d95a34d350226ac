package io.github.accountgovernance.core.testing;

import static java.util.Objects.requireNonNull;

/**
 * One defect planted in a generated estate, and the path at which building the estate must report it.
 *
 * <pre>{@code
 * PlantedDefect planted = defective.defects().get(0);
 * assertThat(problem.path()).isEqualTo(planted.expectedPath()); // e.g. "rota[3].contributor"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what was planted
 * @param expectedPath the problem path, such as {@code accounts[2].district}
 */
public record PlantedDefect(EstateDefect kind, String expectedPath) {

  /**
   * Checks the components.
   *
   * @param kind what was planted
   * @param expectedPath the problem path, such as {@code accounts[2].district}
   * @throws NullPointerException if a component is null
   */
  public PlantedDefect {
    requireNonNull(kind, "kind");
    requireNonNull(expectedPath, "expectedPath");
  }
}
