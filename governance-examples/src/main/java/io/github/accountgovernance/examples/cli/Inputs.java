package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.ReadLimits;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.authoring.ParameterType;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.files.PackFiles;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What the whatif and diff commands read from their arguments: estates, packs, instants and durations. */
final class Inputs {

  private Inputs() {}

  /** An estate file, read within the limits, or a bundled example by name. */
  static Estate estate(Path file, String example, ReadLimits limits) throws IOException {
    if (example != null) {
      String name =
          ExampleEstates.find(example)
              .orElseThrow(
                  () -> new InputException(
                      "no example estate \"" + example + "\"; the examples are " + ExampleEstates.names()));
      return ExampleEstates.load(name);
    }
    return EstateReader.forFile(file).withLimits(limits).read(file);
  }

  /** A bundled pack's name or a pack file, as {@code --pack} takes them; {@code npcc2021} if none is given. */
  static PolicyPack pack(String option, String choice) {
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
                  option + ": unknown pack \"" + choice + "\": give npcc2021, retain-individual, or the path of a"
                      + " pack file (see docs/pack-format.md)");
            });
  }

  /** A date (the start of that day in the force's zone) or an instant. */
  static Instant instant(String option, String text, Estate estate) {
    try {
      return LocalDate.parse(text).atStartOfDay(estate.force().zone()).toInstant();
    } catch (DateTimeParseException notADate) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException notAnInstant) {
        throw new InputException(
            option + " takes a date such as 2021-03-01 or an instant such as 2021-03-01T09:00:00Z, not \"" + text
                + "\"");
      }
    }
  }

  /** A duration such as 28d, 72h or PT72H. */
  static Duration duration(String option, String text) {
    try {
      return ParameterType.DURATION.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(option + ": " + e.getMessage());
    }
  }

  /** A date such as 2021-03-15. */
  static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InputException(option + " takes a date such as 2021-03-15 (year-month-day), not \"" + text + "\"");
    }
  }
}
