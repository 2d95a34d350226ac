package io.github.accountgovernance.core.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns the YAML and JSON parsers' syntax errors into one problem a person can act on: the parser's real
 * problem (not only what it was doing, such as "while parsing a block collection"), at the real place (where the
 * problem is, not where the last good token was), in plain words with what to do.
 *
 * <p>SnakeYAML reports a problem and a context, each with its own mark; Jackson wraps it and locates it at the
 * last token it returned, so the marks are taken from SnakeYAML's exception. Jackson's JSON messages are
 * matched by their wording. Anything not recognised keeps the parser's own first line.
 */
final class SyntaxErrors {

  /** One syntax error, worded and located. */
  record Described(String message, int line, int column) {}

  private static final Pattern CHARACTER = Pattern.compile("found character '(.+)' that cannot start any token.*");
  private static final Pattern EXPECTED_FOUND = Pattern.compile("expected (.+), but (?:found|got) '?(.*?)'?");
  private static final Pattern JSON_UNEXPECTED =
      Pattern.compile("Unexpected character \\('(.+)' \\(code (\\d+)\\)\\)(?: in numeric value)?: (.*)");
  private static final Pattern JSON_TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '([^']*)'.*");
  private static final Pattern JSON_CLOSE =
      Pattern.compile("Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at .*line: (\\d+),"
          + " column: (\\d+)\\]\\)");
  private static final Pattern JSON_EOF_MARKER =
      Pattern.compile("Unexpected end-of-input: expected close marker for (Object|Array) .*line: (\\d+), column:"
          + " (\\d+)\\]\\)");
  private static final Pattern JSON_CONTROL =
      Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
  private static final Pattern JSON_ESCAPE = Pattern.compile("Unrecognized character escape '(.+)' \\(code \\d+\\)");

  private SyntaxErrors() {}

  /**
   * Describes a YAML error: a {@link MarkedYAMLException} (possibly wrapped by Jackson), a {@link ReaderException}
   * (a character YAML does not allow), or anything else the YAML parser throws.
   */
  static Described yaml(Throwable error, Supplier<String> text) {
    Throwable cause = error;
    while (cause != null && !(cause instanceof MarkedYAMLException) && !(cause instanceof ReaderException)) {
      cause = cause.getCause();
    }
    if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return marked(marked);
    }
    if (cause instanceof ReaderException reader) {
      int[] at = lineAndColumn(text.get(), reader.getPosition());
      return new Described(
          "the file is not valid YAML: it contains the control character U+"
              + String.format(Locale.ROOT, "%04X", reader.getCodePoint())
              + ", which YAML does not allow; remove it (if it was meant to be in a text, write the text in double"
              + " quotes with an escape such as \\t)",
          at[0], at[1]);
    }
    String message = error instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : error.getMessage();
    if (message != null && message.startsWith("Expected a field name (Scalar value in YAML)")) {
      Described at = located(error, "");
      if (startsWithAlias(text.get(), at.line())) {
        return new Described("the file is not valid YAML: a field name must be plain text, and an alias (*name)"
            + " is not allowed as one (YAML aliases are not used in these files): write the name out", at.line(),
            at.column());
      }
      return located(error, "the file is not valid YAML: a field name must be plain text, not a list or a mapping;"
          + " a line starting with \"? \" makes one: remove the \"? \"");
    }
    if (message != null && message.startsWith("Malformed Number token") && message.contains("radix 16")) {
      // SnakeYAML parses an escape's hexadecimal digits with Integer.parseInt; at the end of the text there are none.
      return located(error, "the file is not valid YAML: \\x, \\u and \\U in double quotes must be followed by"
          + " hexadecimal digits, and the text ends first: write \\\\ for a backslash, or put the text in single"
          + " quotes (and close the quotes)");
    }
    if (message != null && message.contains("Invalid UTF-8")) {
      return new Described("the file is not valid YAML: it is not UTF-8 text (" + firstLine(message)
          + "); save it as UTF-8", 1, 1);
    }
    return located(error, "the file is not valid YAML: " + firstLine(message));
  }

  /** Describes a JSON error from Jackson. */
  static Described json(JsonProcessingException error) {
    String message = firstLine(error.getOriginalMessage());
    return located(error, "the file is not valid JSON: " + jsonWords(message));
  }

  private static Described located(Throwable error, String message) {
    JsonLocation at = error instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
    return new Described(
        message,
        at == null ? 1 : Math.max(1, at.getLineNr()),
        at == null ? 1 : Math.max(1, at.getColumnNr()));
  }

  private static Described marked(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem().strip();
    String context = e.getContext() == null ? "" : e.getContext().strip();
    Mark at = e.getProblemMark();
    Mark start = e.getContextMark();
    String where = start == null ? "" : " that starts at line " + (start.getLine() + 1) + ", column "
        + (start.getColumn() + 1);
    String words;
    Matcher character = CHARACTER.matcher(problem);
    Matcher expected = EXPECTED_FOUND.matcher(problem);
    if (character.matches()) {
      String c = character.group(1);
      words = c.startsWith("\\t")
          ? "found a tab character that cannot start any token (do not use tabs for indentation); YAML allows only"
              + " spaces here: replace the tab with spaces"
          : "found the character \"" + c + "\", which cannot start a value; put the whole value in quotes, such as"
              + " \"" + c + "NYP_York\"";
    } else if (problem.startsWith("expected <block end>") && expected.matches()
        && List.of("]", "}", ",").contains(expected.group(2))) {
      words = "found \"" + expected.group(2) + "\" that belongs to no list or mapping in brackets: remove it, or add"
          + " the opening bracket it should close";
    } else if (problem.startsWith("expected <block end>")) {
      boolean list = context.contains("collection");
      words = "this line does not line up with the lines above it: it is inside the " + (list ? "list" : "mapping")
          + where + ", whose " + (list ? "items each start with \"- \"" : "fields each start") + " at column "
          + (start == null ? "?" : start.getColumn() + 1) + "; check the spaces at the start of this line (and of"
          + " the line above)";
    } else if (problem.equals("mapping values are not allowed here")) {
      words = "found \": \" where no field can start: if this line belongs to the field above, it is indented too"
          + " far; if the value contains \": \", put the value in quotes";
    } else if (problem.equals("sequence entries are not allowed here")) {
      words = "found a list item (\"- \") where none can start: line it up with the other items of its list, or put"
          + " the value in quotes if it starts with \"- \"";
    } else if (problem.equals("mapping keys are not allowed here")) {
      words = "found \"? \" where it is not allowed: put the value in quotes";
    } else if (context.equals("while scanning a simple key")) {
      at = start == null ? at : start;
      words = "this line has no \":\" after its field name; write a field as name: value on one line (a text that"
          + " goes on over several lines must be indented under its field, or put in quotes)";
    } else if (context.equals("while scanning a quoted scalar")) {
      at = start == null ? at : start;
      words = "the quoted text that starts here is never closed: add the closing quote (\" or ')"
          + (problem.contains("document separator") ? " before the \"---\" line" : "");
    } else if (context.equals("while scanning a double-quoted scalar")) {
      words = problem.startsWith("found unknown escape character")
          ? "a backslash in double quotes starts an escape such as \\n, and this one is not a known escape: write"
              + " \\\\ for a backslash, or put the text in single quotes"
          : "\\x, \\u and \\U in double quotes must be followed by hexadecimal digits: write \\\\ for a backslash,"
              + " or put the text in single quotes";
    } else if (context.startsWith("while parsing a flow") && expected.matches()
        && expected.group(2).equals("<stream end>")) {
      boolean list = context.contains("sequence");
      at = start == null ? at : start;
      words = "the " + (list ? "list in square brackets" : "mapping in curly brackets") + " that starts here is never"
          + " closed: add the missing \"" + (list ? "]" : "}") + "\"";
    } else if (context.startsWith("while parsing a flow")) {
      boolean list = context.contains("sequence");
      words = "expected \",\" or \"" + (list ? "]" : "}") + "\" here, but found " + token(expected) + ": the "
          + (list ? "list in square brackets" : "mapping in curly brackets") + where + " is not closed, or two of"
          + " its " + (list ? "items" : "fields") + " have no comma between them";
    } else if (problem.startsWith("expected '<document start>'")) {
      words = "found " + token(expected) + " after the end of the file's content; remove it (an extra \"}\" or \"]\","
          + " or text after a value in brackets)";
    } else if (problem.startsWith("expected the node content")) {
      words = "expected a value here, but found " + token(expected) + "; put the value in quotes";
    } else if (context.contains("anchor") || context.contains("alias")) {
      words = "a value cannot start with \"&\" or \"*\" unless it is in quotes";
    } else if (context.contains("tag") || problem.contains("tag handle")) {
      words = "tags (\"!name\") are not used in these files; remove it, or put the value in quotes";
    } else if (context.contains("directive") || problem.contains("YAML directive")
        || problem.contains("YAML document")) {
      words = "directives (lines starting with \"%\") are not used in these files; remove the line";
    } else if (context.contains("block scalar")) {
      words = "after \"|\" or \">\" only \"+\", \"-\" or a digit from 1 to 9 may follow on the same line; start the"
          + " text on the next line, indented";
    } else {
      words = problem + (context.isEmpty() ? "" : " (" + context + where + ")");
    }
    return new Described("the file is not valid YAML: " + words, at.getLine() + 1, at.getColumn() + 1);
  }

  /** Names what SnakeYAML found, such as {@code ':'} or {@code <stream end>}, in words. */
  private static String token(Matcher expected) {
    if (!expected.matches()) {
      return "something else";
    }
    String found = expected.group(2);
    switch (found) {
      case "<stream end>":
        return "the end of the file";
      case "<scalar>":
        return "a value";
      case "<block mapping start>":
      case "?":
        return "a field";
      case "<block sequence start>":
      case "-":
        return "a list item";
      case "<block end>":
        return "the end of an indented block";
      default:
        return "\"" + found + "\"";
    }
  }

  private static String jsonWords(String message) {
    Matcher unexpected = JSON_UNEXPECTED.matcher(message);
    if (unexpected.matches()) {
      String c = unexpected.group(1);
      String found = c.equals("\"") ? "a double quote (the start of a text)" : "\"" + c + "\"";
      String rest = unexpected.group(3);
      if (rest.startsWith("was expecting double-quote to start field name")) {
        return c.equals("}")
            ? "a comma must not follow the last field of a mapping: remove the \",\" before \"}\""
            : c.equals("'")
                ? "field names are written in double quotes (\"), not single quotes"
                : "expected a field name in double quotes, but found " + found;
      }
      if (rest.startsWith("was expecting comma to separate Object entries")) {
        return "expected \",\" between two fields, or \"}\" to end the mapping, but found " + found;
      }
      if (rest.startsWith("was expecting comma to separate Array entries")) {
        return "expected \",\" between two list items, or \"]\" to end the list, but found " + found;
      }
      if (rest.startsWith("was expecting a colon")) {
        return "expected \":\" after the field name, but found " + found;
      }
      if (rest.startsWith("expected a valid value")) {
        return c.equals("]")
            ? "a comma must not follow the last item of a list: remove the \",\" before \"]\""
            : "expected a value (text in double quotes, a number, true, false, null, a list or a mapping), but found "
                + found;
      }
      if (rest.startsWith("maybe a (non-standard) comment")) {
        return "JSON files cannot have comments: remove the text from \"" + c + "\" on";
      }
      if (message.contains("in numeric value")) {
        String why = rest.replaceFirst(", for valid numeric value$", "");
        return "a number is cut short before " + found + " (" + why.substring(0, 1).toLowerCase(Locale.ROOT)
            + why.substring(1) + ")";
      }
      return "found " + found + " where it cannot be (" + rest + ")";
    }
    Matcher token = JSON_TOKEN.matcher(message);
    if (token.matches()) {
      return token.group(1) + " is not a JSON value: put text in double quotes (\"" + token.group(1) + "\"); the"
          + " words true, false and null are written in lower case";
    }
    Matcher close = JSON_CLOSE.matcher(message);
    if (close.matches()) {
      return "found \"" + close.group(1) + "\" where the " + (close.group(3).equals("Object") ? "mapping" : "list")
          + " that starts at line " + close.group(4) + ", column " + close.group(5) + " should be closed with \""
          + close.group(2) + "\"";
    }
    Matcher eof = JSON_EOF_MARKER.matcher(message);
    if (eof.matches()) {
      boolean object = eof.group(1).equals("Object");
      return "the file ends before the " + (object ? "mapping" : "list") + " that starts at line " + eof.group(2)
          + ", column " + eof.group(3) + " is closed: add the missing \"" + (object ? "}" : "]") + "\"";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "the file ends inside a text in double quotes: add the closing \"";
    }
    Matcher control = JSON_CONTROL.matcher(message);
    if (control.matches()) {
      int code = Integer.parseInt(control.group(1));
      return "a text in double quotes cannot hold "
          + (code == 10 || code == 13 ? "a line break" : code == 9 ? "a tab" : "the control character U+"
              + String.format(Locale.ROOT, "%04X", code))
          + " as it is: write \\n for a line break and \\t for a tab, or close the quotes you meant to close";
    }
    Matcher escape = JSON_ESCAPE.matcher(message);
    if (escape.matches()) {
      return "\\" + escape.group(1) + " is not an escape JSON knows (a backslash in a text starts one, such as \\n):"
          + " write \\\\ for a backslash";
    }
    if (message.startsWith("Invalid numeric value: Leading zeroes not allowed")) {
      return "a number cannot start with 0: put it in double quotes if it is an id, such as \"0123\"";
    }
    if (message.startsWith("Invalid UTF-8")) {
      return "it is not UTF-8 text (" + message + "); save it as UTF-8";
    }
    return message;
  }

  /** Tells whether the line (from 1) of the text, or the one before it, starts with an alias such as {@code *name}. */
  private static boolean startsWithAlias(String text, int line) {
    String[] lines = text.split("\n", line + 1);
    for (int i = Math.max(0, line - 2); i < Math.min(line, lines.length); i++) {
      String content = lines[i].strip();
      if (content.startsWith("*") || content.startsWith("- *") || content.startsWith("{*")) {
        return true;
      }
    }
    return false;
  }

  private static int[] lineAndColumn(String text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(index, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
