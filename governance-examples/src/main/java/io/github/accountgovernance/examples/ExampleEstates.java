package io.github.accountgovernance.examples;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.model.Estate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The example estates bundled with this module, as YAML resources in the documented estate format.
 *
 * <pre>{@code
 * Estate before = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ExampleEstates {

  /** North Yorkshire Police on 1 March 2021, before consolidation: over 150 accounts. */
  public static final String NORTH_YORKSHIRE_BEFORE = "north-yorkshire-2021-before";

  /** North Yorkshire Police on 6 April 2021: one force account, eight district accounts, recruitment. */
  public static final String NORTH_YORKSHIRE_AFTER = "north-yorkshire-2021-after";

  /**
   * The after estate kept as a force keeps it: CSV registers (accounts, people, access, closure plans) and iCalendar
   * calendars (the rota as recurring events, leave), named in an estate file's {@code sources:} section.
   */
  public static final String NORTH_YORKSHIRE_AFTER_REGISTERS = "north-yorkshire-2021-after-registers";

  /**
   * The after estate with its registers as the sheets of one .xlsx workbook (accounts, people, access, closure
   * plans) and the same iCalendar rota and leave, named in an estate file's {@code sources:} section.
   */
  public static final String NORTH_YORKSHIRE_AFTER_WORKBOOK = "north-yorkshire-2021-after-workbook";

  /** The after estate with handles seen elsewhere, some innocent and some confusable with official ones. */
  public static final String NORTH_YORKSHIRE_LOOKALIKES = "north-yorkshire-2021-lookalikes";

  /** A force that keeps its officers' individual accounts, monitored and signposted, as Northamptonshire chose. */
  public static final String NORTHAMPTONSHIRE_RETAIN = "northamptonshire-2021-retain-individual";

  private static final String FOLDER = "/io/github/accountgovernance/examples/estates/";
  private static final String ESTATE_FILE = "estate.yaml";

  private ExampleEstates() {}

  /**
   * Returns the names of the bundled estates that are present, in a fixed order.
   *
   * @return the names
   */
  public static List<String> names() {
    return List.of(NORTH_YORKSHIRE_BEFORE, NORTH_YORKSHIRE_AFTER, NORTH_YORKSHIRE_AFTER_REGISTERS,
            NORTH_YORKSHIRE_AFTER_WORKBOOK, NORTH_YORKSHIRE_LOOKALIKES, NORTHAMPTONSHIRE_RETAIN)
        .stream()
        .filter(name -> ExampleEstates.class.getResource(resource(name)) != null)
        .toList();
  }

  /** A single-file example is {@code name.yaml}; one kept in registers is a folder with its {@code estate.yaml}. */
  private static String resource(String name) {
    return FOLDER + name + (isFolder(name) ? "/" + ESTATE_FILE : ".yaml");
  }

  private static boolean isFolder(String name) {
    return name.equals(NORTH_YORKSHIRE_AFTER_REGISTERS) || name.equals(NORTH_YORKSHIRE_AFTER_WORKBOOK);
  }

  /**
   * Says in a line what a bundled estate shows.
   *
   * @param name the name, as {@link #names()} lists it
   * @return the description, or an empty text for an unknown name
   * @throws NullPointerException if {@code name} is null
   */
  public static String describe(String name) {
    return switch (requireNonNull(name, "name")) {
      case NORTH_YORKSHIRE_BEFORE ->
          "North Yorkshire Police on 1 March 2021, before consolidation: 154 accounts, many with one monitor";
      case NORTH_YORKSHIRE_AFTER ->
          "North Yorkshire Police on 6 April 2021: force, eight district and recruitment accounts; passes npcc2021";
      case NORTH_YORKSHIRE_AFTER_REGISTERS ->
          "the after estate as CSV registers and iCalendar rota and leave; the same reports as the YAML estate";
      case NORTH_YORKSHIRE_AFTER_WORKBOOK ->
          "the after estate as one .xlsx workbook and iCalendar rota and leave; the same reports as the YAML estate";
      case NORTH_YORKSHIRE_LOOKALIKES ->
          "the after estate with handles seen on X, five of them confusable with official ones (NAM-4)";
      case NORTHAMPTONSHIRE_RETAIN ->
          "a force that keeps officers' own accounts, monitored and signposted; passes retain-individual";
      default -> "";
    };
  }

  /**
   * Finds a bundled estate by name, case-insensitively, with or without the {@code .yaml} ending.
   *
   * @param name the name, such as {@code "north-yorkshire-2021-before"}
   * @return the canonical name, or empty if there is no such example
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<String> find(String name) {
    requireNonNull(name, "name");
    String wanted = name.toLowerCase(Locale.ROOT).replaceFirst("\\.ya?ml$", "");
    return names().stream().filter(wanted::equals).findFirst();
  }

  /**
   * Loads a bundled estate.
   *
   * @param name the name, as {@link #names()} lists it
   * @return the estate
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if there is no such example
   */
  public static Estate load(String name) {
    String canonical =
        find(name)
            .orElseThrow(
                () -> new IllegalArgumentException("no example estate \"" + name + "\"; the examples are " + names()));
    if (isFolder(canonical)) {
      return loadFolder(canonical);
    }
    try (InputStream in = ExampleEstates.class.getResourceAsStream(FOLDER + canonical + ".yaml")) {
      return EstateReader.yaml().read(requireNonNull(in, canonical), canonical + ".yaml");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled example " + canonical, e);
    }
  }

  /**
   * Reads an example kept as a folder of registers, from the class path's folder or from inside the jar, naming
   * its files {@code name/accounts.csv} in problems and reports.
   */
  private static Estate loadFolder(String name) {
    URL url = requireNonNull(ExampleEstates.class.getResource(resource(name)), name);
    try {
      URI uri = url.toURI();
      Path file;
      if (uri.getScheme().equals("jar")) {
        FileSystem jar;
        try {
          jar = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          try {
            jar = FileSystems.newFileSystem(uri, Map.of());
          } catch (FileSystemAlreadyExistsException raced) {
            jar = FileSystems.getFileSystem(uri);
          }
        }
        file = jar.getPath(resource(name));
      } else {
        file = Path.of(uri);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return EstateReader.yaml().withSourceFolder(file.getParent()).read(in, name + "/" + ESTATE_FILE);
      }
    } catch (IOException | URISyntaxException e) {
      throw new UncheckedIOException("cannot read the bundled example " + name,
          e instanceof IOException io ? io : new IOException(e));
    }
  }
}
