package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.files.PackFiles;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --pack} option that check, rules and explain share: a bundled pack's name, or a pack file that derives
 * from one. A picocli mixin.
 */
final class PackChoice {

  @Option(
      names = "--pack",
      paramLabel = "PACK",
      description = "npcc2021 (default), retain-individual, or a pack file deriving from one.")
  private String choice;

  PackChoice() {}

  /** Returns the chosen pack, {@code npcc2021} if none was chosen. */
  PolicyPack resolve() {
    if (choice == null) {
      return PolicyPacks.npcc2021();
    }
    return PolicyPacks.named(choice)
        .orElseGet(
            () -> {
              Path file = Path.of(choice);
              if (Files.isRegularFile(file)) {
                return PackFiles.read(file);
              }
              throw new InputException(
                  "unknown pack \""
                      + choice
                      + "\": give npcc2021, retain-individual (also called "
                      + PolicyPacks.RETAIN_INDIVIDUAL_ACCOUNTS
                      + "), or the path of a pack file (see docs/pack-format.md)");
            });
  }
}
