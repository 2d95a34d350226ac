package io.github.accountgovernance.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of syntax error the YAML and JSON parsers raise is reported with the parser's real problem, at the
 * real place, in plain words: never only what the parser was doing ("while parsing a block collection"), never
 * at the last good token. Each row pins one wording: file text ({@code ⏎} a line break, {@code →} a tab), the
 * expected {@code line:column}, and the message after "the file is not valid YAML|JSON: ".
 */
final class SyntaxErrorsTest {

  private static String problem(String fileName, Syntax syntax, String text) {
    Problems problems = new Problems(fileName, LocatedReader.Limits.smallFiles(),
        list -> new InvalidFileException("file " + fileName, list));
    try {
      LocatedReader.smallFiles(syntax).readTree(text.replace("⏎", "\n").replace("→", "\t"), problems);
    } catch (InvalidFileException e) {
      assertThat(e.problems()).hasSize(1);
      Problem problem = e.problems().get(0);
      return problem.location().orElseThrow().line() + ":" + problem.location().orElseThrow().column() + " "
          + problem.message();
    }
    throw new AssertionError("expected a syntax error in " + text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      format: x⏎force:⏎→name: N⏎ | 3:1 | found a tab character that cannot start any token (do not use tabs for \
      indentation); YAML allows only spaces here: replace the tab with spaces
      ~a: "x\\x~ | 1:2 | ~\\x, \\u and \\U in double quotes must be followed by hexadecimal digits, and the text \
      ends first: write \\\\ for a backslash, or put the text in single quotes (and close the quotes)~
      name:→N⏎ | 1:6 | found a tab character that cannot start any token (do not use tabs for indentation); YAML \
      allows only spaces here: replace the tab with spaces
      a:⏎  - b: 1⏎   c: 2⏎ | 3:4 | this line does not line up with the lines above it: it is inside the list that \
      starts at line 2, column 3, whose items each start with "- " at column 3; check the spaces at the start of \
      this line (and of the line above)
      a:⏎  b: 1⏎ c: 2⏎ | 3:2 | this line does not line up with the lines above it: it is inside the mapping that \
      starts at line 1, column 1, whose fields each start at column 1; check the spaces at the start of this line \
      (and of the line above)
      ~a: "unclosed⏎b: 2⏎~ | 1:4 | ~the quoted text that starts here is never closed: add the closing quote (" or ')~
      a: [1, 2⏎b: 3⏎ | 2:2 | ~expected "," or "]" here, but found ":": the list in square brackets that starts at \
      line 1, column 4 is not closed, or two of its items have no comma between them~
      a: {x: 1⏎ | 1:4 | ~the mapping in curly brackets that starts here is never closed: add the missing "}"~
      name: [North Yorkshire Police⏎ | 1:7 | ~the list in square brackets that starts here is never closed: add the \
      missing "]"~
      a: b: c⏎ | 1:5 | ~found ": " where no field can start: if this line belongs to the field above, it is indented \
      too far; if the value contains ": ", put the value in quotes~
      a: - b⏎ | 1:4 | ~found a list item ("- ") where none can start: line it up with the other items of its list, \
      or put the value in quotes if it starts with "- "~
      handle: @NYP_York⏎ | 1:9 | ~found the character "@", which cannot start a value; put the whole value in \
      quotes, such as "@NYP_York"~
      ~a: "\\q"⏎~ | 1:6 | ~a backslash in double quotes starts an escape such as \\n, and this one is not a known \
      escape: write \\\\ for a backslash, or put the text in single quotes~
      a: [b, c]]⏎ | 1:10 | ~found "]" that belongs to no list or mapping in brackets: remove it, or add the opening \
      bracket it should close~
      a: &⏎ | 1:5 | ~a value cannot start with "&" or "*" unless it is in quotes~
      a: !<x⏎ | 1:7 | ~tags ("!name") are not used in these files; remove it, or put the value in quotes~
      %YAML 1.1⏎%YAML 1.1⏎---⏎a: b⏎ | 2:1 | ~directives (lines starting with "%") are not used in these files; \
      remove the line~
      ~a: |0⏎  x⏎~ | 1:5 | ~after "|" or ">" only "+", "-" or a digit from 1 to 9 may follow on the same line; start \
      the text on the next line, indented~
      ? [a⏎ | 1:4 | ~a field name must be plain text, not a list or a mapping; a line starting with "? " makes one: \
      remove the "? "~
      a: b\u0007c⏎ | 1:5 | ~it contains the control character U+0007, which YAML does not allow; remove it (if it \
      was meant to be in a text, write the text in double quotes with an escape such as \\t)~
      """)
  void yaml_keepsTheRealProblemAndPlace(String text, String at, String message) {
    assertThat(problem("f.yaml", Syntax.YAML, text.replace("\\u0007", "\u0007")))
        .isEqualTo(at + " the file is not valid YAML: " + message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      {"a": 1,} | 1:9 | ~a comma must not follow the last field of a mapping: remove the "," before "}"~
      {'a': 1} | 1:2 | ~field names are written in double quotes ("), not single quotes~
      {"a": 1 "b": 2} | 1:9 | ~expected "," between two fields, or "}" to end the mapping, but found a double \
      quote (the start of a text)~
      [1, 2,] | 1:7 | ~a comma must not follow the last item of a list: remove the "," before "]"~
      [1 2] | 1:4 | ~expected "," between two list items, or "]" to end the list, but found "2"~
      {"a" 1} | 1:6 | ~expected ":" after the field name, but found "1"~
      {"a": True} | 1:11 | ~True is not a JSON value: put text in double quotes ("True"); the words true, false \
      and null are written in lower case~
      {"a": [1, 2} | 1:12 | ~found "}" where the list that starts at line 1, column 7 should be closed with "]"~
      {"a": 1 | 1:8 | ~the file ends before the mapping that starts at line 1, column 1 is closed: add the missing \
      "}"~
      {"a": "x | 1:9 | ~the file ends inside a text in double quotes: add the closing "~
      {"a": "x⏎y"} | 1:9 | ~a text in double quotes cannot hold a line break as it is: write \\n for a line break \
      and \\t for a tab, or close the quotes you meant to close~
      {"a": "\\q"} | 1:9 | ~\\q is not an escape JSON knows (a backslash in a text starts one, such as \\n): write \
      \\\\ for a backslash~
      {"a": 0123} | 1:8 | ~a number cannot start with 0: put it in double quotes if it is an id, such as "0123"~
      // c⏎{} | 1:1 | ~JSON files cannot have comments: remove the text from "/" on~
      {"a": 1.} | 1:8 | ~a number is cut short before "}" (decimal point not followed by a digit)~
      """)
  void json_saysWhatIsWrongInPlainWords(String text, String at, String message) {
    assertThat(problem("f.json", Syntax.JSON, text))
        .isEqualTo(at + " the file is not valid JSON: " + message);
  }
}
