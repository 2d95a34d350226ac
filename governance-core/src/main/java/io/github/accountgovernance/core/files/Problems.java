package io.github.accountgovernance.core.files;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The problems found in one file, each with its path, file, line and column, collected so that one reading
 * reports them all. A problem that makes further reading pointless (bad syntax, a limit reached, a YAML alias)
 * is {@linkplain #fatal fatal}: it is thrown at once, alone. Reading also stops, with what it has found, once
 * {@link LocatedReader.Limits#maxProblems()} problems are collected; the exception then starts with a note that
 * says so ({@link Problem#stoppedReading}).
 *
 * <p>Whoever reads the file chooses the exception: an {@link InvalidFileException} that names the kind of file,
 * or a subclass of it ({@code InvalidEstateException::new} for estates).
 *
 * <pre>{@code
 * Problems problems = new Problems("waivers.yaml", limits, list -> new InvalidFileException("waiver file", list));
 * problems.add("waivers[0].expires", "expected a date such as 2021-06-30 (year-month-day), but got \"soon\"", node);
 * problems.throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe: one instance serves one reading.
 */
public final class Problems {

  private final String source;
  private final LocatedReader.Limits limits;
  private final Function<List<Problem>, ? extends RuntimeException> exception;
  private final List<Problem> problems = new ArrayList<>();
  /**
   * The values this reading has returned, each kept once, by open addressing on {@link #canonicalHashes}: a
   * national estate's read meets millions of ids, dates and windows, so no map entry per value; made when first
   * needed.
   */
  private Object[] canonical;
  /** The hash of each value in {@link #canonical}, compared before {@code equals}. */
  private int[] canonicalHashes;
  /** How many values {@link #canonical} holds. */
  private int canonicalCount;

  /**
   * Creates an empty collection for one file.
   *
   * @param source the file's name, as problems give it
   * @param limits the limits, of which {@code maxProblems} applies here
   * @param exception makes the exception thrown with the problems
   * @throws NullPointerException if an argument is null
   */
  public Problems(
      String source,
      LocatedReader.Limits limits,
      Function<List<Problem>, ? extends RuntimeException> exception) {
    this.source = requireNonNull(source, "source");
    this.limits = requireNonNull(limits, "limits");
    this.exception = requireNonNull(exception, "exception");
  }

  /** Returns the first value equal to {@code value} that this reading has canonicalised, or {@code value}. */
  @SuppressWarnings("unchecked") // an equal value is of the same type for the values read (texts, dates)
  <V> V canonical(V value) {
    if (canonical == null) {
      canonical = new Object[256];
      canonicalHashes = new int[256];
    }
    int hash = value.hashCode();
    int mask = canonical.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      Object first = canonical[slot];
      if (first == null) {
        canonical[slot] = value;
        canonicalHashes[slot] = hash;
        if (++canonicalCount * 2 > canonical.length) {
          growCanonical();
        }
        return value;
      }
      if (canonicalHashes[slot] == hash && first.equals(value)) {
        return (V) first;
      }
    }
  }

  /**
   * How many texts {@link #remembered} holds at first and at most: direct-mapped, the last text met in its slot;
   * a reading that keeps meeting texts it does not remember (a national estate's absences write twenty thousand
   * instants) gets twice the slots, afresh, after missing four times as many texts as it has slots.
   */
  private static final int REMEMBERED = 1 << 10;
  private static final int MOST_REMEMBERED = 1 << 16;

  /** How many texts were remembered since the memory was last made. */
  private int rememberedSince;

  /** The texts whose values this reading remembers, by slot; made when first needed. */
  private String[] rememberedTexts;
  /** Each remembered text's reader and kind, an object identifying both. */
  private Object[] rememberedKeys;
  private Object[] rememberedValues;

  /**
   * Returns the value {@code key} read from {@code text} last, if this reading remembers it, or null. The text is
   * found by its hash, which a string keeps: the reader gives a text met again as the same string, mostly.
   */
  Object remembered(Object key, String text) {
    if (rememberedTexts == null) {
      return null;
    }
    int slot = rememberedSlot(key, text);
    String known = rememberedTexts[slot];
    return known != null && rememberedKeys[slot] == key && (known == text || known.equals(text))
        ? rememberedValues[slot]
        : null;
  }

  /** Remembers the value {@code key} read from {@code text}, in place of whatever its slot held. */
  void remember(Object key, String text, Object value) {
    if (rememberedTexts == null
        || ++rememberedSince > 4 * rememberedTexts.length && rememberedTexts.length < MOST_REMEMBERED) {
      int slots = rememberedTexts == null ? REMEMBERED : 2 * rememberedTexts.length;
      rememberedTexts = new String[slots];
      rememberedKeys = new Object[slots];
      rememberedValues = new Object[slots];
      rememberedSince = 0;
    }
    int slot = rememberedSlot(key, text);
    rememberedTexts[slot] = text;
    rememberedKeys[slot] = key;
    rememberedValues[slot] = value;
  }

  private int rememberedSlot(Object key, String text) {
    return spread(text.hashCode() + System.identityHashCode(key)) & (rememberedTexts.length - 1);
  }

  /** Spreads a hash over the bits that index the table, the high ones included. */
  private static int spread(int hash) {
    int h = hash * 0x9E37_79B9;
    return h ^ (h >>> 16);
  }

  private void growCanonical() {
    Object[] values = canonical;
    int[] hashes = canonicalHashes;
    canonical = new Object[values.length * 2];
    canonicalHashes = new int[values.length * 2];
    int mask = canonical.length - 1;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        int slot = spread(hashes[i]) & mask;
        while (canonical[slot] != null) {
          slot = (slot + 1) & mask;
        }
        canonical[slot] = values[i];
        canonicalHashes[slot] = hashes[i];
      }
    }
  }

  /**
   * Returns the file's name.
   *
   * @return the name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the limits the file is read under, whose {@link LocatedReader.Limits#advice advice} a message about
   * an exceeded limit ends with.
   *
   * @return the limits
   */
  public LocatedReader.Limits limits() {
    return limits;
  }

  /**
   * Returns a place in the file.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the location
   */
  public SourceLocation location(int line, int column) {
    return new SourceLocation(source, line, column);
  }

  /**
   * Records a problem at a line and column.
   *
   * @param path where in the document, such as {@code accounts[3].tier}
   * @param message what is wrong
   * @param line the line
   * @param column the column
   * @throws RuntimeException the chosen exception, once the problems reach the limit
   */
  public void add(String path, String message, int line, int column) {
    add(path, message, location(line, column));
  }

  /**
   * Records a problem where a node starts.
   *
   * @param path where in the document
   * @param message what is wrong
   * @param at the node
   * @throws RuntimeException the chosen exception, once the problems reach the limit
   */
  public void add(String path, String message, LocatedNode at) {
    add(path, message, at.line(), at.column());
  }

  /**
   * Records a problem at a location.
   *
   * @param path where in the document
   * @param message what is wrong
   * @param at where in the file
   * @throws RuntimeException the chosen exception, once the problems reach the limit
   */
  public void add(String path, String message, SourceLocation at) {
    problems.add(Problem.at(path, message).withLocation(at));
    if (problems.size() >= limits.maxProblems()) {
      List<Problem> all = new ArrayList<>(problems);
      all.add(Problem.stoppedReading(problems.size(), limits.advice("maxProblems"), at));
      throw exception.apply(all);
    }
  }

  /**
   * Throws at once with only this problem: what follows it in the file cannot be read reliably.
   *
   * @param path where in the document
   * @param message what is wrong
   * @param line the line
   * @param column the column
   * @return never; declared so that callers can write {@code throw problems.fatal(...)}
   * @throws RuntimeException the chosen exception, always
   */
  public RuntimeException fatal(String path, String message, int line, int column) {
    throw exception.apply(List.of(Problem.at(path, message).withLocation(location(line, column))));
  }

  /**
   * Throws the chosen exception with every problem recorded, if there is any.
   *
   * @throws RuntimeException the chosen exception, if any problem was recorded
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw exception.apply(list());
    }
  }

  /**
   * Tells whether nothing has been recorded.
   *
   * @return whether there are no problems
   */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * Returns how many problems have been recorded, so that a reader can tell whether a part added any.
   *
   * @return the count
   */
  public int size() {
    return problems.size();
  }

  /**
   * Returns the problems recorded so far, in the order found.
   *
   * @return a copy of the problems
   */
  public List<Problem> list() {
    return List.copyOf(problems);
  }
}
