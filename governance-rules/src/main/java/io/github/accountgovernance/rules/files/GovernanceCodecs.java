package io.github.accountgovernance.rules.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.Codec;
import io.github.accountgovernance.core.files.Codecs;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.ObjectFields;
import io.github.accountgovernance.rules.authoring.RuleId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The codecs of the rules' files beyond core's {@link Codecs}: rule ids, enum labels, counts written as numbers,
 * values read as written (list items), derived values written for consumers and ignored on reading, and codecs
 * of recursive objects (a finding's causes are findings).
 */
final class GovernanceCodecs {

  static final String RULE_ID_EXPECTED = "a rule id such as MON-2";

  /** A rule id in a field: surrounding spaces forgiven. */
  static final Codec<RuleId> RULE_ID = Codecs.parsed(RULE_ID_EXPECTED, RuleId::of, RuleId::value);

  /** A rule id as a list item: taken as written. */
  static final Codec<RuleId> RULE_ID_ITEM = asWritten(RULE_ID_EXPECTED, RuleId::of, RuleId::value);

  /** A yes-or-no value: {@code true} or {@code false}, unquoted in YAML, a boolean in JSON. */
  static final Codec<Boolean> FLAG = new Codec<>() {
    @Override
    public Boolean read(ObjectFields fields, String path, LocatedNode value) {
      String text = value.text().strip();
      if (value.kind() == LocatedNode.Kind.BOOLEAN && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
        return Boolean.valueOf(text.equalsIgnoreCase("true"));
      }
      fields.fail(path, "expected true or false, but got " + value.describe(), value);
      return null;
    }

    @Override
    public void write(JsonGenerator out, Boolean value) throws IOException {
      out.writeBoolean(value);
    }
  };

  /**
   * Returns the codec of a rule id that must name one of the known rules: an unknown one is refused with
   * "did you mean" and the rules it may name.
   *
   * @param known the rule ids a value may name, in the order to list them
   * @param where where those rules are, for the message, such as the pack id {@code "npcc2021"}
   */
  static Codec<RuleId> knownRuleId(List<String> known, String where) {
    requireNonNull(known, "known");
    requireNonNull(where, "where");
    return new Codec<>() {
      @Override
      public RuleId read(ObjectFields fields, String path, LocatedNode value) {
        RuleId id = RULE_ID.read(fields, path, value);
        if (id != null && !known.contains(id.value())) {
          fields.fail(path, "no rule \"" + id.value() + "\" in " + where
              + io.github.accountgovernance.core.problem.Suggestions.didYouMean(id.value(), known), value);
          return null;
        }
        return id;
      }

      @Override
      public void write(JsonGenerator out, RuleId value) throws IOException {
        RULE_ID.write(out, value);
      }
    };
  }

  private GovernanceCodecs() {}

  /** Returns how an enum constant is written: lower case, words joined by hyphens. */
  static String label(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the constant written as {@code label}, or throws {@link IllegalArgumentException}. */
  static <E extends Enum<E>> E parseLabel(Class<E> type, String label) {
    for (E constant : type.getEnumConstants()) {
      if (label(constant).equals(label)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(label);
  }

  /** Returns every label of an enum, joined by commas, for messages. */
  static <E extends Enum<E>> String labels(Class<E> type) {
    List<String> labels = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      labels.add(label(constant));
    }
    return String.join(", ", labels);
  }

  /** An enum written as its label ("one of error, warning, info"). */
  static <E extends Enum<E>> Codec<E> label(Class<E> type) {
    return Codecs.parsed("one of " + labels(type), text -> parseLabel(type, text), GovernanceCodecs::label);
  }

  /** A value written as text and parsed from it as written, without forgiving spaces (list items). */
  static <V> Codec<V> asWritten(String expected, Function<String, ? extends V> parse, Function<? super V, String> format) {
    requireNonNull(expected, "expected");
    requireNonNull(parse, "parse");
    requireNonNull(format, "format");
    return new Codec<>() {
      @Override
      public V read(ObjectFields fields, String path, LocatedNode value) {
        return fields.<V>parsedOf(path, value, expected, parse).orElse(null);
      }

      @Override
      public void write(JsonGenerator out, V value) throws IOException {
        out.writeString(format.apply(value));
      }
    };
  }

  /** A count: written as a number, read from a number or text ("a count such as 12"). */
  static Codec<Integer> count() {
    Codec<Integer> text = Codecs.parsed("a count such as 12", Integer::valueOf, String::valueOf);
    return new Codec<>() {
      @Override
      public Integer read(ObjectFields fields, String path, LocatedNode value) {
        return text.read(fields, path, value);
      }

      @Override
      public void write(JsonGenerator out, Integer value) throws IOException {
        out.writeNumber(value);
      }
    };
  }

  /** Writes what a value derives (a count, a fingerprint) for consumers; reading accepts the field and ignores it. */
  interface Derived<V> {
    void write(JsonGenerator out, V value) throws IOException;
  }

  /** A field written from what it derives and ignored on reading. */
  static <V> Codec<V> derived(Derived<V> write) {
    requireNonNull(write, "write");
    return new Codec<>() {
      @Override
      public V read(ObjectFields fields, String path, LocatedNode value) {
        return null;
      }

      @Override
      public void write(JsonGenerator out, V value) throws IOException {
        write.write(out, value);
      }
    };
  }

  /** A codec made on first use, for objects that contain themselves (a finding's causes). */
  static <V> Codec<V> lazy(Supplier<Codec<V>> codec) {
    requireNonNull(codec, "codec");
    return new Codec<>() {
      @Override
      public V read(ObjectFields fields, String path, LocatedNode value) {
        return codec.get().read(fields, path, value);
      }

      @Override
      public void write(JsonGenerator out, V value) throws IOException {
        codec.get().write(out, value);
      }
    };
  }
}
