package io.github.accountgovernance.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.EstateProblem;
import io.github.accountgovernance.core.model.InvalidEstateException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

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
  private final JsonFactory factory;

  private EstateReader(EstateFormat format, ReadLimits limits) {
    this.format = format;
    this.limits = limits;
    this.factory = factory(format, limits);
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
    String source = file.toString();
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw tooBig(source, String.format(Locale.ROOT, "%,d bytes", size));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    }
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
    byte[] bytes = readBounded(in, sourceName);
    return parse(factory.createParser(bytes), sourceName);
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
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      if (text.length() + (long) n > limits.maxFileBytes()) {
        throw tooBig(sourceName, "more than " + String.format(Locale.ROOT, "%,d", limits.maxFileBytes())
            + " characters");
      }
      text.append(buffer, 0, n);
    }
    return parse(factory.createParser(text.toString()), sourceName);
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

  private Estate parse(JsonParser parser, String sourceName) throws IOException {
    try (JsonParser p = parser) {
      return new SourceParser(p, limits, new Problems(sourceName, limits.maxProblems())).read();
    }
  }

  private byte[] readBounded(InputStream in, String sourceName) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      if (bytes.size() + (long) n > limits.maxFileBytes()) {
        throw tooBig(sourceName, "more than " + String.format(Locale.ROOT, "%,d", limits.maxFileBytes()) + " bytes");
      }
      bytes.write(buffer, 0, n);
    }
    return bytes.toByteArray();
  }

  private InvalidEstateException tooBig(String sourceName, String size) {
    return new InvalidEstateException(
        List.of(
            EstateProblem.at(
                    "estate",
                    "the file has " + size + ", more than the limit of "
                        + String.format(Locale.ROOT, "%,d", limits.maxFileBytes()) + " bytes for untrusted files"
                        + " (ReadLimits.maxFileBytes); if the file is trusted, raise it with"
                        + " ReadLimits.builder().maxFileBytes(...)")
                .withLocation(new EstateProblem.SourceLocation(sourceName, 1, 1))));
  }

  private static JsonFactory factory(EstateFormat format, ReadLimits limits) {
    // Jackson's own constraints sit just above ours, so that our messages (which name the ReadLimits setting)
    // win, while Jackson's still guard what we skip without reading (unknown fields).
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth() + 1)
            .maxStringLength(limits.maxStringLength() + 1)
            .maxNumberLength(100)
            .maxDocumentLength(limits.maxFileBytes() + 1)
            .build();
    if (format == EstateFormat.JSON) {
      return JsonFactory.builder().streamReadConstraints(constraints).build();
    }
    LoaderOptions loader = new LoaderOptions();
    // The YAML parser reports aliases without expanding them, and SourceParser refuses them; these are the
    // YAML library's own guards, set to agree with ours.
    loader.setMaxAliasesForCollections(0);
    loader.setAllowRecursiveKeys(false);
    loader.setNestingDepthLimit(limits.maxNestingDepth() + 1);
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1));
    return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
  }
}
