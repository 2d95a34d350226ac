package io.github.accountgovernance.examples;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.naming.Lookalike;
import io.github.accountgovernance.rules.naming.LookalikeIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An example estate file that a generator writes: its name, the header comment that says what in it is public
 * fact and what is fictional, and the estate. The committed file must be exactly {@link #text()}, so neither the
 * generator nor the file can change without the other.
 *
 * <p>To regenerate every generated file after changing a generator, run from the repository root:
 *
 * <pre>
 * ./mvnw -q -o -pl governance-core,governance-rules,governance-examples test -Dmaven.javadoc.skip \
 *     -Dtest=GeneratedEstateFilesTest -DregenerateEstates=true
 * </pre>
 */
final class GeneratedEstate {

  /** Where the example estates live, relative to the governance-examples module. */
  static final Path SOURCE_DIRECTORY =
      Path.of("src", "main", "resources", "io", "github", "accountgovernance", "examples", "estates");

  /** The command that rewrites the committed files from the generators. */
  static final String REGENERATE =
      "./mvnw -q -o -pl governance-core,governance-rules,governance-examples test -Dmaven.javadoc.skip"
          + " -Dtest=GeneratedEstateFilesTest -DregenerateEstates=true";

  private final String fileName;
  private final String header;
  private final Supplier<Estate> estate;

  private GeneratedEstate(String fileName, String header, Supplier<Estate> estate) {
    this.fileName = requireNonNull(fileName, "fileName");
    this.header = requireNonNull(header, "header");
    this.estate = requireNonNull(estate, "estate");
  }

  /**
   * Describes a generated file.
   *
   * @param fileName the file's name in the estates directory
   * @param header the comment lines, without {@code #}
   * @param estate builds the estate, deterministically
   */
  static GeneratedEstate of(String fileName, List<String> header, Supplier<Estate> estate) {
    StringBuilder text = new StringBuilder();
    for (String line : header) {
      text.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    return new GeneratedEstate(fileName, text.toString(), estate);
  }

  String fileName() {
    return fileName;
  }

  Estate estate() {
    return estate.get();
  }

  /** The whole file: the header comment, then the estate as the YAML writer writes it. */
  String text() {
    return header + EstateWriter.yaml().writeToString(estate());
  }

  /** Writes the file into the estates directory under {@code moduleDirectory}. */
  Path writeInto(Path moduleDirectory) throws IOException {
    Path file = moduleDirectory.resolve(SOURCE_DIRECTORY).resolve(fileName);
    Files.writeString(file, text(), StandardCharsets.UTF_8);
    return file;
  }

  /** The committed file's text, as it is on the classpath. */
  String committedText() {
    try (InputStream in = GeneratedEstate.class.getResourceAsStream("estates/" + fileName)) {
      if (in == null) {
        throw new IllegalStateException("no resource estates/" + fileName + "; generate it with " + REGENERATE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the committed file as an estate. */
  static Estate read(String fileName) {
    try (InputStream in = GeneratedEstate.class.getResourceAsStream("estates/" + fileName)) {
      if (in == null) {
        throw new IllegalStateException("no resource estates/" + fileName);
      }
      return EstateReader.yaml().read(in, fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the generated files given on the command line (all of them when none is given) into the module
   * directory, which is the working directory unless the system property {@code examples.module} says otherwise.
   */
  static void main(List<GeneratedEstate> all, String[] args) throws IOException {
    Path module = Path.of(System.getProperty("examples.module", "."));
    Set<String> wanted = Set.of(args);
    for (GeneratedEstate generated : all) {
      if (wanted.isEmpty() || wanted.contains(generated.fileName())) {
        System.out.println("wrote " + generated.writeInto(module));
      }
    }
  }

  // ------------------------------------------------------------------------------------------- rota helpers

  /**
   * One weekly rota slot per window for the contributor on the account, from {@code from} until
   * {@code until} (exclusive), or open-ended when {@code until} is null.
   */
  static List<RotaAssignment> slots(
      String contributor, String account, List<WeeklyWindow> windows, LocalDate from, LocalDate until) {
    List<RotaAssignment> slots = new ArrayList<>();
    for (WeeklyWindow window : windows) {
      RotaAssignment.Builder slot =
          RotaAssignment.builder().contributor(contributor).account(account).weeklyWindow(window).validFrom(from);
      if (until != null) {
        slot.validUntil(until);
      }
      slots.add(slot.build());
    }
    return slots;
  }

  /**
   * Fails if two of the handles are confusable (NAM-4): the examples are about coverage and closure, and a
   * generated handle that happened to look like another would add findings nobody meant.
   */
  static void requireNoLookalikes(List<Handle> officialHandles) {
    List<Lookalike> found = LookalikeIndex.of(officialHandles).findAllLookalikes(officialHandles);
    if (!found.isEmpty()) {
      throw new IllegalStateException("generated handles look alike: " + found);
    }
  }

  /** The same local hours on each of the given days, such as Mon to Fri 08:00-16:00. */
  static List<WeeklyWindow> on(Set<DayOfWeek> days, String from, String to) {
    List<WeeklyWindow> windows = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (days.contains(day)) {
        windows.add(WeeklyWindow.of(day, LocalTime.parse(from), LocalTime.parse(to)));
      }
    }
    return windows;
  }

  /** Monday to Friday. */
  static final Set<DayOfWeek> WEEKDAYS =
      Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

  /** Every day of the week. */
  static final Set<DayOfWeek> EVERY_DAY = Set.of(DayOfWeek.values());

  /** The days from {@code first} to {@code last}, wrapping past Sunday. */
  static Set<DayOfWeek> days(DayOfWeek first, DayOfWeek last) {
    List<DayOfWeek> days = new ArrayList<>();
    for (DayOfWeek day = first; ; day = day.plus(1)) {
      days.add(day);
      if (day == last) {
        return Set.copyOf(days);
      }
    }
  }
}
