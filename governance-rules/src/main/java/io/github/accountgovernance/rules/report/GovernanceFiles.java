package io.github.accountgovernance.rules.report;

import io.github.accountgovernance.rules.internal.ObjectFields;
import io.github.accountgovernance.rules.internal.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What waiver and baseline files share: the optional schema field, and writing text to a file. */
final class GovernanceFiles {

  private GovernanceFiles() {}

  /** Records a problem if the file states a schema other than the expected one; stating none is fine. */
  static void checkSchema(ObjectFields fields, String expected, Problems problems) {
    Optional<String> schema = fields.string("schema");
    if (schema.isPresent() && !schema.get().equals(expected)) {
      problems.add("schema", fields.node("schema").orElseThrow().location(),
          "this reader reads schema \"" + expected + "\", not \"" + schema.get() + "\"");
    }
  }

  static void writeFile(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static String endWithNewline(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }
}
