package io.github.accountgovernance.sources.csv;

import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.sources.SourceFormat;
import io.github.accountgovernance.core.sources.SourceRequest;
import io.github.accountgovernance.core.sources.SourceTable;
import io.github.accountgovernance.sources.table.HeaderTable;
import io.github.accountgovernance.sources.table.SourceOptions;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (RFC 4180) whose first row names the columns: UTF-8 with or without the byte-order mark that
 * spreadsheet programs write, separated by commas or, as spreadsheets in many locales save them, semicolons (found
 * from the header row unless the source says {@code separator: ";"}). Fields may be quoted, with doubled quotes
 * and line breaks inside; cells are trimmed, and an empty cell is an absent field. Empty lines are skipped.
 *
 * <p>Problems are located at the cell, by line and character column: a file that is not UTF-8, quoting that does
 * not close, a row with more cells than the header has columns, a cell longer than the limit, and more rows than
 * the part may have; the estate reader reports the cells' own problems.
 *
 * <pre>{@code
 * id,platform,handle,displayName,tier,status,district
 * york-x,x,@NYP_York,NYP York,district,active,york
 * }</pre>
 *
 * <p>Thread-safe and stateless; found through {@link java.util.ServiceLoader}.
 */
public final class CsvFormat implements SourceFormat {

  /** Creates the format; the estate reader finds it through {@link java.util.ServiceLoader}. */
  public CsvFormat() {}

  @Override
  public String name() {
    return "CSV (.csv)";
  }

  @Override
  public boolean reads(Path file, String part) {
    return SourceFormat.hasExtension(file, ".csv");
  }

  @Override
  public SourceTable read(SourceRequest request) throws IOException {
    Problems problems = request.problems();
    Character separator = SourceOptions.one(request, "a CSV source", "separator", "\",\" or \";\"",
        value -> value.isText() && (value.text().equals(",") || value.text().equals(";"))
            ? Character.valueOf(value.text().charAt(0)) : null);
    String text = decode(request.readFile(), problems, request.part());
    return read(text, separator, request);
  }

  /** Reads the text of a whole file. */
  static SourceTable read(String text, Character given, SourceRequest request) throws IOException {
    Problems problems = request.problems();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    Lines lines = new Lines(text);
    char separator = given != null ? given : detect(text);
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(separator)
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .get();
    HeaderTable table = new HeaderTable(request, "a CSV file",
        "quote a cell that holds the separator \"" + separator + "\"");
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      for (CSVRecord record : parser) {
        int[] starts = cellStarts(text, (int) record.getCharacterPosition(), separator, record.size());
        List<SourceTable.Cell> cells = new ArrayList<>(record.size());
        for (int i = 0; i < record.size(); i++) {
          int at = starts[i];
          cells.add(table.cell(record.get(i), lines.line(at), lines.column(at), i + 1));
        }
        table.add(cells);
      }
    } catch (UncheckedIOException e) {
      throw quoting(e.getCause(), lines, text, problems, request);
    } catch (IOException e) {
      throw quoting(e, lines, text, problems, request);
    }
    return table.table();
  }

  /** A parse error is quoting that does not close or does not end its cell: located at the quote that opened. */
  private static RuntimeException quoting(
      IOException e, Lines lines, String text, Problems problems, SourceRequest request) {
    int open = unclosedQuote(text);
    String message = String.valueOf(e.getMessage());
    if (open >= 0) {
      return problems.fatal(request.part(), "the quoted cell that starts here does not end: its closing quote"
          + " (\") is missing, or the file was cut short", lines.line(open), lines.column(open));
    }
    return problems.fatal(request.part(), "broken quoting: " + message + "; a quoted cell ends with a quote"
        + " directly before the separator or the end of the line, and a quote inside it is doubled (\"\")", 1, 1);
  }

  /** The offset of a quote that opens a cell and is never closed, or -1. */
  private static int unclosedQuote(String text) {
    boolean quoted = false;
    int opened = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i++;
        } else {
          quoted = !quoted;
          opened = quoted ? i : -1;
        }
      }
    }
    return quoted ? opened : -1;
  }

  /** Where each cell of a record starts, by scanning the record's text as the parser did. */
  private static int[] cellStarts(String text, int start, char separator, int count) {
    int[] starts = new int[Math.max(count, 1)];
    Arrays.fill(starts, start);
    int cell = 0;
    boolean quoted = false;
    int i = start;
    while (i < text.length() && cell < count) {
      char c = text.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i += 2;
          continue;
        }
        quoted = !quoted;
      } else if (!quoted && c == separator) {
        cell++;
        if (cell < count) {
          starts[cell] = i + 1;
        }
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      }
      i++;
    }
    for (int k = 0; k < count; k++) {
      int s = starts[k];
      while (s < text.length() && text.charAt(s) == ' ') {
        s++;
      }
      starts[k] = s;
    }
    return starts;
  }

  /** The separator the header row uses: a semicolon if it has more of them than commas, outside quotes. */
  static char detect(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private static String decode(byte[] bytes, Problems problems, String part) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      String good = new String(bytes, StandardCharsets.UTF_8);
      int bad = good.indexOf('\uFFFD');
      for (int i = 0; i < bad; i++) {
        if (good.charAt(i) == '\n') {
          line++;
        }
      }
      throw problems.fatal(part, "the file is not UTF-8 text; save it as \"CSV UTF-8\"", line, 1);
    }
  }

  /** Line and column of an offset in the text. */
  private static final class Lines {
    private final int[] starts;

    Lines(String text) {
      int[] found = new int[64];
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = i + 1;
        }
      }
      starts = Arrays.copyOf(found, count);
    }

    int line(int offset) {
      int index = Arrays.binarySearch(starts, offset);
      return (index >= 0 ? index : -index - 2) + 1;
    }

    int column(int offset) {
      return offset - starts[line(offset) - 1] + 1;
    }
  }
}
