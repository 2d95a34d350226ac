package io.github.accountgovernance.core.io;

import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.sources.SourceFormat;
import io.github.accountgovernance.core.sources.SourceRequest;
import io.github.accountgovernance.core.sources.SourceTable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code sources:} section of an estate file: which parts of the estate are read from which files, and the
 * reading of them through the {@link SourceFormat}s found with {@link ServiceLoader}. Each row a format returns
 * is read with the section's own mapping, as an inline entry is; its problems are located in the source file and
 * named by column ({@code accounts.csv:17:5: column "district": …}) or by the row's label
 * ({@code rota.ics:212:1: event UID 8f2…: …}); unknown columns and missing required columns are reported once, at
 * the header.
 */
final class EstateSources {

  /** The artifact whose formats read source files, named when none is on the path. */
  static final String ARTIFACT = "io.github.accountgovernance:governance-sources";

  /** Columns whose cell holds several values (a list in the estate file), separated by these. */
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;|]\\s*");

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");

  private static final List<String> LIST_COLUMNS = List.of("successors", "monitoredHours");

  private static volatile List<SourceFormat> formats;

  /** One part named in the section. */
  private record Source(EstateMappings.Section<?> section, String file, LocatedNode at, LocatedNode options) {}

  private final Path folder;
  /** The folder that problems and locations name source files in: the estate's own name's folder. */
  private final Path shownFolder;
  private final ReadLimits limits;
  private final LocatedReader.Limits fileLimits;
  private final List<Source> sources = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  EstateSources(Path folder, String estateName, ReadLimits limits, LocatedReader.Limits fileLimits) {
    this.folder = folder;
    Path shown = null;
    try {
      shown = Path.of(estateName).getParent();
    } catch (RuntimeException e) {
      // a name that is no path (an upload's label): source files are named as the estate file writes them
    }
    this.shownFolder = shown;
    this.limits = limits;
    this.fileLimits = fileLimits;
  }

  /** Reads the section's entries: {@code part: file} or {@code part: {file: …, options…}}. */
  void declare(LocatedNode node, Problems estateProblems) {
    if (node.isNull() || (node.isText() && node.text().isBlank())) {
      return;
    }
    List<String> parts = new ArrayList<>();
    EstateMappings.SECTIONS.forEach(s -> parts.add(s.name()));
    if (node.kind() != LocatedNode.Kind.MAPPING) {
      estateProblems.add("sources", "expected a mapping of parts of the estate to the files they are read from,"
          + " such as accounts: accounts.csv, but got " + node.describe(), node);
      return;
    }
    for (Map.Entry<String, LocatedNode> entry : node.fields().entrySet()) {
      String part = entry.getKey();
      LocatedNode value = entry.getValue();
      String path = "sources." + part;
      EstateMappings.Section<?> section = EstateMappings.SECTIONS.stream()
          .filter(s -> s.name().equals(part)).findFirst().orElse(null);
      if (section == null) {
        estateProblems.add(path, "unknown part \"" + part + "\"" + Suggestions.didYouMean(part, parts)
            + "; the parts an estate can read from files are " + String.join(", ", parts), value.keyLine(),
            value.keyColumn());
        continue;
      }
      LocatedNode file = value.kind() == LocatedNode.Kind.MAPPING ? value.fields().get("file") : value;
      if (file == null || !file.isText() || file.text().isBlank()) {
        estateProblems.add(value.kind() == LocatedNode.Kind.MAPPING ? path + ".file" : path,
            "expected the name of a file, relative to the estate file, such as " + part + ".csv, or a mapping"
                + " with its file and options, but got " + (file == null ? "no file" : file.describe()),
            file == null ? value : file);
        continue;
      }
      sources.add(new Source(section, file.text().trim(), file,
          value.kind() == LocatedNode.Kind.MAPPING ? value : null));
    }
  }

  boolean isEmpty() {
    return sources.isEmpty();
  }

  /** Reads every source into the decoder, collecting the problems of each file. */
  void read(EstateDecoder decoder, ZoneId zone, Problems estateProblems) {
    for (Source source : sources) {
      if (folder == null) {
        estateProblems.add("sources." + source.section().name(), "source files are found beside the estate file,"
            + " but this estate was not read from a file; read it with EstateReader.read(Path), or give the folder"
            + " with EstateReader.withSourceFolder(Path)", source.at());
        continue;
      }
      try {
        readOne(source, decoder, zone, estateProblems);
      } catch (InvalidFileException e) {
        problems.addAll(e.problems());
      }
    }
  }

  /** Returns the problems of the source files. */
  List<Problem> problems() {
    return problems;
  }

  private <T extends Comparable<? super T>> void readOne(
      Source source, EstateDecoder decoder, ZoneId zone, Problems estateProblems) {
    @SuppressWarnings("unchecked")
    EstateMappings.Section<T> section = (EstateMappings.Section<T>) source.section();
    Path file = folder.resolve(source.file()).normalize();
    String name = (shownFolder == null ? Path.of(source.file()) : shownFolder.resolve(source.file())).normalize()
        .toString();
    SourceFormat format = formatFor(file, section.name());
    if (format == null) {
      estateProblems.add("sources." + section.name(), formats().isEmpty()
          ? "no reader of source files is on the class or module path, so \"" + source.file() + "\" cannot be"
              + " read; add the artifact " + ARTIFACT + " (module io.github.accountgovernance.sources)"
          : "no reader of \"" + source.file() + "\" for " + section.name() + " among " + names()
              + "; name a file with one of their extensions", source.at());
      return;
    }
    Problems fileProblems = new Problems(name, fileLimits, InvalidEstateException::new);
    List<String> columns = section.mapping().fieldNames();
    SourceTable table;
    try {
      table = format.read(new SourceRequest(file, section.name(), columns, source.options(), zone,
          limits.maxFileBytes(), section.limit().applyAsInt(limits), section.limitName(), limits.maxStringLength(),
          fileProblems));
    } catch (IOException e) {
      estateProblems.add("sources." + section.name(), "cannot read \"" + source.file() + "\": "
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage())),
          source.at());
      return;
    }
    Set<String> present = new HashSet<>(columns);
    if (table.hasHeader()) {
      present = header(table, columns, section, fileProblems);
    }
    for (SourceTable.Row row : table.rows()) {
      Problems rowProblems = new Problems(name, fileLimits, InvalidEstateException::new);
      Map<String, LocatedNode> fields = new LinkedHashMap<>();
      row.cells().forEach((column, cell) -> {
        if (columns.contains(column)) {
          fields.put(column, node(name, column, cell));
        }
      });
      Map<String, LocatedNode> ordered = new LinkedHashMap<>();
      columns.forEach(c -> {
        if (fields.containsKey(c)) {
          ordered.put(c, fields.get(c));
        }
      });
      LocatedNode rowNode = LocatedNode.mapping(name, row.line(), row.column(), ordered);
      RowLabel label = new RowLabel(table.where(), row.label());
      decoder.sourced(section, rowNode, label, rowProblems);
      for (Problem problem : rowProblems.list()) {
        String column = column(problem.path());
        if (table.hasHeader() && column != null && !present.contains(column)
            && problem.message().startsWith("missing required field")) {
          continue;
        }
        fileProblems.add(label.path(problem.path()), problem.message(), problem.location().orElseThrow());
      }
    }
    problems.addAll(fileProblems.list());
  }

  /** Checks the header once: unknown columns, repeated ones, and missing required ones. */
  private static Set<String> header(
      SourceTable table, List<String> columns, EstateMappings.Section<?> section, Problems problems) {
    Set<String> present = new HashSet<>();
    List<SourceTable.Cell> header = table.header();
    for (SourceTable.Cell cell : header) {
      String column = cell.text();
      if (column.isEmpty()) {
        continue;
      }
      if (!columns.contains(column)) {
        problems.add(table.within("column \"" + column + "\""), "unknown column \"" + column + "\""
            + Suggestions.didYouMean(column, columns) + "; the columns of " + section.noun() + " are "
            + String.join(", ", columns), cell.line(), cell.column());
      } else if (!present.add(column)) {
        problems.add(table.within("column \"" + column + "\""),
            "column \"" + column + "\" appears more than once; keep one", cell.line(), cell.column());
      }
    }
    List<String> missing = new ArrayList<>();
    for (String required : section.mapping().requiredFieldNames()) {
      if (!present.contains(required)) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      SourceTable.Cell first = header.get(0);
      problems.add(table.within("columns"), (missing.size() == 1
          ? "missing required column \"" + missing.get(0) + "\""
          : "missing required columns \"" + String.join("\", \"", missing) + "\"")
          + "; the columns of " + section.noun() + " are " + String.join(", ", columns), first.line(), 1);
    }
    return present;
  }

  private static LocatedNode node(String source, String column, SourceTable.Cell cell) {
    if (LIST_COLUMNS.contains(column) && !cell.text().equals(EstateNames.ALWAYS)) {
      List<LocatedNode> items = new ArrayList<>();
      for (String part : LIST_SEPARATOR.split(cell.text())) {
        if (!part.isEmpty()) {
          items.add(LocatedNode.text(source, cell.line(), cell.column(), part));
        }
      }
      return LocatedNode.list(source, cell.line(), cell.column(), items);
    }
    // A cell of digits is a number, as a plain YAML scalar is: read as a count, or as text where text is expected.
    return WHOLE_NUMBER.matcher(cell.text()).matches()
        ? LocatedNode.number(source, cell.line(), cell.column(), cell.text())
        : LocatedNode.text(source, cell.line(), cell.column(), cell.text());
  }

  /** The column a row problem's path names: {@code district}, {@code successors[1]}, or none for the row. */
  private static String column(String path) {
    if (path.startsWith("(")) {
      return null;
    }
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '[' || path.charAt(i) == '.') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }

  /**
   * Where a row of a source file is, as its problems name it: the table's place in its file (a workbook's
   * {@code sheet "accounts"}, or nothing) and the row's own label ({@link SourceTable.Row#ROW} for a row of a
   * table, or a label such as {@code event UID nights-0001}).
   */
  record RowLabel(String where, String label) {

    /** The row itself: {@code row}, {@code sheet "accounts", row}, {@code event UID nights-0001}. */
    String row() {
      return where.isEmpty() ? label : where + ", " + label;
    }

    /**
     * A problem's path within the row as users of the source file read it: {@code column "district"}, {@code sheet
     * "accounts", column "district"}, {@code event UID nights-0001, contributor}; the row itself when the path
     * names no column.
     */
    String path(String fieldPath) {
      String column = column(fieldPath);
      if (column == null || column.isEmpty()) {
        return row();
      }
      String named = label.equals(SourceTable.Row.ROW) ? "column \"" + column + "\"" : label + ", " + column;
      return where.isEmpty() ? named : where + ", " + named;
    }
  }

  private static SourceFormat formatFor(Path file, String part) {
    for (SourceFormat format : formats()) {
      if (format.reads(file, part)) {
        return format;
      }
    }
    return null;
  }

  private static String names() {
    List<String> names = new ArrayList<>();
    formats().forEach(f -> names.add(f.name()));
    return String.join(", ", names);
  }

  private static List<SourceFormat> formats() {
    List<SourceFormat> found = formats;
    if (found == null) {
      List<SourceFormat> list = new ArrayList<>();
      ServiceLoader.load(SourceFormat.class, EstateSources.class.getClassLoader()).forEach(list::add);
      if (list.isEmpty()) {
        ServiceLoader.load(SourceFormat.class).forEach(list::add);
      }
      found = List.copyOf(list);
      formats = found;
    }
    return found;
  }

  /** Where a problem about a source's entry in the estate file is, for messages that name it. */
  static SourceLocation at(LocatedNode node) {
    return node.location();
  }
}
