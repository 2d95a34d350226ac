package io.github.accountgovernance.core.files;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The fields of a {@link LocatedNode} mapping in file order, unmodifiable: two arrays, searched one name after
 * another while there are few (an estate's objects have at most about twenty fields), and through a hash index
 * beyond that, so that a hostile mapping of a million fields is still read in linear time. A mapping read from a
 * big file used to be a {@code LinkedHashMap}, whose table and entries were a fifth of the reading's time.
 */
final class Fields extends AbstractMap<String, LocatedNode> {

  /** How many fields are searched one after another; a larger mapping gets a hash index. */
  static final int SCAN = 16;

  private final String[] names;
  private final LocatedNode[] values;
  private final int size;
  /** Each name's position, once there are more than {@link #SCAN} fields; null until then. */
  private final Map<String, Integer> index;

  private Fields(String[] names, LocatedNode[] values, int size, Map<String, Integer> index) {
    this.names = names;
    this.values = values;
    this.size = size;
    this.index = index;
  }

  private int indexOf(Object name) {
    if (index != null) {
      Integer at = index.get(name);
      return at == null ? -1 : at;
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public LocatedNode get(Object name) {
    int at = indexOf(name);
    return at < 0 ? null : values[at];
  }

  @Override
  public boolean containsKey(Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super LocatedNode> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], values[i]);
    }
  }

  @Override
  public Set<Entry<String, LocatedNode>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, LocatedNode>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, LocatedNode> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int at = next++;
            return new SimpleImmutableEntry<>(names[at], values[at]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Collects one mapping's fields as they are read; not thread-safe. */
  static final class Collector {
    private String[] names = new String[8];
    private LocatedNode[] values = new LocatedNode[8];
    private int size;
    private Map<String, Integer> index;

    /** Returns how many fields are collected. */
    int size() {
      return size;
    }

    /** Adds a field, or returns the value first given for its name (and adds nothing). */
    LocatedNode add(String name, LocatedNode value) {
      if (index != null) {
        Integer first = index.putIfAbsent(name, size);
        if (first != null) {
          return values[first];
        }
      } else {
        for (int i = 0; i < size; i++) {
          if (names[i].equals(name)) {
            return values[i];
          }
        }
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      size++;
      if (index == null && size > SCAN) {
        index = new HashMap<>();
        for (int i = 0; i < size; i++) {
          index.put(names[i], i);
        }
      }
      return null;
    }

    /** Returns the fields collected. */
    Map<String, LocatedNode> build() {
      return new Fields(names, values, size, index);
    }
  }
}
