package io.github.accountgovernance.rules.whatif;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * How a {@link ChangeReport} is written: {@link #TEXT} for people at a terminal, {@link #MARKDOWN} for pull requests
 * and job summaries, {@link #JSON} (schema {@value #JSON_SCHEMA}, described in {@code docs/scenario-format.md}) for
 * programs. Every format says the same things in the same order, and the same report gives the same bytes.
 *
 * <pre>{@code
 * System.out.print(ChangeFormat.TEXT.render(changes));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public enum ChangeFormat {
  /** Plain text, the title and the answer first, then each section that has something to say. */
  TEXT,
  /** A JSON document of schema {@value #JSON_SCHEMA}. */
  JSON,
  /** GitHub-flavoured Markdown, with tables. */
  MARKDOWN;

  /** The schema id JSON change reports state in their {@code schema} field. */
  public static final String JSON_SCHEMA = "account-governance/changes@1";

  /**
   * Renders a change report.
   *
   * @param report the report
   * @return the text, ending with a line feed
   * @throws NullPointerException if {@code report} is null
   */
  public String render(ChangeReport report) {
    requireNonNull(report, "report");
    return switch (this) {
      case TEXT -> ChangeText.render(report);
      case JSON -> ChangeJson.render(report);
      case MARKDOWN -> ChangeMarkdown.render(report);
    };
  }

  /**
   * Writes a change report to a writer, which is flushed, not closed.
   *
   * @param report the report
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void write(ChangeReport report, Writer out) throws IOException {
    requireNonNull(out, "out");
    out.write(render(report));
    out.flush();
  }

  /**
   * Finds a format by name, ignoring case.
   *
   * @param name {@code text}, {@code json} or {@code markdown}
   * @return the format
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no format has that name
   */
  public static ChangeFormat named(String name) {
    requireNonNull(name, "name");
    for (ChangeFormat format : values()) {
      if (format.name().equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "no change format \"" + name + "\"; use text, json or markdown");
  }

  /**
   * Returns the usual file name extension.
   *
   * @return {@code txt}, {@code json} or {@code md}
   */
  public String fileExtension() {
    return switch (this) {
      case TEXT -> "txt";
      case JSON -> "json";
      case MARKDOWN -> "md";
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
