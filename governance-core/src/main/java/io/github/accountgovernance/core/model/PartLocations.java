package io.github.accountgovernance.core.model;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.problem.SourceLocation;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where the parts of an estate were read from: each part (an account, a rota entry, an absence, …) to the file,
 * line and column of its entry, and the first place for a value written twice. A reader builds one as it reads
 * and gives it to the estate's builder ({@code Estate.builder().locations(...)}); {@link Estate#locationOf} answers from it.
 *
 * <p>Kept compact for estates of millions of parts: the parts in one array, their lines and columns packed in
 * another, the few file names once, and an open-addressing table of indices; a {@link SourceLocation} is made only
 * when one is asked for. Locations are not part of an estate's value, and this class has no value equality.
 *
 * <pre>{@code
 * PartLocations.Builder where = PartLocations.builder();
 * where.add(account, new SourceLocation("estate.yaml", 12, 5)); // true: the first place of this account
 * where.build().find(account); // Optional[estate.yaml:12:5]
 * }</pre>
 *
 * <p>Immutable and thread-safe; its builder is neither.
 */
public final class PartLocations {

  private static final PartLocations EMPTY =
      new PartLocations(new String[0], new Object[0], new int[0], null, 0, null, new int[0], 0);

  /** The file names, each once, in the order first given. */
  private final String[] files;
  /** The parts, in the order first added. */
  private final Object[] parts;
  /**
   * Each part's line and column, packed as {@code line << columnBits | column} when the largest line and column
   * fit in 32 bits together (as in all but huge one-line files); null otherwise.
   */
  private final int[] smallPlaces;
  /** How many low bits of a {@link #smallPlaces} entry hold the column. */
  private final int columnBits;
  /** Each part's line and column, packed as {@code line << 32 | column}, where they do not fit in 32 bits. */
  private final long[] places;
  /** Each part's index into {@link #files}; null when every part is in the first file. */
  private final int[] fileOf;
  /** Open addressing by the part's spread hash: the index of a part plus one, or 0 for an empty slot. */
  private final int[] table;
  /** How far a spread hash is shifted right to index {@link #table}: 32 less the table's bits. */
  private final int shift;

  private PartLocations(
      String[] files, Object[] parts, int[] smallPlaces, long[] places, int columnBits, int[] fileOf, int[] table,
      int shift) {
    this.files = files;
    this.parts = parts;
    this.smallPlaces = smallPlaces;
    this.places = places;
    this.columnBits = columnBits;
    this.fileOf = fileOf;
    this.table = table;
    this.shift = shift;
  }

  /**
   * Returns the locations of an estate built in code: none.
   *
   * @return the empty locations
   */
  public static PartLocations empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns where a part was first given, if it was.
   *
   * @param part a part of the estate
   * @return its location, or empty
   * @throws NullPointerException if {@code part} is null
   */
  public Optional<SourceLocation> find(Object part) {
    requireNonNull(part, "part");
    if (parts.length == 0) {
      return Optional.empty();
    }
    int index = indexOf(table, shift, parts, part, part.hashCode());
    if (index < 0) {
      return Optional.empty();
    }
    String file = files[fileOf == null ? 0 : fileOf[index]];
    if (smallPlaces != null) {
      int place = smallPlaces[index];
      return Optional.of(new SourceLocation(file, place >>> columnBits, place & ((1 << columnBits) - 1)));
    }
    long place = places[index];
    return Optional.of(new SourceLocation(file, (int) (place >>> 32), (int) place));
  }

  /**
   * Returns how many parts have a location.
   *
   * @return the count
   */
  public int size() {
    return parts.length;
  }

  /**
   * Tells whether no part has a location, as for an estate built in code.
   *
   * @return whether this is empty
   */
  public boolean isEmpty() {
    return parts.length == 0;
  }

  /** Returns {@code PartLocations[n parts]}: the parts themselves are the estate's to show. */
  @Override
  public String toString() {
    return "PartLocations[" + parts.length + " parts]";
  }

  private static int spread(int hash) {
    return hash * 0x9E37_79B9;
  }

  /** The index of the part equal to {@code part}, or -1. */
  private static int indexOf(int[] table, int shift, Object[] parts, Object part, int hash) {
    int mask = table.length - 1;
    for (int slot = spread(hash) >>> shift; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if (parts[entry - 1].equals(part)) {
        return entry - 1;
      }
    }
  }

  /**
   * A table of {@code 1 << (32 - shift)} slots indexing the parts of a builder's table, whose non-empty slots each
   * hold a part's hash and its index plus one.
   */
  private static int[] table(long[] entries, int shift) {
    int[] slots = new int[1 << (32 - shift)];
    int mask = slots.length - 1;
    for (long entry : entries) {
      if (entry != 0) {
        int slot = spread((int) (entry >>> 32)) >>> shift;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = (int) entry;
      }
    }
    return slots;
  }

  /** Collects the locations of parts as a reader meets them, keeping the first for a part given twice. */
  public static final class Builder {

