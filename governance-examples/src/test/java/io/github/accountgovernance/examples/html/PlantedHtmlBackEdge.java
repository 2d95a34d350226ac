package io.github.accountgovernance.examples.html;

import io.github.accountgovernance.examples.cli.GovernanceCommand;

/** A back-edge planted for PackageCyclesTest only: the HTML report using the command line that uses it. */
final class PlantedHtmlBackEdge {

  private PlantedHtmlBackEdge() {}

  static String nameOf(GovernanceCommand command) {
    return command.getClass().getSimpleName();
  }
}
