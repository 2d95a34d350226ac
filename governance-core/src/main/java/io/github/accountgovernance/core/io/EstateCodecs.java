package io.github.accountgovernance.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.Codec;
import io.github.accountgovernance.core.files.Codecs;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.ObjectFields;
import io.github.accountgovernance.core.files.internal.TimeText;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The codecs of the estate file's own values: enum spellings, platforms, handles, weekly windows, zones. */
final class EstateCodecs {

  /** A handle as written, checked against its platform by the object it belongs to. */
  static final Codec<String> HANDLE_TEXT = Codecs.text("a handle such as \"@NYP_York\"");

  static final Codec<Platform> PLATFORM = platform(Map.of());

  /** A platform by name: a built-in one, or one the estate file declares under {@code platforms:}. */
  static Codec<Platform> platform(Map<String, Platform> declared) {
    return new Codec<>() {
      @Override
      public Platform read(ObjectFields fields, String path, LocatedNode value) {
        String text = fields.textOf(path, value, "a platform");
        if (text == null) {
          return null;
        }
        Platform found = declared.get(text.trim());
        if (found != null) {
          return found;
        }
        List<String> names = new ArrayList<>();
        Platform.builtIns().forEach(p -> names.add(p.fileName()));
        names.addAll(new java.util.TreeSet<>(declared.keySet()));
        return Platform.named(text)
            .orElseGet(
                () -> {
                  fields.fail(
                      path,
                      "unknown platform \"" + text + "\"" + Suggestions.didYouMean(text, names) + "; use one of "
                          + String.join(", ", names) + ", or declare it under platforms",
                      value);
                  return null;
                });
      }

      @Override
      public Platform readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
        if (kind != LocatedNode.Kind.TEXT && kind != LocatedNode.Kind.NUMBER) {
          return null;
        }
        Platform found = declared.get(text.trim());
        return found != null ? found : Platform.named(text).orElse(null);
      }

      @Override
      public void write(JsonGenerator out, Platform value) throws IOException {
        out.writeString(value.fileName());
      }
    };
  }

  /** True or false, written as a YAML or JSON boolean. */
  static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public Boolean read(ObjectFields fields, String path, LocatedNode value) {
          if (value.kind() == LocatedNode.Kind.BOOLEAN) {
            return Boolean.valueOf(value.text());
          }
          fields.fail(path, "expected true or false, but got " + value.describe(), value);
          return null;
        }

        @Override
        public Boolean readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
          return kind == LocatedNode.Kind.BOOLEAN ? Boolean.valueOf(text) : null;
        }

        @Override
        public void write(JsonGenerator out, Boolean value) throws IOException {
          out.writeBoolean(value);
        }
      };

  static final Codec<WeeklyWindow> WEEKLY_WINDOW =
      new Codec<>() {
        @Override
        public WeeklyWindow read(ObjectFields fields, String path, LocatedNode value) {
          String text = fields.textOf(path, value, "a weekly window such as \"Mon 08:00-18:00\"");
          if (text == null) {
            return null;
          }
          try {
            return WeeklyWindow.parse(text);
          } catch (IllegalArgumentException e) {
            fields.fail(path, e.getMessage(), value);
            return null;
          }
        }

        @Override
        public WeeklyWindow readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
          if (kind != LocatedNode.Kind.TEXT && kind != LocatedNode.Kind.NUMBER) {
            return null;
          }
          try {
            return WeeklyWindow.parse(text);
          } catch (IllegalArgumentException e) {
            return null;
          }
        }

        @Override
        public void write(JsonGenerator out, WeeklyWindow value) throws IOException {
          out.writeString(value.toString());
        }
      };

  /** {@code 24/7}, or a list of weekly windows. */
  static final Codec<MonitoredHours> MONITORED_HOURS =
      new Codec<>() {
        @Override
        public MonitoredHours read(ObjectFields fields, String path, LocatedNode value) {
          if (value.isText() && value.text().trim().equals(EstateNames.ALWAYS)) {
            return MonitoredHours.always();
          }
          if (value.kind() != LocatedNode.Kind.LIST) {
            fields.fail(
                path,
                "expected " + EstateNames.ALWAYS + " or a list of weekly windows such as \"Mon 08:00-18:00\", but"
                    + " got " + value.describe(),
                value);
            return null;
          }
          List<LocatedNode> items = value.items();
          List<WeeklyWindow> windows = new ArrayList<>(items.size());
          for (int i = 0; i < items.size(); i++) {
            WeeklyWindow window = WEEKLY_WINDOW.read(fields, path + "[" + i + "]", items.get(i));
            if (window != null) {
              windows.add(window);
            }
          }
          return MonitoredHours.weekly(windows);
        }

        @Override
        public MonitoredHours readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
          return kind == LocatedNode.Kind.TEXT && text.trim().equals(EstateNames.ALWAYS) ? MonitoredHours.always() : null;
        }

        @Override
        public void write(JsonGenerator out, MonitoredHours hours) throws IOException {
          if (hours.isAlways()) {
            out.writeString(EstateNames.ALWAYS);
            return;
          }
          out.writeStartArray();
          for (WeeklyWindow window : hours.windows()) {
            WEEKLY_WINDOW.write(out, window);
          }
          out.writeEndArray();
        }
      };

  static final Codec<ZoneId> ZONE =
      new Codec<>() {
        @Override
        public ZoneId read(ObjectFields fields, String path, LocatedNode value) {
          String text = fields.textOf(path, value, "text");
          if (text == null) {
            return null;
          }
          try {
            return ZoneId.of(text.trim());
          } catch (DateTimeException e) {
            fields.fail(
                path,
                "unknown time zone \"" + text + "\"" + Suggestions.didYouMean(text, ZoneId.getAvailableZoneIds())
                    + "; use a region such as Europe/London",
                value);
            return null;
          }
        }

        @Override
        public void write(JsonGenerator out, ZoneId value) throws IOException {
          out.writeString(value.getId());
        }
      };

  /** A mapping from account tier to handle template, such as {@code district: "NYP_{district}"}. */
  static final Codec<Map<AccountTier, String>> HANDLE_CONVENTIONS =
      new Codec<>() {
        @Override
        public Map<AccountTier, String> read(ObjectFields fields, String path, LocatedNode node) {
          if (node.kind() != LocatedNode.Kind.MAPPING) {
            fields.fail(
                path,
                "expected a mapping from account tier to handle template, such as district: \"NYP_{district}\","
                    + " but got " + node.describe(),
                node);
            return null;
          }
          Map<AccountTier, String> conventions = new EnumMap<>(AccountTier.class);
          for (Map.Entry<String, LocatedNode> field : node.fields().entrySet()) {
            String name = field.getKey();
            String at = path + "." + name;
            AccountTier tier = null;
            for (AccountTier candidate : AccountTier.values()) {
              if (EstateNames.of(candidate).equals(name)) {
                tier = candidate;
              }
            }
            if (tier == null) {
              List<String> names = Arrays.stream(AccountTier.values()).map(EstateNames::of).toList();
              fields.fail(
                  at,
                  "unknown account tier \"" + name + "\"" + Suggestions.didYouMean(name, names)
                      + "; use one of " + String.join(", ", names),
                  field.getValue().keyLine(),
                  field.getValue().keyColumn());
              continue;
            }
            String template = fields.textOf(at, field.getValue(), "a handle template such as \"NYP_{district}\"");
            if (template != null) {
              conventions.put(tier, template);
            }
          }
          return conventions;
        }

        @Override
        public void write(JsonGenerator out, Map<AccountTier, String> conventions) throws IOException {
          out.writeStartObject();
          for (AccountTier tier : AccountTier.values()) {
            String template = conventions.get(tier);
            if (template != null) {
              out.writeStringField(EstateNames.of(tier), template);
            }
          }
          out.writeEndObject();
        }
      };

  /**
   * A point in time as an estate file may give it: an exact instant, or a plain date that stands for a whole day
   * in the force's zone (where a range starts or ends depends on which end it is).
   */
  record Moment(Instant instant, LocalDate date) {

    static Moment of(Instant instant) {
      return new Moment(instant, null);
    }

    /** Returns the instant: the instant given, or the start of the date's day ({@code end}: of the next day). */
    Instant resolve(ZoneId zone, boolean end) {
      return instant != null ? instant : (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
    }
  }

  /**
   * An instant such as {@code 2021-04-12T08:00:00Z}, or a plain date such as {@code 2021-04-12} for a whole day in
   * the force's zone; written as the instant.
   */
  static final Codec<Moment> DAY_OR_INSTANT =
      new Codec<>() {
        @Override
        public Moment read(ObjectFields fields, String path, LocatedNode value) {
          String expected = "a date such as 2021-04-12 (a whole day in the force's zone) or an instant such as"
              + " 2021-04-12T08:00:00Z (UTC) or 2021-04-12T09:00:00+01:00";
          return fields.<Moment>parsedOf(path, value, expected, text -> moment(text.strip())).orElse(null);
        }

        @Override
        public Moment readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
          if (kind != LocatedNode.Kind.TEXT && kind != LocatedNode.Kind.NUMBER) {
            return null;
          }
          try {
            return moment(text.strip());
          } catch (RuntimeException e) {
            return null;
          }
        }

        @Override
        public void write(JsonGenerator out, Moment value) throws IOException {
          out.writeString(value.instant() != null ? value.instant().toString() : value.date().toString());
        }
      };

  /**
   * Reads a plain date ({@code yyyy-MM-dd}, only digits, so that an instant is never mistaken for a date) or an
   * instant.
   */
  static Moment moment(String text) {
    try {
      return TimeText.isPlainDate(text)
          ? new Moment(null, TimeText.date(text))
          : new Moment(TimeText.instant(text), null);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** Tells whether a node holds a plain date, which needs the force's zone to become an instant. */
  static boolean isPlainDate(LocatedNode node) {
    return node != null && node.isText() && TimeText.isPlainDate(node.text().strip());
  }

  private EstateCodecs() {}

  /**
   * Returns the codec of an enum written in lower case with dashes ({@code force-wide}); case, underscores and
   * spaces are forgiven on reading.
   */
  static <E extends Enum<E>> Codec<E> choice(Class<E> type, String noun) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(EstateNames::of).toList();
    String allowed = String.join(", ", names);
    Map<String, E> byName = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(EstateNames.of(constant), constant);
    }
    Map<String, E> written = Map.copyOf(byName);
    return new Codec<>() {
      @Override
      public E readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
        if (kind != LocatedNode.Kind.TEXT && kind != LocatedNode.Kind.NUMBER) {
          return null;
        }
        // As written (the common case, read without a copy), else forgiving case, underscores and spaces.
        E constant = written.get(text);
        return constant != null
            ? constant
            : written.get(text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-'));
      }

      @Override
      public E read(ObjectFields fields, String path, LocatedNode value) {
        String text = fields.textOf(path, value, "one of " + allowed);
        if (text == null) {
          return null;
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (E constant : type.getEnumConstants()) {
          if (EstateNames.of(constant).equals(wanted)) {
            return constant;
          }
        }
        fields.fail(
            path,
            "unknown " + noun + " \"" + text + "\"" + Suggestions.didYouMean(text, names) + "; use one of " + allowed,
            value);
        return null;
      }

      @Override
      public void write(JsonGenerator out, E value) throws IOException {
        out.writeString(EstateNames.of(value));
      }
    };
  }
}