    private static final int INITIAL_BITS = 6;

    private String[] files = new String[0];
    private Object[] parts = new Object[16];
    private long[] places = new long[16];
    private int[] fileOf;
    /**
     * Open addressing by the part's spread hash, each slot the part's hash and its index plus one (0 for an empty
     * slot), so that a probe reads one slot and {@code equals} is called on equal hashes only. The hashes are kept
     * here only: the table is rebuilt from its own slots, without an array of them all beside it.
     */
    private long[] table = new long[1 << INITIAL_BITS];
    private int shift = 32 - INITIAL_BITS;
    private int size;

    private Builder() {}

    /**
     * Records where a part is, unless an equal part was recorded before.
     *
     * @param part a part of the estate
     * @param at where it was read
     * @return whether this is the part's first location
     * @throws NullPointerException if an argument is null
     */
    public boolean add(Object part, SourceLocation at) {
      requireNonNull(at, "at");
      return add(part, at.file(), at.line(), at.column());
    }

    /**
     * Records where a part is, unless an equal part was recorded before, as {@link #add(Object, SourceLocation)}
     * does, without a {@link SourceLocation} made for it: a reader of a national estate records a million parts.
     *
     * @param part a part of the estate
     * @param file the file it was read from
     * @param line its line
     * @param column its column
     * @return whether this is the part's first location
     * @throws NullPointerException if {@code part} or {@code file} is null
     */
    public boolean add(Object part, String file, int line, int column) {
      requireNonNull(part, "part");
      requireNonNull(file, "file");
      int hash = part.hashCode();
      int mask = table.length - 1;
      int slot = spread(hash) >>> shift;
      for (long entry = table[slot]; entry != 0; entry = table[slot]) {
        if ((int) (entry >>> 32) == hash && parts[(int) entry - 1].equals(part)) {
          return false;
        }
        slot = (slot + 1) & mask;
      }
      if (size == parts.length) {
        int capacity = size * 2;
        parts = Arrays.copyOf(parts, capacity);
        places = Arrays.copyOf(places, capacity);
        if (fileOf != null) {
          fileOf = Arrays.copyOf(fileOf, capacity);
        }
      }
      int fileIndex = fileIndex(file);
      if (fileIndex != 0 && fileOf == null) {
        fileOf = new int[parts.length];
      }
      parts[size] = part;
      places[size] = ((long) line << 32) | (column & 0xFFFF_FFFFL);
      if (fileOf != null) {
        fileOf[size] = fileIndex;
      }
      size++;
      table[slot] = ((long) hash << 32) | size;
      // Filled to three quarters: a probe reads neighbouring slots of one array, which is cheap, and a smaller
      // table halves what its growth allocates (a national estate records a million parts).
      if (size * 4L > table.length * 3L) {
        rehash();
      }
      return true;
    }

    private int fileIndex(String file) {
      for (int i = files.length - 1; i >= 0; i--) {
        if (files[i] == file || files[i].equals(file)) {
          return i;
        }
      }
      files = Arrays.copyOf(files, files.length + 1);
      files[files.length - 1] = file;
      return files.length - 1;
    }

    private void rehash() {
      long[] old = table;
      shift--;
      table = new long[old.length * 2];
      int mask = table.length - 1;
      for (long entry : old) {
        if (entry != 0) {
          int slot = spread((int) (entry >>> 32)) >>> shift;
          while (table[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          table[slot] = entry;
        }
      }
    }

    /**
     * Returns the locations recorded so far; the builder may go on recording for another.
     *
     * @return the locations
     */
    public PartLocations build() {
      if (size == 0) {
        return EMPTY;
      }
      // Built, the table is only looked up in, for a few parts: it keeps indices only, and may be fuller than while
      // parts are added.
      int tableShift = shift;
      while (tableShift < 31 && size * 4L <= (1L << (32 - tableShift)) * 3L / 2) {
        tableShift++;
      }
      int maxLine = 0;
      int maxColumn = 0;
      for (int i = 0; i < size; i++) {
        maxLine |= (int) (places[i] >>> 32);
        maxColumn |= (int) places[i];
      }
      int columnBits = 32 - Integer.numberOfLeadingZeros(maxColumn);
      boolean small = maxLine >= 0 && maxColumn >= 0 && columnBits + 32 - Integer.numberOfLeadingZeros(maxLine) <= 32
          && columnBits < 32;
      int[] smallPlaces = null;
      if (small) {
        smallPlaces = new int[size];
        for (int i = 0; i < size; i++) {
          smallPlaces[i] = (int) (places[i] >>> 32) << columnBits | (int) places[i];
        }
      }
      return new PartLocations(
          files.clone(),
          Arrays.copyOf(parts, size),
          smallPlaces,
          small ? null : Arrays.copyOf(places, size),
          columnBits,
          fileOf == null ? null : Arrays.copyOf(fileOf, size),
          table(table, tableShift),
          tableShift);
    }
  }
}
