package io.github.accountgovernance.core.io;

import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.ObjectFields;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shared {@link ObjectFields} with the estate's own values added: enum spellings, platforms, handles and
 * weekly windows.
 */
final class MappingReader extends ObjectFields {

  private MappingReader(LocatedNode mapping, String path, String what, List<String> known, Problems problems) {
    super(mapping, path, what, known, problems);
  }

  /**
   * Starts reading {@code node} as {@code what} (such as "an account"), reporting unknown fields; returns null,
   * after reporting it, if the node is not a mapping.
   */
  static MappingReader of(LocatedNode node, String path, String what, List<String> known, Problems problems) {
    return isMapping(node, path, what, known, problems) ? new MappingReader(node, path, what, known, problems) : null;
  }

  /** Reads an enum written in lower case with dashes ({@code force-wide}); case and underscores are forgiven. */
  <E extends Enum<E>> E choice(String name, boolean required, Class<E> type, String noun) {
    LocatedNode value = value(name, required);
    if (value == null) {
      return null;
    }
    String text = textOf(path(name), value, "one of " + allowed(type));
    if (text == null) {
      return null;
    }
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (E constant : type.getEnumConstants()) {
      if (EstateNames.of(constant).equals(wanted)) {
        return constant;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(EstateNames::of).collect(Collectors.toList());
    fail(
        path(name),
        "unknown " + noun + " \"" + text + "\"" + Suggestions.didYouMean(text, names) + "; use one of "
            + String.join(", ", names),
        value);
    return null;
  }

  static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(EstateNames::of).collect(Collectors.joining(", "));
  }

  Platform platform(String name) {
    LocatedNode value = value(name, true);
    if (value == null) {
      return null;
    }
    String text = textOf(path(name), value, "a platform");
    if (text == null) {
      return null;
    }
    List<String> names = Arrays.stream(Platform.values()).map(Platform::fileName).collect(Collectors.toList());
    return Platform.named(text)
        .orElseGet(
            () -> {
              fail(
                  path(name),
                  "unknown platform \"" + text + "\"" + Suggestions.didYouMean(text, names) + "; use one of "
                      + String.join(", ", names),
                  value);
              return null;
            });
  }

  /** Reads a handle on {@code platform} (which may be null if it was itself bad: then only the text is checked). */
  Handle handle(String name, Platform platform) {
    LocatedNode value = value(name, true);
    if (value == null) {
      return null;
    }
    String text = textOf(path(name), value, "a handle such as \"@NYP_York\"");
    if (text == null) {
      return null;
    }
    try {
      return Handle.of(platform == null ? Platform.X : platform, text);
    } catch (IllegalArgumentException e) {
      fail(path(name), e.getMessage(), value);
      return null;
    }
  }

  WeeklyWindow weeklyWindow(String valuePath, LocatedNode value) {
    String text = textOf(valuePath, value, "a weekly window such as \"Mon 08:00-18:00\"");
    if (text == null) {
      return null;
    }
    try {
      return WeeklyWindow.parse(text);
    } catch (IllegalArgumentException e) {
      fail(valuePath, e.getMessage(), value);
      return null;
    }
  }
}
