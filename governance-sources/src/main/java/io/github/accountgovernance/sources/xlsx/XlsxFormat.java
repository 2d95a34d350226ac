package io.github.accountgovernance.sources.xlsx;

import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.sources.SourceFormat;
import io.github.accountgovernance.core.sources.SourceRequest;
import io.github.accountgovernance.core.sources.SourceTable;
import io.github.accountgovernance.sources.table.HeaderTable;
import io.github.accountgovernance.sources.table.SourceOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one sheet of an Office Open XML workbook ({@code .xlsx}) whose first non-empty row names the columns, as
 * a CSV file's header row does: the same column names, the same checks, the same messages. The source names the
 * workbook and the sheet ({@code accounts: {file: registers.xlsx, sheet: accounts}}); without {@code sheet}, the
 * sheet named as the part is read, or the workbook's only sheet.
 *
 * <p>Cells are read as a CSV file's text would be: text, numbers as written without a needless fraction (a
 * collar number 1402 stays {@code 1402}), booleans as {@code true} and {@code false}, and numbers with a date
 * format (the workbook's 1900 or 1904 date system) as ISO dates ({@code 2021-03-29}) or, with a time of day,
 * local date-times ({@code 2021-03-29T09:15:00}); dates written as text are read as text. Empty rows are skipped.
 * Problems are located by the sheet's row and column number (column A = 1), and the format's own name the sheet and
 * the cell ({@code sheet "accounts", cell B12}).
 *
 * <p>A workbook is a zip archive of XML files from someone else, so it is read within limits rather than expanded:
 * the file is at most {@link SourceRequest#maxFileBytes()}; every entry is inflated through a counter that stops
 * at that many bytes (and at twice that in all) or as soon as it expands more than {@value #MAX_RATIO} times what
 * it was compressed to (a zip bomb); the XML parser is the JDK's, with DTDs and external entities off and any
 * DOCTYPE refused (entity expansion); the shared strings hold at most {@code maxFileBytes} characters and ten
 * strings for each row the part may have; and the sheet has at most {@link SourceRequest#maxRows()} rows and
 * {@value #MAX_COLUMNS} columns. No library is used: the JDK's zip and StAX readers read the four parts of the
 * format that a register needs, and every byte read is counted here.
 *
 * <pre>{@code
 * sources:
 *   accounts: {file: registers.xlsx, sheet: accounts}
 *   contributors: {file: registers.xlsx, sheet: people}
 * }</pre>
 *
 * <p>Thread-safe and stateless; found through {@link java.util.ServiceLoader}.
 */
public final class XlsxFormat implements SourceFormat {

  /** The most an entry may expand over its compressed size before the workbook is refused as a zip bomb. */
  static final int MAX_RATIO = 100;

  /** The most columns a sheet has (Excel's own limit, column XFD). */
  static final int MAX_COLUMNS = 16_384;

  /** Entries smaller than this are not checked for their ratio: tiny XML compresses very well. */
  private static final long RATIO_FLOOR = 1L << 20;

  private static final String WORKBOOK = "xl/workbook.xml";

  /** Creates the format; the estate reader finds it through {@link java.util.ServiceLoader}. */
  public XlsxFormat() {}

  @Override
  public String name() {
    return "Excel workbook (.xlsx)";
  }

  @Override
  public boolean reads(Path file, String part) {
    return SourceFormat.hasExtension(file, ".xlsx");
  }

  @Override
  public SourceTable read(SourceRequest request) throws IOException {
    Problems problems = request.problems();
    String sheet = SourceOptions.one(request, "a workbook source", "sheet",
        "the name of a sheet of the workbook", value -> value.isText() && !value.text().isBlank()
            ? value.text().trim() : null);
    return read(request.readFile(), sheet, request);
  }

  /** Reads a whole workbook's bytes. */
  static SourceTable read(byte[] bytes, String sheetOption, SourceRequest request) {
    Map<String, byte[]> entries = entries(bytes, request);
    Workbook workbook = new Workbook(entries, request);
    return workbook.sheet(sheetOption);
  }

  /** Inflates the archive's XML entries, within the limits, refusing a zip bomb before it is expanded. */
  private static Map<String, byte[]> entries(byte[] bytes, SourceRequest request) {
    Problems problems = request.problems();
    long perEntry = request.maxFileBytes();
    long total = 2 * request.maxFileBytes();
    long inflated = 0;
    Map<String, byte[]> entries = new HashMap<>();
    Counting counting = new Counting(new ByteArrayInputStream(bytes));
    try (ZipInputStream zip = new ZipInputStream(counting)) {
      ZipEntry entry;
      byte[] buffer = new byte[8192];
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (entry.getSize() > perEntry) {
          throw problems.fatal(request.part(), String.format(Locale.ROOT, "the workbook's entry %s says it expands"
              + " to %,d bytes, more than the limit of %,d for untrusted files, so it is refused unread%s", name,
              entry.getSize(), perEntry, request.advice("maxFileBytes")), 1, 1);
        }
        if (entry.getSize() > RATIO_FLOOR && entry.getCompressedSize() > 0
            && entry.getSize() / entry.getCompressedSize() > MAX_RATIO) {
          throw bomb(problems, request, name, entry.getSize(), entry.getCompressedSize());
        }
        long start = counting.count;
        boolean keep = name.startsWith("xl/") && (name.endsWith(".xml") || name.endsWith(".rels"));
        ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
        long read = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          read += n;
          inflated += n;
          if (read > perEntry || inflated > total) {
            throw problems.fatal(request.part(), String.format(Locale.ROOT, "the workbook's entry %s expands to"
                + " more than %,d bytes, the limit for untrusted files, so it is refused%s",
                name, read > perEntry ? perEntry : total, request.advice("maxFileBytes")), 1, 1);
          }
          long compressed = Math.max(1, counting.count - start);
          if (read > RATIO_FLOOR && read / compressed > MAX_RATIO) {
            throw bomb(problems, request, name, read, compressed);
          }
          if (out != null) {
            out.write(buffer, 0, n);
          }
        }
        if (out != null) {
          entries.put(name, out.toByteArray());
        }
      }
    } catch (ZipException e) {
      throw notWorkbook(problems, request, "it is not a complete zip archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw notWorkbook(problems, request, "it ends before its last entry does (" + e.getMessage() + ")");
    }
    if (!entries.containsKey(WORKBOOK)) {
      throw notWorkbook(problems, request, entries.isEmpty() && counting.count == 0
          ? "it is empty" : "it has no " + WORKBOOK + " (cut short, or not a workbook)");
    }
    return entries;
  }

  private static RuntimeException bomb(
      Problems problems, SourceRequest request, String name, long size, long compressed) {
    return problems.fatal(request.part(), String.format(Locale.ROOT, "the workbook's entry %s expands from %,d"
        + " to more than %,d bytes, over %d times; a workbook's XML does not compress that well, so it is refused"
        + " as a zip bomb", name, compressed, size, MAX_RATIO), 1, 1);
  }

  private static RuntimeException notWorkbook(Problems problems, SourceRequest request, String why) {
    return problems.fatal(request.part(), "the file is not an .xlsx workbook: " + why + "; save the workbook"
        + " as \"Excel Workbook (.xlsx)\"", 1, 1);
  }

  /** The column's letters: 1 is A, 27 is AA. */
  static String letters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }

  /** The column number of a cell reference such as {@code B12}, or 0 if it has no letters. */
  static int column(String reference) {
    int column = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = Character.toUpperCase(reference.charAt(i));
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
      if (column > MAX_COLUMNS) {
        return MAX_COLUMNS + 1;
      }
    }
    return column;
  }

  /** The JDK's own StAX parser, with DTDs and external entities off. */
  static XMLStreamReader parser(byte[] xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
  }

  /** Counts the bytes read from the archive, so that an entry's compressed size is known as it inflates. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }

  /** The parts of the workbook a sheet is read with. */
  private static final class Workbook {
    private final Map<String, byte[]> entries;
    private final SourceRequest request;
    private final Problems problems;
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private boolean date1904;
    private List<String> strings = List.of();
    private final List<Boolean> dateStyles = new ArrayList<>();

    Workbook(Map<String, byte[]> entries, SourceRequest request) {
      this.entries = entries;
      this.request = request;
      this.problems = request.problems();
      readWorkbook();
    }

    private XMLStreamReader open(String entry) {
      try {
        return parser(entries.get(entry));
      } catch (XMLStreamException e) {
        throw broken(entry, e);
      }
    }

    private RuntimeException broken(String entry, XMLStreamException e) {
      String message = String.valueOf(e.getMessage());
      int newline = message.lastIndexOf("Message: ");
      return problems.fatal(request.part(), "the workbook's " + entry + " is not well-formed XML: "
          + (newline >= 0 ? message.substring(newline + 9) : message), 1, 1);
    }

    /** Every part is read through this: a DOCTYPE (entity expansion, external entities) is refused. */
    private int next(XMLStreamReader xml, String entry) throws XMLStreamException {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw problems.fatal(request.part(), "the workbook's " + entry + " declares a DOCTYPE or uses an entity;"
            + " workbooks have neither, so it is refused unread (entity expansion and external entities)", 1, 1);
      }
      return event;
    }

    private void readWorkbook() {
      Map<String, String> ids = new LinkedHashMap<>();
      XMLStreamReader xml = open(WORKBOOK);
      try {
        while (xml.hasNext()) {
          if (next(xml, WORKBOOK) == XMLStreamConstants.START_ELEMENT) {
            if (xml.getLocalName().equals("sheet")) {
              String id = null;
              String name = null;
              for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals("id")) {
                  id = xml.getAttributeValue(i);
                } else if (xml.getAttributeLocalName(i).equals("name")) {
                  name = xml.getAttributeValue(i);
                }
              }
              if (name != null && id != null) {
                ids.put(name, id);
              }
            } else if (xml.getLocalName().equals("workbookPr")) {
              String value = xml.getAttributeValue(null, "date1904");
              date1904 = value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
            }
          }
        }
      } catch (XMLStreamException e) {
        throw broken(WORKBOOK, e);
      }
      Map<String, String> targets = relationships();
      ids.forEach((name, id) -> {
        String target = targets.get(id);
        if (target != null) {
          sheets.put(name, target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
      });
    }

    private Map<String, String> relationships() {
      String entry = "xl/_rels/workbook.xml.rels";
      Map<String, String> targets = new HashMap<>();
      if (!entries.containsKey(entry)) {
        throw notWorkbook(problems, request, "it has no " + entry + " (cut short, or not a workbook)");
      }
      XMLStreamReader xml = open(entry);
      try {
        while (xml.hasNext()) {
          if (next(xml, entry) == XMLStreamConstants.START_ELEMENT
              && xml.getLocalName().equals("Relationship")) {
            targets.put(xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Target"));
          }
        }
      } catch (XMLStreamException e) {
        throw broken(entry, e);
      }
      return targets;
    }

    /** The shared strings, within the limits: total characters and count. */
    private void readStrings() {
      String entry = "xl/sharedStrings.xml";
      if (!entries.containsKey(entry)) {
        return;
      }
      long maxCount = 10L * request.maxRows();
      long maxChars = request.maxFileBytes();
      long chars = 0;
      List<String> list = new ArrayList<>();
      XMLStreamReader xml = open(entry);
      try {
        StringBuilder text = null;
        int depthInPhonetic = 0;
        boolean inText = false;
        while (xml.hasNext()) {
          int event = next(xml, entry);
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("si")) {
              if (list.size() >= maxCount) {
                throw problems.fatal(request.part(), String.format(Locale.ROOT, "the workbook's shared strings"
                    + " number more than %,d, ten for each row %s may have; refused", maxCount, request.part()),
                    1, 1);
              }
              text = new StringBuilder();
            } else if (name.equals("rPh")) {
              depthInPhonetic++;
            } else if (name.equals("t") && depthInPhonetic == 0) {
              inText = true;
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("si") && text != null) {
              list.add(text.toString());
              text = null;
            } else if (name.equals("rPh")) {
              depthInPhonetic--;
            } else if (name.equals("t")) {
              inText = false;
            }
          } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText
              && text != null) {
            int length = xml.getTextLength();
            chars += length;
            if (chars > maxChars) {
              throw problems.fatal(request.part(), String.format(Locale.ROOT, "the workbook's shared strings hold"
                  + " more than %,d characters, the limit for untrusted files, so it is refused%s",
                  maxChars, request.advice("maxFileBytes")), 1, 1);
            }
            text.append(xml.getTextCharacters(), xml.getTextStart(), length);
          }
        }
      } catch (XMLStreamException e) {
        throw broken(entry, e);
      }
      strings = list;
    }

    /** Which cell styles show a number as a date: built-in date formats and custom ones with day, month, year. */
    private void readStyles() {
      String entry = "xl/styles.xml";
      if (!entries.containsKey(entry)) {
        return;
      }
      Map<Integer, String> custom = new HashMap<>();
      XMLStreamReader xml = open(entry);
      try {
        boolean inCellXfs = false;
        while (xml.hasNext()) {
          int event = next(xml, entry);
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("numFmt")) {
              try {
                custom.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
                    String.valueOf(xml.getAttributeValue(null, "formatCode")));
              } catch (NumberFormatException e) {
                // a format without a number cannot be used by a style
              }
            } else if (name.equals("cellXfs")) {
              inCellXfs = true;
            } else if (name.equals("xf") && inCellXfs) {
              if (dateStyles.size() >= MAX_COLUMNS * 4) {
                throw problems.fatal(request.part(), "the workbook's styles.xml has more than "
                    + MAX_COLUMNS * 4 + " cell styles; refused", 1, 1);
              }
              String id = xml.getAttributeValue(null, "numFmtId");
              int format;
              try {
                format = id == null ? 0 : Integer.parseInt(id);
              } catch (NumberFormatException e) {
                format = 0;
              }
              dateStyles.add(isDateFormat(format, custom.get(format)));
            }
          } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
            inCellXfs = false;
          }
        }
      } catch (XMLStreamException e) {
        throw broken(entry, e);
      }
    }

    SourceTable sheet(String wanted) {
      String name = wanted;
      if (name == null) {
        name = sheets.containsKey(request.part()) ? request.part()
            : sheets.size() == 1 ? sheets.keySet().iterator().next() : null;
        if (name == null) {
          throw problems.fatal(request.part(), "the workbook has sheets " + quoted(sheets.keySet())
              + " but none named \"" + request.part() + "\"; name the sheet in the source, such as {file: "
              + request.file().getFileName() + ", sheet: " + request.part() + "}", 1, 1);
        }
      }
      String entry = sheets.get(name);
      if (entry == null) {
        throw problems.fatal(request.part(), "the workbook has no sheet \"" + name + "\""
            + Suggestions.didYouMean(name, new ArrayList<>(sheets.keySet())) + "; its sheets are "
            + quoted(sheets.keySet()), 1, 1);
      }
      if (!entries.containsKey(entry)) {
        throw notWorkbook(problems, request, "its sheet \"" + name + "\" (" + entry + ") is missing");
      }
      readStrings();
      readStyles();
      return new SheetReader(this, name, entry).read();
    }

    private static String quoted(Iterable<String> names) {
      List<String> list = new ArrayList<>();
      names.forEach(n -> list.add("\"" + n + "\""));
      return String.join(", ", list);
    }
  }

  /** Built-in date and time formats (ECMA-376 18.8.30) and custom codes with date or time parts. */
  static boolean isDateFormat(int id, String code) {
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
      return true;
    }
    if (code == null) {
      return false;
    }
    boolean quoted = false;
    int bracket = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        bracket++;
      } else if (c == ']') {
        bracket = Math.max(0, bracket - 1);
      } else if (bracket == 0 && "dmyhsDMYHS".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A serial date: days since the workbook's epoch, with the 1900 system's phantom 29 February 1900. */
  static String date(BigDecimal serial, boolean date1904) {
    long days = serial.longValue();
    BigDecimal fraction = serial.subtract(BigDecimal.valueOf(days));
    LocalDate day;
    if (date1904) {
      day = LocalDate.of(1904, 1, 1).plusDays(days);
    } else {
      day = LocalDate.of(1899, 12, 31).plusDays(days < 60 ? days : days - 1);
    }
    if (fraction.signum() == 0) {
      return day.toString();
    }
    long seconds = fraction.multiply(BigDecimal.valueOf(86_400)).setScale(0, java.math.RoundingMode.HALF_UP)
        .longValue();
    LocalDateTime time = day.atStartOfDay().plusSeconds(seconds);
    return time.withNano(0).toString().length() == 16 ? time + ":00" : time.toString();
  }

  /** Reads one sheet's rows into the shared table. */
  private static final class SheetReader {
    private final Workbook workbook;
    private final String name;
    private final String entry;
    private final SourceRequest request;
    private final HeaderTable table;

    SheetReader(Workbook workbook, String name, String entry) {
      this.workbook = workbook;
      this.name = name;
      this.entry = entry;
      this.request = workbook.request;
      this.table = new HeaderTable(request, "a sheet", "sheet \"" + name + "\"",
          "name the column in the header row, or clear the cell");
    }

    SourceTable read() {
      XMLStreamReader xml = workbook.open(entry);
      try {
        int rowNumber = 0;
        List<SourceTable.Cell> row = null;
        int column = 0;
        String type = null;
        int style = 0;
        StringBuilder value = null;
        boolean inValue = false;
        while (xml.hasNext()) {
          int event = workbook.next(xml, entry);
          if (event == XMLStreamConstants.START_ELEMENT) {
            String local = xml.getLocalName();
            if (local.equals("row")) {
              String r = xml.getAttributeValue(null, "r");
              int number = rowNumber + 1;
              if (r != null) {
                try {
                  number = Integer.parseInt(r.trim());
                } catch (NumberFormatException e) {
                  number = rowNumber + 1;
                }
              }
              rowNumber = Math.max(number, rowNumber + 1);
              row = new ArrayList<>();
              column = 0;
            } else if (local.equals("c") && row != null) {
              String r = xml.getAttributeValue(null, "r");
              int at = r == null ? column + 1 : column(r);
              if (at <= column) {
                at = column + 1;
              }
              if (at > MAX_COLUMNS) {
                throw request.problems().fatal(request.part(), "sheet \"" + name + "\" has a cell beyond column "
                    + letters(MAX_COLUMNS) + " in row " + rowNumber + "; refused", rowNumber, 1);
              }
              column = at;
              type = xml.getAttributeValue(null, "t");
              String s = xml.getAttributeValue(null, "s");
              try {
                style = s == null ? 0 : Integer.parseInt(s);
              } catch (NumberFormatException e) {
                style = 0;
              }
              value = new StringBuilder();
            } else if ((local.equals("v") || local.equals("t")) && value != null) {
              inValue = true;
            }
          } else if (event == XMLStreamConstants.CHARACTERS && inValue && value != null) {
            if (value.length() + xml.getTextLength() > request.maxStringLength() + 1) {
              value.append(xml.getTextCharacters(), xml.getTextStart(),
                  Math.max(0, request.maxStringLength() + 1 - value.length()));
            } else {
              value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            String local = xml.getLocalName();
            if (local.equals("v") || local.equals("t")) {
              inValue = false;
            } else if (local.equals("c") && value != null && row != null) {
              String text = text(type, style, value.toString(), rowNumber, column);
              while (row.size() < column - 1) {
                row.add(new SourceTable.Cell("", rowNumber, row.size() + 1));
              }
              row.add(table.cell(text, rowNumber, column, column));
              value = null;
            } else if (local.equals("row") && row != null) {
              if (row.stream().anyMatch(c -> !c.text().isEmpty())) {
                table.add(row);
              }
              row = null;
            }
          }
        }
      } catch (XMLStreamException e) {
        throw workbook.broken(entry, e);
      }
      return table.table();
    }

    /** A cell's text, as a CSV file would hold it. */
    private String text(String type, int style, String raw, int row, int column) {
      String value = raw.trim();
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          try {
            int index = Integer.parseInt(value);
            if (index >= 0 && index < workbook.strings.size()) {
              return workbook.strings.get(index);
            }
          } catch (NumberFormatException e) {
            // reported below
          }
          problem(row, column, "refers to shared string " + value + ", which the workbook does not have");
          return "";
        }
        case "b" -> {
          return value.equals("1") || value.equalsIgnoreCase("true") ? "true" : value.isEmpty() ? "" : "false";
        }
        case "e" -> {
          problem(row, column, "holds the error " + value + "; correct the formula or type the value");
          return "";
        }
        case "n" -> {
          if (value.isEmpty()) {
            return "";
          }
          BigDecimal number;
          try {
            number = new BigDecimal(value);
          } catch (NumberFormatException e) {
            problem(row, column, "holds \"" + value + "\", which is not a number though the cell says it is");
            return "";
          }
          boolean isDate = style >= 0 && style < workbook.dateStyles.size() && workbook.dateStyles.get(style);
          if (isDate && number.signum() >= 0 && number.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
            return date(number, workbook.date1904);
          }
          String plain = number.stripTrailingZeros().toPlainString();
          return plain.length() > 40 ? value : plain;
        }
        default -> {
          return raw;
        }
      }
    }

    private void problem(int row, int column, String what) {
      request.problems().add("sheet \"" + name + "\", column " + column, "cell " + letters(column) + row + " "
          + what, row, column);
    }
  }
}
