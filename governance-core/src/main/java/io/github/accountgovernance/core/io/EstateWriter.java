package io.github.accountgovernance.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.Output;
import io.github.accountgovernance.core.files.Syntax;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Writes an {@link Estate} as a YAML or JSON estate file that {@link EstateReader} reads back to an equal
 * estate.
 *
 * <p>Output is deterministic: the same estate gives the same bytes, whatever order it was built in, on any
 * platform (fields in a fixed order, lists in the estate's canonical order, {@code \n} line ends, UTF-8).
 * Optional fields that are empty, and fields at their default, are left out.
 *
 * <pre>{@code
 * EstateWriter.yaml().write(estate, Path.of("estate.yaml"));
 * String json = EstateWriter.json().writeToString(estate);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EstateWriter {

  private final EstateFormat format;

  private EstateWriter(EstateFormat format) {
    this.format = format;
  }

  /**
   * Returns a writer of YAML estate files.
   *
   * @return the writer
   */
  public static EstateWriter yaml() {
    return new EstateWriter(EstateFormat.YAML);
  }

  /**
   * Returns a writer of JSON estate files.
   *
   * @return the writer
   */
  public static EstateWriter json() {
    return new EstateWriter(EstateFormat.JSON);
  }

  /**
   * Returns a writer of the given format.
   *
   * @param format the format
   * @return the writer
   * @throws NullPointerException if {@code format} is null
   */
  public static EstateWriter of(EstateFormat format) {
    return new EstateWriter(requireNonNull(format, "format"));
  }

  /**
   * Returns a writer of the format the file's name says ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @param file the file whose name decides
   * @return the writer
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if the extension is none of those
   */
  public static EstateWriter forFile(Path file) {
    return of(EstateFormat.of(file));
  }

  /**
   * Returns the format this writer writes.
   *
   * @return the format
   */
  public EstateFormat format() {
    return format;
  }

  /**
   * Writes the estate to a file, replacing it if it exists.
   *
   * @param estate the estate
   * @param file the file
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be written
   */
  public void write(Estate estate, Path file) throws IOException {
    requireNonNull(estate, "estate");
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(estate, out);
    }
  }

  /**
   * Writes the estate as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param estate the estate
   * @param out the stream
   * @throws NullPointerException if an argument is null
   * @throws IOException if the stream cannot be written
   */
  public void write(Estate estate, OutputStream out) throws IOException {
    requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(estate, writer);
  }

  /**
   * Writes the estate as text, which is flushed but not closed.
   *
   * @param estate the estate
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if the text cannot be written
   */
  public void write(Estate estate, Writer out) throws IOException {
    requireNonNull(estate, "estate");
    requireNonNull(out, "out");
    try (JsonGenerator generator = generator(out)) {
      new EstateEncoder(generator).write(estate);
    }
    if (format == EstateFormat.JSON) {
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Returns the estate file as a string.
   *
   * @param estate the estate
   * @return the file's text
   * @throws NullPointerException if {@code estate} is null
   */
  public String writeToString(Estate estate) {
    StringWriter text = new StringWriter();
    try {
      write(estate, text);
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to be written", e);
    }
    return text.toString();
  }

  /**
   * Returns the estate file as UTF-8 bytes.
   *
   * @param estate the estate
   * @return the file's bytes
   * @throws NullPointerException if {@code estate} is null
   */
  public byte[] toBytes(Estate estate) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(estate, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("an array cannot fail to be written", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes an overlay file: {@code format} and the closure plans, by account, which
   * {@link EstateReader#readOverlay(Estate, Path)} applies to an estate. The format is described in
   * {@code docs/overlay-format.md}. Deterministic like estate files.
   *
   * <pre>{@code
   * EstateWriter.yaml().writeOverlay(List.of(plan), Path.of("plan.yaml"));
   * }</pre>
   *
   * @param plans the closure plans; at most one per account (reading the overlay refuses two)
   * @param file the file, replaced if it exists
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be written
   */
  public void writeOverlay(Collection<ClosurePlan> plans, Path file) throws IOException {
    requireNonNull(plans, "plans");
    requireNonNull(file, "file");
    try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
      writeOverlay(plans, out);
    }
  }

  /**
   * Writes an overlay file as text, which is flushed but not closed; see {@link #writeOverlay(Collection, Path)}.
   *
   * @param plans the closure plans
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if the text cannot be written
   */
  public void writeOverlay(Collection<ClosurePlan> plans, Writer out) throws IOException {
    requireNonNull(plans, "plans");
    requireNonNull(out, "out");
    List<ClosurePlan> sorted = new ArrayList<>(plans);
    sorted.forEach(plan -> requireNonNull(plan, "plans contains null"));
    Collections.sort(sorted);
    try (JsonGenerator generator = generator(out)) {
      new EstateEncoder(generator).writeOverlay(sorted);
    }
    if (format == EstateFormat.JSON) {
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Returns an overlay file as a string; see {@link #writeOverlay(Collection, Path)}.
   *
   * @param plans the closure plans
   * @return the file's text
   * @throws NullPointerException if {@code plans} is null
   */
  public String overlayToString(Collection<ClosurePlan> plans) {
    StringWriter text = new StringWriter();
    try {
      writeOverlay(plans, text);
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to be written", e);
    }
    return text.toString();
  }

  private JsonGenerator generator(Writer out) throws IOException {
    return Output.generator(out, format == EstateFormat.JSON ? Syntax.JSON : Syntax.YAML);
  }
}
