package io.github.accountgovernance.sources.table;

import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.sources.SourceRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The options of a source entry ({@code accounts: {file: accounts.csv, separator: ";"}}) beside {@code file}: each
 * format takes one more, and an unknown option is a problem with "did you mean" and the options there are.
 */
public final class SourceOptions {

  private SourceOptions() {}

  /**
   * Reads a format's one option from the request, reporting a bad value and every unknown option as problems.
   *
   * @param request the source entry
   * @param source what the source is, for messages, such as {@code "a CSV source"}
   * @param name the option, such as {@code "separator"}
   * @param expected what a good value is, such as {@code "\",\" or \";\""}
   * @param read the value of a good option, or null if the option's value is bad
   * @param <T> the option's type
   * @return the option's value, or null if it is absent or bad
   */
  public static <T> T one(
      SourceRequest request, String source, String name, String expected, Function<LocatedNode, T> read) {
    LocatedNode options = request.options().orElse(null);
    if (options == null) {
      return null;
    }
    List<String> known = List.of("file", name);
    T found = null;
    for (Map.Entry<String, LocatedNode> option : options.fields().entrySet()) {
      String key = option.getKey();
      LocatedNode value = option.getValue();
      String path = "sources." + request.part() + "." + key;
      if (key.equals(name)) {
        found = read.apply(value);
        if (found == null) {
          request.problems().add(path, "expected " + expected + ", but got " + value.describe(), value);
        }
      } else if (!known.contains(key)) {
        request.problems().add(path, "unknown option \"" + key + "\" of " + source
            + Suggestions.didYouMean(key, known) + "; its options are " + String.join(", ", known),
            value.keyLine(), value.keyColumn());
      }
    }
    return found;
  }
}
