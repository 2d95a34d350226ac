package io.github.accountgovernance.core.time;

import io.github.accountgovernance.core.model.Estate;

/** A back-edge planted for PackageCyclesTest only: time arithmetic using the model, which uses time. */
public final class PlantedBackEdge {

  private PlantedBackEdge() {}

  /**
   * Uses the model from the time package.
   *
   * @param estate an estate
   * @return the window of its first day
   */
  public static TimeWindow firstDay(Estate estate) {
    return TimeWindow.of(estate.asOf(), java.time.Duration.ofDays(1));
  }
}
