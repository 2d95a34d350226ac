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

  private EstateReader(EstateFormat format, ReadLimits limits) {
    this.format = format;
    this.limits = limits;
    this.reader = reader(format, limits);
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
    return new EstateReader(requireNonNull(format, "format"), ReadLimits.defaults());
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
    return new EstateReader(format, requireNonNull(limits, "limits"));
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
    return parse(reader.bytes(file, problems), problems);
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
    return parse(reader.bytes(in, problems), problems);
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
    return reader.read(text, problems, cursor -> new SourceParser(cursor, limits, problems).read());
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

  private Estate parse(byte[] bytes, Problems problems) throws IOException {
    return reader.read(bytes, problems, cursor -> new SourceParser(cursor, limits, problems).read());
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
