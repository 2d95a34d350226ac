package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.io.EstateFormat;
import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.model.Estate;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --overlay} option of check and import: closure plans in a file of their own (as {@code governance
 * plan --output} writes them) applied to the estate. A picocli mixin.
 */
final class OverlayOption {

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description = "Apply an overlay of closure plans (.yaml, .yml or .json, as plan --output writes) to the estate"
          + " first; see docs/overlay-format.md.")
  private Path overlay;

  OverlayOption() {}

  /** The estate with the overlay's closure plans, or the estate itself when no overlay was given. */
  Estate applyTo(Estate estate) throws IOException {
    if (overlay == null) {
      return estate;
    }
    EstateFormat format =
        EstateFormat.forFileName(String.valueOf(overlay.getFileName()))
            .orElseThrow(() -> new InputException(
                "--overlay " + overlay + ": an overlay file is named .yaml, .yml or .json"));
    return EstateReader.of(format).readOverlay(estate, overlay);
  }
}
