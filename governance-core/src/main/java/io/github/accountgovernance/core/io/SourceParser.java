package io.github.accountgovernance.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.accountgovernance.core.internal.Suggestions;
import io.github.accountgovernance.core.model.Estate;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.ObjIntConsumer;

/**
 * Streams one file's tokens: the top-level mapping field by field, each big list one entry at a time, turning
 * each entry into a small located {@link Node} tree for the {@link EstateDecoder}. Enforces the nesting,
 * text-length and list-size {@link ReadLimits} and refuses YAML aliases.
 */
final class SourceParser {

  private final JsonParser parser;
  private final ReadLimits limits;
  private final Problems problems;
  private final EstateDecoder decoder;

  SourceParser(JsonParser parser, ReadLimits limits, Problems problems) {
    this.parser = parser;
    this.limits = limits;
    this.problems = problems;
    this.decoder = new EstateDecoder(problems);
  }

  Estate read() throws IOException {
    try {
      return readTop();
    } catch (StreamConstraintsException e) {
      throw limitProblem(e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw problems.fatal(
          "estate",
          "the file is not valid " + (parser instanceof YAMLParser ? "YAML" : "JSON") + ": "
              + firstLine(e.getOriginalMessage()),
          at == null ? 1 : Math.max(1, at.getLineNr()),
          at == null ? 1 : Math.max(1, at.getColumnNr()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private RuntimeException limitProblem(StreamConstraintsException e) {
    JsonLocation at = parser.currentLocation();
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String text;
    if (message.contains("NestingDepth")) {
      text = nestingMessage();
    } else if (message.contains("StringLength")) {
      text = stringMessage();
    } else {
      text = "the file exceeds a reading limit (" + firstLine(message) + ")";
    }
    return problems.fatal("estate", text, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  private String nestingMessage() {
    return "values nest more than " + limits.maxNestingDepth() + " levels deep, the limit for untrusted files"
        + " (ReadLimits.maxNestingDepth); an estate file needs 5";
  }

  private String stringMessage() {
    return "a text is longer than " + limits.maxStringLength() + " characters, the limit for untrusted files"
        + " (ReadLimits.maxStringLength); if the file is trusted, raise it with"
        + " ReadLimits.builder().maxStringLength(...)";
  }

  private Estate readTop() throws IOException {
    JsonToken token = next();
    if (token == null) {
      throw problems.fatal(
          "estate", "the file is empty; an estate file starts with format: " + EstateNames.FORMAT, 1, 1);
    }
    int topLine = line();
    int topColumn = column();
    if (token != JsonToken.START_OBJECT) {
      Node node = readValue(token, 1, "estate");
      throw problems.fatal(
          "estate",
          "an estate file is a mapping with the fields " + String.join(", ", EstateNames.TOP) + ", but this file"
              + " holds " + node.describe(),
          node.line,
          node.column);
    }
    Set<String> seen = new HashSet<>();
    while ((token = next()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line();
      int keyColumn = column();
      token = next();
      if (!seen.add(key)) {
        problems.add(key, "field \"" + key + "\" appears more than once; keep one", keyLine, keyColumn);
        parser.skipChildren();
        continue;
      }
      switch (key) {
        case "format":
          decoder.format(readValue(token, 2, key));
          break;
        case "force":
          decoder.force(readValue(token, 2, key));
          break;
        case "asOf":
          decoder.asOf(readValue(token, 2, key));
          break;
        case "accounts":
          readSection(token, key, "accounts", limits.maxAccounts(), "maxAccounts", decoder::account);
          break;
        case "contributors":
          readSection(
              token, key, "contributors", limits.maxContributors(), "maxContributors", decoder::contributor);
          break;
        case "grants":
          readSection(token, key, "access grants", limits.maxGrants(), "maxGrants", decoder::grant);
          break;
        case "rota":
          readSection(token, key, "rota entries", limits.maxRotaEntries(), "maxRotaEntries", decoder::rota);
          break;
        case "absences":
          readSection(token, key, "absences", limits.maxAbsences(), "maxAbsences", decoder::absence);
          break;
        case "closurePlans":
          readSection(token, key, "closure plans", limits.maxEntries(), "maxEntries", decoder::closurePlan);
          break;
        case "posts":
          readSection(token, key, "sampled posts", limits.maxPosts(), "maxPosts", decoder::post);
          break;
        case "observedHandles":
          readSection(
              token, key, "observed handles", limits.maxEntries(), "maxEntries", decoder::observedHandle);
          break;
        default:
          problems.add(
              key,
              "unknown field \"" + key + "\"" + Suggestions.didYouMean(key, EstateNames.TOP)
                  + "; the top-level fields of an estate file are " + String.join(", ", EstateNames.TOP),
              keyLine,
              keyColumn);
          parser.skipChildren();
      }
    }
    token = next();
    if (token != null) {
      problems.add(
          "estate",
          "the file goes on after the estate ends; an estate file holds exactly one "
              + (parser instanceof YAMLParser ? "YAML document" : "JSON object"),
          line(),
          column());
    }
    return decoder.estate(topLine, topColumn);
  }

  private void readSection(
      JsonToken token, String key, String noun, int limit, String limitName, ObjIntConsumer<Node> decode)
      throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_ARRAY) {
      Node node = readValue(token, 2, key);
      problems.add(key, "expected a list of " + noun + ", but got " + node.describe(), node.line, node.column);
      return;
    }
    decoder.locations().section(key, line(), column());
    int index = 0;
    while ((token = next()) != JsonToken.END_ARRAY) {
      if (index >= limit) {
        throw problems.fatal(
            key + "[" + index + "]",
            key + " has more than " + String.format(Locale.ROOT, "%,d", limit) + " entries, the limit for"
                + " untrusted files (ReadLimits." + limitName + "); if the file is trusted, raise it with"
                + " ReadLimits.builder()." + limitName + "(...)",
            line(),
            column());
      }
      String path = key + "[" + index + "]";
      decode.accept(readValue(token, 3, path), index);
      index++;
    }
  }

  /**
   * Reads the value starting at {@code token} as a tree, {@code depth} levels below the top; {@code path} is the
   * entry being read, named in limit messages (building a path per value would cost more than the reading).
   */
  private Node readValue(JsonToken token, int depth, String path) throws IOException {
    int line = line();
    int column = column();
    if (depth > limits.maxNestingDepth()) {
      throw problems.fatal(path, nestingMessage(), line, column);
    }
    switch (token) {
      case START_OBJECT:
        {
          Node.Mapping mapping = new Node.Mapping(line, column);
          int entries = 0;
          while ((token = next()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int keyLine = line();
            int keyColumn = column();
            if (++entries > limits.maxEntries()) {
              throw problems.fatal(path, tooMany("a mapping"), keyLine, keyColumn);
            }
            Node value = readValue(next(), depth + 1, path);
            mapping.put(new Node.Field(name, keyLine, keyColumn, value));
          }
          return mapping;
        }
      case START_ARRAY:
        {
          Node.Sequence sequence = new Node.Sequence(line, column);
          while ((token = next()) != JsonToken.END_ARRAY) {
            if (sequence.items.size() >= limits.maxEntries()) {
              throw problems.fatal(path, tooMany("a list"), line(), column());
            }
            sequence.items.add(readValue(token, depth + 1, path));
          }
          return sequence;
        }
      default:
        String text = parser.getText();
        if (text != null && text.length() > limits.maxStringLength()) {
          throw problems.fatal(path, stringMessage(), line, column);
        }
        return new Node.Scalar(line, column, token, text);
    }
  }

  private String tooMany(String what) {
    return what + " here has more than " + String.format(Locale.ROOT, "%,d", limits.maxEntries())
        + " entries, the limit for untrusted files (ReadLimits.maxEntries); if the file is trusted, raise it with"
        + " ReadLimits.builder().maxEntries(...)";
  }

  private JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
      throw problems.fatal(
          "estate",
          "YAML aliases (*" + parser.getText() + ") are not allowed in estate files, because a few lines of"
              + " aliases can expand to billions of values; write the value out in full",
          line(),
          column());
    }
    return token;
  }

  private int line() {
    return Math.max(1, parser.currentTokenLocation().getLineNr());
  }

  private int column() {
    return Math.max(1, parser.currentTokenLocation().getColumnNr());
  }
}
