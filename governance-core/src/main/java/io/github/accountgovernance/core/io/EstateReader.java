package io.github.accountgovernance.core.io;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.files.Syntax;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.InvalidEstateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;

/**
 * Reads an {@link Estate} from a YAML or JSON estate file (the format is described in
 * {@code docs/estate-format.md}).
 *
 * <p>Reading collects <em>every</em> problem in the file in one pass: unknown fields (with a "did you mean"
 * hint), missing required fields, values of the wrong type, unknown enum values (listing the allowed ones),
 * malformed dates, instants, weekly windows and handles, objects the model rejects, and finally the references
 * that do not resolve. They are thrown together as one {@link InvalidEstateException} whose problems each carry
 * the file, line, column and path, such as {@code estate.yaml:41:15: accounts[3].handle: …}. Malformed syntax,
 * and a file that exceeds a {@link ReadLimits limit}, are reported as a single problem.
 *
 * <pre>{@code
 * Estate estate = EstateReader.yaml().read(Path.of("north-yorkshire.yaml"));
 * Estate fromJson = EstateReader.json().withLimits(ReadLimits.builder().maxRotaEntries(5_000_000).build())
 *     .read(inputStream, "upload.json");
 * }</pre>
 *
 * <p>Immutable and thread-safe: one reader may read many files at once.
 */
public final class EstateReader {

  private final EstateFormat format;
  private final ReadLimits limits;
  private final LocatedReader reader;
  /** The folder that the source files of an estate read from a stream or text are found in; may be null. */
  private final Path sourceFolder;

  private EstateReader(EstateFormat format, ReadLimits limits, Path sourceFolder) {
    this.format = format;
    this.limits = limits;
    this.reader = reader(format, limits);
    this.sourceFolder = sourceFolder;
  }

  /**
   * Returns a reader of YAML estate files with the default limits.
   *
   * @return the reader
   */
  public static EstateReader yaml() {
    return of(EstateFormat.YAML);
  }

  /**
   * Returns a reader of JSON estate files with the default limits.
   *
   * @return the reader
   */
  public static EstateReader json() {
    return of(EstateFormat.JSON);
  }

  /**
   * Returns a reader of the given format with the default limits.
   *
   * @param format the format
   * @return the reader
   * @throws NullPointerException if {@code format} is null
   */
  public static EstateReader of(EstateFormat format) {
    return new EstateReader(requireNonNull(format, "format"), ReadLimits.defaults(), null);
  }

  /**
   * Returns a reader of the format its file name says ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @param file the file whose name decides
   * @return the reader
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if the extension is none of those
   */
  public static EstateReader forFile(Path file) {
    return of(EstateFormat.of(file));
  }

  /**
   * Returns a reader like this one with other limits.
   *
   * @param limits the limits
   * @return the reader
   * @throws NullPointerException if {@code limits} is null
   */
  public EstateReader withLimits(ReadLimits limits) {
    return new EstateReader(format, requireNonNull(limits, "limits"), sourceFolder);
  }

  /**
   * Returns a reader like this one that finds the source files named in the {@code sources:} section of an
   * estate read from a stream or text in {@code folder}. An estate read from a file finds them beside the file,
   * whatever this says.
   *
   * @param folder the folder
   * @return the reader
   * @throws NullPointerException if {@code folder} is null
   */
  public EstateReader withSourceFolder(Path folder) {
    return new EstateReader(format, limits, requireNonNull(folder, "folder"));
  }

  /**
   * Returns the format this reader reads.
   *
   * @return the format
   */
  public EstateFormat format() {
    return format;
  }

  /**
   * Returns the limits this reader enforces.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads an estate file; its path, as given, names the file in problems. A file larger than
   * {@link ReadLimits#maxFileBytes()} is refused before it is read.
   *
   * @param file the file
   * @return the estate
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read
   * @throws InvalidEstateException listing every problem in the file
   */
  public Estate read(Path file) throws IOException {
    requireNonNull(file, "file");
    Problems problems = problems(file.toString());
    Path folder = file.getParent() == null ? Path.of("") : file.getParent();
    return reader.read(file, problems,
        cursor -> new SourceParser(cursor, limits, problems, sources(folder, file.toString())).read());
  }

