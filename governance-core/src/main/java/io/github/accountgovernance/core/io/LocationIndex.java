package io.github.accountgovernance.core.io;

import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.problem.SourceLocation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things were in the file, so that problems found later by {@code Estate.build()} (paths such as
 * {@code accounts[12].district}) can be given a line and column. Large lists keep packed {@code long}
 * positions in arrays rather than a map entry per path, so a two-million-entry rota costs a few bytes per
 * entry; only the fields that the estate's reference checks can name are kept.
 */
final class LocationIndex {

  private static final Pattern ELEMENT_REFERENCE =
      Pattern.compile("\\b(accounts|contributors|closurePlans)\\[\\d+]");

  private static final Pattern ELEMENT_PATH = Pattern.compile("([A-Za-z]+)\\[(\\d+)](?:\\.([A-Za-z]+))?(.*)");

  private final Problems problems;
  private final Map<String, Section> sections = new HashMap<>();
  /** The name of the section last asked for, by identity, and that section. */
  private String lastName;
  private Section lastSection;
  private final Map<String, Long> paths = new HashMap<>();
  /** Entries read from source files, by path such as {@code accounts[16]}: where they and their fields are. */
  private final Map<String, Sourced> sourced = new HashMap<>();

  /** An entry read from a source file: what problems call its row, where it starts, where its fields are. */
  private record Sourced(EstateSources.RowLabel label, SourceLocation at, Map<String, SourceLocation> fields) {}

  LocationIndex(Problems problems) {
    this.problems = problems;
  }

  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFF_FFFFL);
  }

  void path(String path, LocatedNode node) {
    paths.put(path, pack(node.line(), node.column()));
  }

  void section(String name, int line, int column) {
    sections.computeIfAbsent(name, n -> new Section()).start = pack(line, column);
  }

  void element(String section, int index, LocatedNode node) {
    Section s = sectionNamed(section);
    s.elements = Section.set(s.elements, index, pack(node.line(), node.column()));
  }

  /** Remembers where a field of an entry starts, packed as {@link #pack} does. */
  void field(String section, int index, String field, long start) {
    Section s = sectionNamed(section);
    long[] positions = s.fields.get(field);
    long[] set = Section.set(positions, index, start);
    if (set != positions) {
      s.fields.put(field, set);
    }
  }

  /** The section of that name, the last one asked for remembered: entries come a section at a time. */
  private Section sectionNamed(String name) {
    if (name != lastName) {
      lastSection = sections.computeIfAbsent(name, n -> new Section());
      lastName = name;
    }
    return lastSection;
  }

  void sourced(String path, EstateSources.RowLabel label, SourceLocation at, Map<String, SourceLocation> fields) {
    sourced.put(path, new Sourced(label, at, Map.copyOf(fields)));
  }

  /**
   * Locates a problem the estate found, by its path: in the estate file, or in the source file its entry was read
   * from (then named as that file names it, {@code column "district"}); and an entry the message refers to
   * ({@code already used by accounts[3]}) is given its place too, so that both places of a repeated id are named.
   */
  Problem locate(Problem problem) {
    Matcher m = ELEMENT_PATH.matcher(problem.path());
    Sourced entry = m.matches() ? sourced.get(m.group(1) + "[" + m.group(2) + "]") : null;
    Matcher other = ELEMENT_REFERENCE.matcher(problem.message());
    StringBuilder named = new StringBuilder();
    while (other.find()) {
      String place = entry != null || sourced.containsKey(other.group()) ? " (" + place(other.group()) + ")" : "";
      other.appendReplacement(named, Matcher.quoteReplacement(other.group() + place));
    }
    other.appendTail(named);
    if (entry != null) {
      String field = m.group(3);
      SourceLocation at = field == null ? entry.at : entry.fields.getOrDefault(field, entry.at);
      String path = field == null ? entry.label.row() : entry.label.path(field);
      return Problem.at(path, named.toString()).withLocation(at);
    }
    return Problem.at(problem.path(), named.toString()).withLocation(find(problem.path()));
  }

  private String place(String element) {
    Sourced entry = sourced.get(element);
    SourceLocation at = entry != null ? entry.at : find(element);
    return at.file() + ":" + at.line();
  }

  /** Finds the closest recorded place for a path, falling back to its element, its list, then the file's top. */
  SourceLocation find(String path) {
    Long exact = paths.get(path);
    if (exact != null) {
      return unpack(exact);
    }
    Matcher m = ELEMENT_PATH.matcher(path);
    if (m.matches()) {
      Section s = sections.get(m.group(1));
      if (s != null) {
        int index = parseIndex(m.group(2));
        long found = m.group(3) == null ? 0 : Section.get(s.fields.get(m.group(3)), index);
        if (found == 0) {
          found = Section.get(s.elements, index);
        }
        if (found == 0) {
          found = s.start;
        }
        if (found != 0) {
          return unpack(found);
        }
      }
    }
    for (String prefix = path; prefix.contains("."); prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
      Long near = paths.get(prefix.substring(0, prefix.lastIndexOf('.')));
      if (near != null) {
        return unpack(near);
      }
    }
    return problems.location(1, 1);
  }

  private static int parseIndex(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private SourceLocation unpack(long packed) {
    return problems.location((int) (packed >>> 32), (int) packed);
  }

  private static final class Section {
    long start;
    long[] elements;
    final Map<String, long[]> fields = new HashMap<>();

    static long[] set(long[] array, int index, long value) {
      long[] result = array == null ? new long[Math.max(16, index + 1)] : array;
      if (index >= result.length) {
        result = Arrays.copyOf(result, Math.max(index + 1, result.length * 2));
      }
      result[index] = value;
      return result;
    }

    static long get(long[] array, int index) {
      return array == null || index < 0 || index >= array.length ? 0 : array[index];
    }
  }
}
