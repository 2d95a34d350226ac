package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.catalogue.PackFiles;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Resolves {@code --pack}: a bundled pack's name, or a pack file that derives from one. */
final class PackChoice {

  private PackChoice() {}

  static PolicyPack resolve(String choice) {
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
                      + "\": give one of "
                      + PolicyPacks.all().stream().map(PolicyPack::id).collect(Collectors.joining(", "))
                      + ", or the path of a pack file (see docs/pack-format.md)");
            });
  }
}
