package io.github.accountgovernance.rules.authoring;

import io.github.accountgovernance.rules.Report;

/**
 * A back-edge planted for the architecture tests only: the authoring package using the consumer face, which
 * would make the two one package. PackageLayersTest checks that its rules fail on this class; it is never part
 * of the library (test sources are not imported by the real checks).
 */
public final class PlantedBackEdge {

  private PlantedBackEdge() {}

  /**
   * Uses the consumer face from the authoring package.
   *
   * @param report a report
   * @return its pack's id
   */
  public static String packOf(Report report) {
    return report.packId();
  }
}