  /**
   * Reads an estate from bytes (UTF-8, or UTF-16/32 with a byte-order mark for JSON); the stream is read to its
   * end but not closed.
   *
   * @param in the bytes
   * @param sourceName the name that problems give the source, such as an uploaded file's name
   * @return the estate
   * @throws NullPointerException if an argument is null
   * @throws IOException if the stream cannot be read
   * @throws InvalidEstateException listing every problem in the file
   */
  public Estate read(InputStream in, String sourceName) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    Problems problems = problems(sourceName);
    return parse(reader.bytes(in, problems), problems, sourceFolder, sourceName);
  }

  /**
   * Reads an estate from text; the reader is read to its end but not closed.
   *
   * @param in the text
   * @param sourceName the name that problems give the source
   * @return the estate
   * @throws NullPointerException if an argument is null
   * @throws IOException if the text cannot be read
   * @throws InvalidEstateException listing every problem in the file
   */
  public Estate read(Reader in, String sourceName) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    Problems problems = problems(sourceName);
    String text = reader.text(in, problems);
    return reader.read(text, problems,
        cursor -> new SourceParser(cursor, limits, problems, sources(sourceFolder, sourceName)).read());
  }

  /**
   * Reads an estate from a string holding a whole file.
   *
   * @param content the file's content
   * @param sourceName the name that problems give the source
   * @return the estate
   * @throws NullPointerException if an argument is null
   * @throws InvalidEstateException listing every problem in the file
   */
  public Estate read(String content, String sourceName) {
    requireNonNull(content, "content");
    requireNonNull(sourceName, "sourceName");
    try {
      return read(new StringReader(content), sourceName);
    } catch (IOException e) {
      throw new IllegalStateException("a string cannot fail to be read", e);
    }
  }

  /**
   * Reads an overlay file and applies it to {@code base}. An overlay is a fragment of an estate file that holds
   * only {@code format} and {@code closurePlans} (the format is described in {@code docs/overlay-format.md}); each
   * of its plans replaces the base's plan for the same account, or adds one. Its problems are reported like an
   * estate file's, located in the overlay: a field an overlay may not hold, a malformed plan, and a plan whose
   * account or successor the base does not have ({@code plan.yaml:7:9: closurePlans[0].successors[1]: unknown
   * account "yrok-x" (did you mean "york-x"?)}).
   *
   * <pre>{@code
   * Estate estate = EstateFiles.read(Path.of("estate.yaml"));
   * Estate planned = EstateReader.yaml().readOverlay(estate, Path.of("plan.yaml"));
   * }</pre>
   *
   * @param base the estate the overlay applies to
   * @param file the overlay file
   * @return the base estate with the overlay's closure plans
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be read
   * @throws InvalidEstateException listing every problem in the overlay
   */
  public Estate readOverlay(Estate base, Path file) throws IOException {
    requireNonNull(base, "base");
    requireNonNull(file, "file");
    Problems problems = problems(file.toString());
    return reader.read(
        reader.bytes(file, problems), problems, cursor -> new SourceParser(cursor, limits, problems, base).read());
  }

  /**
   * Reads an overlay from a string holding a whole file and applies it to {@code base}, as
   * {@link #readOverlay(Estate, Path)} does.
   *
   * @param base the estate the overlay applies to
   * @param content the overlay file's content
   * @param sourceName the name that problems give the source
   * @return the base estate with the overlay's closure plans
   * @throws NullPointerException if an argument is null
   * @throws InvalidEstateException listing every problem in the overlay
   */
  public Estate readOverlay(Estate base, String content, String sourceName) {
    requireNonNull(base, "base");
    requireNonNull(content, "content");
    requireNonNull(sourceName, "sourceName");
    Problems problems = problems(sourceName);
    try {
      String text = reader.text(new StringReader(content), problems);
      return reader.read(text, problems, cursor -> new SourceParser(cursor, limits, problems, base).read());
    } catch (IOException e) {
      throw new IllegalStateException("a string cannot fail to be read", e);
    }
  }

  private Estate parse(byte[] bytes, Problems problems, Path folder, String name) throws IOException {
    return reader.read(bytes, problems, cursor -> new SourceParser(cursor, limits, problems, sources(folder, name))
        .read());
  }

  private EstateSources sources(Path folder, String estateName) {
    return new EstateSources(folder, estateName, limits, reader.limits());
  }

  private Problems problems(String sourceName) {
    return new Problems(sourceName, reader.limits(), InvalidEstateException::new);
  }

  private static LocatedReader reader(EstateFormat format, ReadLimits limits) {
    return LocatedReader.of(
        format == EstateFormat.JSON ? Syntax.JSON : Syntax.YAML,
        new LocatedReader.Limits(
            limits.maxFileBytes(),
            limits.maxNestingDepth(),
            limits.maxStringLength(),
            limits.maxEntries(),
            limits.maxProblems(),
            limits::advice,
            "; an estate file needs 5"),
        "estate");
  }
}
