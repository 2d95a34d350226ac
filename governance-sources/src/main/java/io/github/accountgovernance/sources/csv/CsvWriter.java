package io.github.accountgovernance.sources.csv;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Estate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one part of an estate as a CSV register that {@link CsvFormat} reads back into the same entries: a header
 * row of the estate file's field names (those any entry has, in the estate file's order), then one row per entry
 * in the estate's order; a list is one cell with its items separated by {@code "; "}. Comma-separated, quoted where
 * needed, lines ended with CRLF as RFC 4180 says, no byte-order mark.
 *
 * <pre>{@code
 * Files.writeString(Path.of("accounts.csv"), CsvWriter.write(estate, "accounts"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvWriter {

  private CsvWriter() {}

  /**
   * Returns one part of an estate as CSV.
   *
   * @param estate the estate
   * @param part {@code accounts}, {@code contributors}, {@code grants}, {@code rota}, {@code absences},
   *     {@code closurePlans}, {@code posts} or {@code observedHandles}
   * @return the CSV text; a header row alone for a part with no entries
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code part} is none of those
   */
  public static String write(Estate estate, String part) {
    requireNonNull(estate, "estate");
    requireNonNull(part, "part");
    List<Map<String, String>> rows = rows(EstateWriter.json().writeToString(estate), part);
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(row -> columns.addAll(row.keySet()));
    if (columns.isEmpty()) {
      // A register with no entries still names its columns, so that it reads back (and can be filled in).
      columns.addAll(REQUIRED.get(part));
    }
    StringBuilder out = new StringBuilder();
    record(out, new ArrayList<>(columns));
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      columns.forEach(c -> cells.add(row.getOrDefault(c, "")));
      record(out, cells);
    }
    return out.toString();
  }

  /**
   * Writes one part of an estate to a CSV file, replacing it.
   *
   * @param estate the estate
   * @param part the part, as for {@link #write(Estate, String)}
   * @param file the file
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code part} is not a part of an estate
   * @throws IOException if the file cannot be written
   */
  public static void write(Estate estate, String part, Path file) throws IOException {
    requireNonNull(file, "file");
    Files.writeString(file, write(estate, part), StandardCharsets.UTF_8);
  }

  /** One record, RFC 4180: a cell quoted when it holds a separator, a quote, a line break or edge spaces. */
  private static void record(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (i > 0) {
        out.append(',');
      }
      boolean quote = cell.indexOf(',') >= 0 || cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0
          || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0 || (!cell.isEmpty()
          && (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1))));
      out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    out.append("\r\n");
  }

  /** The columns an empty register is written with: each part's required fields (a rota entry's as a shift). */
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "accounts", List.of("id", "platform", "handle", "displayName", "tier", "status"),
      "contributors", List.of("id", "kind", "name"),
      "grants", List.of("contributor", "account", "role"),
      "rota", List.of("contributor", "account", "from", "to"),
      "absences", List.of("contributor", "from", "to", "reason"),
      "closurePlans", List.of("account", "closureDate"),
      "posts", List.of("account", "author", "postedAt", "text"),
      "observedHandles", List.of("platform", "handle"));

  private static final List<String> PARTS = List.of(
      "accounts", "contributors", "grants", "rota", "absences", "closurePlans", "posts", "observedHandles");

  /** The entries of one list of the estate's JSON, each as its fields' texts. */
  private static List<Map<String, String>> rows(String json, String part) {
    if (!PARTS.contains(part)) {
      throw new IllegalArgumentException("unknown part \"" + part + "\"; the parts are " + String.join(", ", PARTS));
    }
    List<Map<String, String>> rows = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!name.equals(part) || value != JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          Map<String, String> row = new LinkedHashMap<>();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
              List<String> items = new ArrayList<>();
              while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(parser.getText());
              }
              row.put(field, String.join("; ", items));
            } else if (token == JsonToken.START_OBJECT) {
              throw new IllegalStateException(part + "." + field + " is an object, which a CSV cell cannot hold");
            } else {
              row.put(field, parser.getText());
            }
          }
          rows.add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
