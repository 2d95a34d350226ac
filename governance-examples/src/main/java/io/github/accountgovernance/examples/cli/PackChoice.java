package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.ParameterRefusedException;
import io.github.accountgovernance.rules.files.PackFiles;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    Optional<PolicyPack> published = PolicyPacks.named(choice);
    if (published.isPresent()) {
      return published.get();
    }
    Path file = Path.of(choice);
    if (Files.isRegularFile(file)) {
      return PackFiles.read(file);
    }
    if (Files.isDirectory(file)) {
      throw new InputException("--pack " + choice + " is a folder; give a pack file, or npcc2021 or retain-individual");
    }
    if (namesAFile(choice)) {
      throw new InputException(Diagnostics.noSuchFile(choice)
          + "; --pack takes npcc2021, retain-individual or the path of a pack file");
    }
    List<String> names = PolicyPacks.all().stream().map(PolicyPack::id).toList();
    throw new InputException("unknown pack \"" + choice + "\"" + Suggestions.didYouMean(choice, names)
        + ": give npcc2021, retain-individual, or the path of a pack file (see docs/pack-format.md)");
  }

  /**
   * Turns a rule's refusal of a parameter's value on this estate into an input error that points at the line of
   * the pack file that set the value, when it was set there: {@code pack.yaml:4:13: parameters.maxEdits: …}.
   */
  InputException refused(ParameterRefusedException refusal) {
    String path = "parameters." + refusal.parameter();
    Optional<SourceLocation> at = Optional.empty();
    if (choice != null && PolicyPacks.named(choice).isEmpty()) {
      at = PackFiles.parameterLocation(Path.of(choice), refusal.parameter());
    }
    String where = at.map(place -> place.file() + ":" + place.line() + ":" + place.column() + ": ").orElse("");
    return new InputException(where + path + ": " + refusal.getMessage(), refusal);
  }

  /** Whether the text reads as a file's path rather than a pack's name: it has a folder or a file extension. */
  private static boolean namesAFile(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return text.contains("/") || text.contains("\\")
        || lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
  }
}
