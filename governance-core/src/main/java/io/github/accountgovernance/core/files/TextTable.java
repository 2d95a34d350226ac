package io.github.accountgovernance.core.files;

import java.util.Arrays;

/**
 * The texts a reading met last, found again from the parser's characters without making a string: a big file
 * repeats the same ids, dates, windows and enum spellings in thousands of entries, and a string made for each was
 * the largest part of what reading one allocated. A direct-mapped cache by hash code (a text replaces the one in
 * its slot) whose characters sit in one array, small enough to stay in the processor's cache: a table of every
 * text of a national estate, most of them instants met once, was slower to search than making the strings.
 *
 * <p>Not thread-safe: it serves one reading.
 */
final class TextTable {

  /** The longest text looked up; a longer one is made each time. */
  static final int LONGEST = 32;

  /** The slots of a table for a small file, and for a big one. */
  static final int SMALL = 1 << 12;
  static final int BIG = 1 << 14;

  /** How many characters a file has from which on it is big. */
  static final long BIG_FILE = 1L << 24;

  private final int slots;
  private final String[] texts;
  /** Each slot's text's hash code and length. */
  private final long[] keys;
  /** Each slot's text as characters, {@link #LONGEST} to a slot, compared without reading the string. */
  private final char[] characters;

  /**
   * A table for a file of that many characters (or bytes): a big file (a national estate, whose absences alone
   * write twenty thousand instants) gets four times the slots, for a megabyte of characters.
   */
  TextTable(long fileSize) {
    this.slots = fileSize >= BIG_FILE ? BIG : SMALL;
    this.texts = new String[slots];
    this.keys = new long[slots];
    this.characters = new char[slots * LONGEST];
  }

  /** Returns the text of {@code length} characters at {@code offset}: the one met last in its slot, if equal. */
  String text(char[] chars, int offset, int length) {
    if (length > LONGEST) {
      return new String(chars, offset, length);
    }
    int hash = length;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 12)) & (slots - 1);
    int from = slot * LONGEST;
    long key = ((long) hash << 32) | length;
    String text = texts[slot];
    if (text != null && keys[slot] == key
        && Arrays.equals(characters, from, from + length, chars, offset, offset + length)) {
      return text;
    }
    String made = new String(chars, offset, length);
    texts[slot] = made;
    keys[slot] = key;
    System.arraycopy(chars, offset, characters, from, length);
    return made;
  }
}
