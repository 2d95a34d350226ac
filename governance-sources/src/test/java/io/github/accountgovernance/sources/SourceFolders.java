package io.github.accountgovernance.sources;

import io.github.accountgovernance.core.io.EstateFiles;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the readers' tests share: the estate file of a North Yorkshire folder whose parts come from source files,
 * and the problems reading such a folder finds.
 */
public final class SourceFolders {

  private SourceFolders() {}

  /**
   * Returns an estate file with two districts, one inline force-wide account, and the given {@code sources:}
   * entries.
   *
   * @param sources the entries of the {@code sources:} section, each on its own line, indented by two spaces
   * @return the estate file's text
   */
  public static String estate(String... sources) {
    return """
        schema: account-governance/estate@1
        force:
          name: North Yorkshire Police
          zone: Europe/London
          districts:
            - {code: york, name: York}
            - {code: ryedale, name: Ryedale}
        asOf: 2021-04-06T00:00:00Z
        sources:
        """ + String.join("", java.util.Arrays.stream(sources).map(line -> line + "\n").toList()) + """
        accounts:
          - {id: force-x, platform: x, handle: "@NYorksPolice", displayName: North Yorkshire Police,
             tier: force-wide, status: active, monitoredHours: 24/7}
        """;
  }

  /**
   * Reads an estate file that must have problems, and returns them.
   *
   * @param estateFile the estate file
   * @return its problems, in the reader's order
   * @throws AssertionError if it has none or cannot be read
   */
  public static List<Problem> problems(Path estateFile) {
    try {
      EstateFiles.read(estateFile);
    } catch (InvalidEstateException e) {
      return e.problems();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no problems in " + estateFile);
  }

  /**
   * Returns the problems of an estate file as users read them, with the folder left out of file names
   * ({@code accounts.csv:3:5: column "tier": …}).
   *
   * @param estateFile the estate file
   * @return the problems' texts
   * @throws AssertionError if it has none or cannot be read
   */
  public static List<String> problemTexts(Path estateFile) {
    String folder = estateFile.getParent() + "/";
    return problems(estateFile).stream().map(problem -> problem.toString().replace(folder, "")).toList();
  }
}
