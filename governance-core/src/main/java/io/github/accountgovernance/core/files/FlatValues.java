package io.github.accountgovernance.core.files;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of one read (a whole small file, or one entry of a big list) as flat arrays in file order, one slot
 * per value: its kind, where it starts, where its field name is written, its field name and its text. A value's
 * descendants follow it, up to {@link #end}. {@link LocatedReader.Cursor} fills them token by token, reusing the
 * arrays from one entry to the next, so that an entry read costs no object per token; {@link #node} makes the
 * {@link LocatedNode} tree that the same tokens made before, when one is needed.
 *
 * <p>Each fill starts a new {@link #generation()}: a {@linkplain LocatedNode#view() view} of an entry checks it,
 * so that a view kept after its entry is refused rather than read with the next entry's values.
 *
 * <p>Not thread-safe: it serves one reading.
 */
final class FlatValues {

  private static final LocatedNode.Kind[] KINDS = LocatedNode.Kind.values();

  private final String source;
  private int size;
  private int generation;
  private byte[] kinds = new byte[32];
  /** Whether a field repeats an earlier name in its mapping, and so is left out of the mapping's fields. */
  private boolean[] repeated = new boolean[32];
  /** Line and column of the value, packed; then of its field name (or of the value itself), packed. */
  private long[] places = new long[64];
  private int[] ends = new int[32];
  private String[] names = new String[32];
  private String[] texts = new String[32];

  /** Scratch slots for the reading of one entry's fields. */
  private int[] scratch = new int[16];

  FlatValues(String source) {
    this.source = source;
  }

  /** The last trial reading made, which reports nothing and so can serve every entry of its kind. */
  private ObjectFields trial;

  /** Returns a {@linkplain ObjectFields#trial trial reading} of an object, the last one if it fits. */
  ObjectFields trial(String what, Problems problems) {
    if (trial == null || !trial.what().equals(what) || trial.problems() != problems) {
      trial = ObjectFields.trial(what, problems);
    }
    return trial;
  }

  /** Returns {@code count} scratch slots, each -1; reused by the next call. */
  int[] scratch(int count) {
    if (scratch.length < count) {
      scratch = new int[count];
    }
    Arrays.fill(scratch, 0, count, -1);
    return scratch;
  }

  /** Forgets the values read, starting a new generation. */
  void clear() {
    size = 0;
    generation++;
  }

  int generation() {
    return generation;
  }

  String source() {
    return source;
  }

  /** Returns a view of the mapping at a slot, or if the value is no mapping, its tree. */
  LocatedNode entry(int at) {
    return kind(at) == LocatedNode.Kind.MAPPING ? new LocatedNode(this, at) : node(at);
  }

  /** Adds a value (its descendants follow) and returns its slot. */
  int add(LocatedNode.Kind kind, int line, int column, int keyLine, int keyColumn, String name) {
    if (size == kinds.length) {
      int grown = size * 2;
      kinds = Arrays.copyOf(kinds, grown);
      repeated = Arrays.copyOf(repeated, grown);
      places = Arrays.copyOf(places, grown * 2);
      ends = Arrays.copyOf(ends, grown);
      names = Arrays.copyOf(names, grown);
      texts = Arrays.copyOf(texts, grown);
    }
    int at = size++;
    kinds[at] = (byte) kind.ordinal();
    repeated[at] = false;
    places[2 * at] = pack(line, column);
    places[2 * at + 1] = pack(keyLine, keyColumn);
    ends[at] = size;
    names[at] = name;
    texts[at] = "";
    return at;
  }

  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFF_FFFFL);
  }

  void text(int at, String text) {
    texts[at] = text;
  }

  /** Marks where a mapping's or list's descendants end: the values added since it. */
  void close(int at) {
    ends[at] = size;
  }

  void repeat(int at) {
    repeated[at] = true;
  }

  LocatedNode.Kind kind(int at) {
    return KINDS[kinds[at]];
  }

  int line(int at) {
    return (int) (places[2 * at] >>> 32);
  }

  int column(int at) {
    return (int) places[2 * at];
  }

  int keyLine(int at) {
    return (int) (places[2 * at + 1] >>> 32);
  }

  int keyColumn(int at) {
    return (int) places[2 * at + 1];
  }

  String name(int at) {
    return names[at];
  }

  String text(int at) {
    return texts[at];
  }

  boolean repeated(int at) {
    return repeated[at];
  }

  /** The slot after the value's last descendant: its next sibling's, if it has one. */
  int end(int at) {
    return ends[at];
  }

  /** Finds a mapping's field by name (the first, if the name repeats), or -1. */
  int field(int mapping, String name) {
    for (int c = mapping + 1; c < ends[mapping]; c = ends[c]) {
      if (!repeated[c] && name.equals(names[c])) {
        return c;
      }
    }
    return -1;
  }

  /** Counts a mapping's fields or a list's items. */
  int count(int at) {
    int count = 0;
    for (int c = at + 1; c < ends[at]; c = ends[c]) {
      if (!repeated[c]) {
        count++;
      }
    }
    return count;
  }

  /** Makes the tree of the value at a slot, as it was made before values were read flat. */
  LocatedNode node(int at) {
    LocatedNode.Kind kind = kind(at);
    switch (kind) {
      case MAPPING:
        {
          Fields.Collector fields = new Fields.Collector();
          for (int c = at + 1; c < ends[at]; c = ends[c]) {
            if (!repeated[c]) {
              fields.add(names[c], node(c));
            }
          }
          return new LocatedNode(kind, source, line(at), column(at), keyLine(at), keyColumn(at), "",
              fields.build(), List.of());
        }
      case LIST:
        {
          List<LocatedNode> items = new ArrayList<>();
          for (int c = at + 1; c < ends[at]; c = ends[c]) {
            items.add(node(c));
          }
          return new LocatedNode(kind, source, line(at), column(at), keyLine(at), keyColumn(at), "", Map.of(),
              Collections.unmodifiableList(items));
        }
      default:
        return new LocatedNode(kind, source, line(at), column(at), keyLine(at), keyColumn(at), texts[at], Map.of(),
            List.of());
    }
  }

  /**
   * The fields of a mapping read flat, as a map whose values are made when asked for: a reader that wants two of
   * an entry's twenty fields makes two nodes.
   */
  static final class View extends AbstractMap<String, LocatedNode> {
    private final FlatValues values;
    private final int at;
    private final int generation;

    View(FlatValues values, int at) {
      this.values = values;
      this.at = at;
      this.generation = values.generation;
    }

    FlatValues flat() {
      return values;
    }

    int slot() {
      return at;
    }

    /** Returns this view, refusing it once the reader has moved on to the next entry, whose values replace its own. */
    View checked() {
      if (values.generation != generation) {
        throw new IllegalStateException("a node of one entry of a big list was read after the reader moved on to the"
            + " next entry; take what is needed from it while the entry is read");
      }
      return this;
    }

    @Override
    public LocatedNode get(Object name) {
      checked();
      if (!(name instanceof String)) {
        return null;
      }
      int found = values.field(at, (String) name);
      return found < 0 ? null : values.node(found);
    }

    @Override
    public boolean containsKey(Object name) {
      checked();
      return name instanceof String && values.field(at, (String) name) >= 0;
    }

    @Override
    public int size() {
      checked();
      return values.count(at);
    }

    @Override
    public Set<Entry<String, LocatedNode>> entrySet() {
      checked();
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, LocatedNode>> iterator() {
          return new Iterator<>() {
            private int next = skip(at + 1);

            private int skip(int from) {
              int c = from;
              while (c < values.end(at) && values.repeated(c)) {
                c = values.end(c);
              }
              return c;
            }

            @Override
            public boolean hasNext() {
              return next < values.end(at);
            }

            @Override
            public Entry<String, LocatedNode> next() {
              checked();
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              int c = next;
              next = skip(values.end(c));
              return new SimpleImmutableEntry<>(values.name(c), values.node(c));
            }
          };
        }

        @Override
        public int size() {
          return View.this.size();
        }
      };
    }
  }
}
