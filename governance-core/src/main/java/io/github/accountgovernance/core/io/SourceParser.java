package io.github.accountgovernance.core.io;

import com.fasterxml.jackson.core.JsonToken;
import io.github.accountgovernance.core.files.FileKind;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.model.Estate;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Walks the top of one estate file with the shared {@link LocatedReader.Cursor}: the top-level mapping field by
 * field, each big list one entry at a time, handing each entry as a small located tree to the
 * {@link EstateDecoder}. Enforces the per-list {@link ReadLimits}; the cursor enforces the others.
 */
final class SourceParser {

  private final LocatedReader.Cursor cursor;
  private final ReadLimits limits;
  private final Problems problems;
  private final EstateDecoder decoder;
  private final Estate base;

  private static final Map<String, EstateMappings.Section<?>> SECTIONS = sections();

  SourceParser(LocatedReader.Cursor cursor, ReadLimits limits, Problems problems) {
    this(cursor, limits, problems, null, null);
  }

  /** With {@code sources}, reads an estate file that may name source files (its {@code sources:} section). */
  SourceParser(LocatedReader.Cursor cursor, ReadLimits limits, Problems problems, EstateSources sources) {
    this(cursor, limits, problems, null, sources);
  }

  /** With a {@code base} estate, reads an overlay of it: {@code format} and {@code closurePlans} only. */
  SourceParser(LocatedReader.Cursor cursor, ReadLimits limits, Problems problems, Estate base) {
    this(cursor, limits, problems, base, null);
  }

  private SourceParser(
      LocatedReader.Cursor cursor, ReadLimits limits, Problems problems, Estate base, EstateSources sources) {
    this.cursor = cursor;
    this.limits = limits;
    this.problems = problems;
    this.decoder = new EstateDecoder(problems, sources);
    this.base = base;
  }

  private static Map<String, EstateMappings.Section<?>> sections() {
    Map<String, EstateMappings.Section<?>> sections = new HashMap<>();
    EstateMappings.SECTIONS.forEach(section -> sections.put(section.name(), section));
    return Map.copyOf(sections);
  }

  Estate read() throws IOException {
    JsonToken token = cursor.next();
    if (token == null) {
      throw problems.fatal(
          "estate", "the file is empty; an estate file starts with " + FileKind.KEY + ": " + EstateNames.FORMAT, 1, 1);
    }
    int topLine = cursor.line();
    int topColumn = cursor.column();
    if (token != JsonToken.START_OBJECT) {
      LocatedNode node = cursor.value(token, 1, "estate");
      throw problems.fatal(
          "estate",
          "an estate file is a mapping with the fields " + String.join(", ", EstateMappings.TOP) + ", but this file"
              + " holds " + node.describe(),
          node.line(),
          node.column());
    }
    Map<String, Integer> seen = new HashMap<>();
    while ((token = cursor.next()) == JsonToken.FIELD_NAME) {
      String key = cursor.fieldName();
      int keyLine = cursor.line();
      int keyColumn = cursor.column();
      token = cursor.next();
      Integer first = seen.putIfAbsent(key, keyLine);
      if (first != null) {
        problems.add(key, "field \"" + key + "\" appears more than once in the estate (first at line " + first
            + "); keep one", keyLine, keyColumn);
        cursor.skip();
        continue;
      }
      if (base != null && !EstateNames.OVERLAY_TOP.contains(key) && !key.equals(FileKind.ALIAS)) {
        problems.add(
            key,
            (EstateMappings.TOP.contains(key)
                    ? "\"" + key + "\" belongs in the estate file, not in an overlay"
                    : "unknown field \"" + key + "\"" + Suggestions.didYouMean(key, EstateNames.OVERLAY_TOP))
                + "; an overlay holds only the fields " + String.join(", ", EstateNames.OVERLAY_TOP),
            keyLine,
            keyColumn);
        cursor.skip();
        continue;
      }
      switch (key) {
        case FileKind.KEY:
        case FileKind.ALIAS:
          decoder.schema(key, cursor.value(token, 2, key), keyLine, keyColumn);
          break;
        case "force":
          decoder.force(cursor.value(token, 2, key));
          break;
        case "asOf":
          decoder.asOf(cursor.value(token, 2, key));
          break;
        case EstateMappings.PLATFORMS:
          decoder.platforms(cursor.value(token, 2, key));
          break;
        case EstateNames.SOURCES:
          decoder.sources(cursor.value(token, 4, key));
          break;
        default:
          EstateMappings.Section<?> section = SECTIONS.get(key);
          if (section != null) {
            readSection(token, section);
          } else {
            problems.add(
                key,
                "unknown field \"" + key + "\"" + Suggestions.didYouMean(key, EstateMappings.KNOWN)
                    + "; the top-level fields of an estate file are " + String.join(", ", EstateMappings.TOP),
                keyLine,
                keyColumn);
            cursor.skip();
          }
      }
    }
    cursor.end();
    return base == null ? decoder.estate(topLine, topColumn) : decoder.overlay(base, topLine, topColumn);
  }

  private <T extends Comparable<? super T>> void readSection(JsonToken first, EstateMappings.Section<T> section)
      throws IOException {
    JsonToken token = first;
    String key = section.name();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_ARRAY) {
      LocatedNode node = cursor.value(token, 2, key);
      problems.add(key, "expected a list of " + section.noun() + ", but got " + node.describe(), node);
      return;
    }
    decoder.locations().section(key, cursor.line(), cursor.column());
    int limit = section.limit().applyAsInt(limits);
    int index = 0;
    while ((token = cursor.next()) != JsonToken.END_ARRAY) {
      if (index >= limit) {
        throw problems.fatal(
            key + "[" + index + "]",
            key + " has more than " + String.format(Locale.ROOT, "%,d", limit) + " entries, the limit for"
                + " untrusted files" + cursor.limits().advice(section.limitName()),
            cursor.line(),
            cursor.column());
      }
      decoder.entry(section, cursor.entry(token, 3, key, index), index);
      index++;
    }
  }
}
