package io.github.accountgovernance.core.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.api.PublicAPI;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one description of an object in a file (an account, a waiver, a baseline entry): its fields in order, each
 * with its name, its {@link Codec}, whether it is required, optional or has a default, how a value read goes into
 * the object being built, and how the value to write is taken from a built object. Reading and writing both use
 * it, so a new field is added in one place, and what a file may say cannot drift from what is written.
 *
 * <pre>{@code
 * static final ObjectMapping<Waiver, Waiver.Builder> WAIVER =
 *     ObjectMapping.<Waiver, Waiver.Builder>builder("a waiver", Waiver::builder)
 *         .required("rule", RULE_ID, Waiver.Builder::ruleId, Waiver::ruleId)
 *         .required("subject", Codecs.nonBlankText(), Waiver.Builder::subject, Waiver::subject)
 *         .optional("key", Codecs.text(), Waiver.Builder::key, Waiver::key)
 *         .required("expires", Codecs.date(), Waiver.Builder::expiresOn, Waiver::expiresOn)
 *         .build(Waiver.Builder::build);
 *
 * Optional<Waiver> waiver = WAIVER.read(node, "waivers[0]", problems); // every problem reported, none thrown
 * WAIVER.write(generator, waiver.get());                               // the same fields, in the same order
 * }</pre>
 *
 * <p><b>Reading</b> goes field by field in the order declared: each field's value is parsed by its codec and put
 * into a <em>draft</em> (usually the model's own builder; a small holder where the model has no builder or
 * two fields make one value). Unknown fields (with "did you mean"), missing required fields and bad values are
 * all reported and reading carries on. Then the {@linkplain Builder#check checks} run, which see the whole draft
 * (a handle is checked against its platform), and, if nothing failed, the draft is built; a model's own
 * rejection ({@link IllegalArgumentException} or {@link IllegalStateException}) becomes a problem at the object.
 * A field is absent when it is missing or null: a required field is then reported, an optional one left unset, a
 * defaulted one set to its default.
 *
 * <p><b>Writing</b> writes the fields in the same order: a required field always, an optional one when present,
 * a defaulted one unless it equals its default.
 *
 * <p><b>Streaming</b>: each field parses on its own into the draft, and only checks and the build see several
 * fields, so a decoder that meets the fields of an object one token at a time (in the file's order) can look the
 * field up by name, parse it into the draft, and finish the object at its end, with no map of values in
 * between. {@link Builder#alternatives} is the one step that looks at which fields are present.
 *
 * <p>Immutable and thread-safe once built, provided the codecs and functions given are.
 *
 * @param <T> the object's type
 * @param <D> the draft's type, into which fields are read before the object is built
 */
public final class ObjectMapping<T, D> {

  /** Whether a field must be present. */
  public enum Presence {
    /** Absence is a problem; always written. */
    REQUIRED,
    /** Absence leaves it unset; written when present. */
    OPTIONAL,
    /** Absence means the default; written unless it equals the default. */
    DEFAULTED
  }

  /**
   * A check that sees the whole draft after every field is read, whatever failed, and reports through the
   * object's fields: a handle checked against its platform, two values that must agree.
   *
   * @param <D> the draft's type
   */
  @PublicAPI(usage = PublicAPI.Usage.INHERITANCE)
  @FunctionalInterface
  public interface Check<D> {
    /**
     * Checks the draft, reporting problems with {@link ObjectFields#fail(String)} or
     * {@link ObjectFields#failAt(String, String)}, and completing the draft where fields combine.
     *
     * @param draft the draft
     * @param fields the object being read
     */
    void check(D draft, ObjectFields fields);
  }

  private final String what;
  private final Supplier<? extends D> draft;
  private final List<Field<T, D, ?>> fields;
  private final List<String> names;
  private final List<Alternatives> alternatives;
  private final List<Check<D>> checks;
  private final Function<? super D, ? extends T> build;

  /** The alternatives each field is among, by the field's position; null where it is among none. */
  private final Alternatives[] among;

  /** Each field's position, by name, for reading an entry straight from its values. */
  private final Map<String, Integer> positions;

  /** Whether an entry may be read straight from its values: not for a file's root, whose kind has two names. */
  private final boolean quick;

  private ObjectMapping(Builder<T, D> builder, Function<? super D, ? extends T> build) {
    this.what = builder.what;
    this.draft = builder.draft;
    this.fields = List.copyOf(builder.fields);
    List<String> names = new ArrayList<>();
    this.fields.forEach(f -> names.add(f.name));
    this.names = List.copyOf(names);
    this.alternatives = List.copyOf(builder.alternatives);
    this.checks = List.copyOf(builder.checks);
    this.build = build;
    this.among = new Alternatives[this.fields.size()];
    for (int i = 0; i < among.length; i++) {
      among[i] = alternativesOf(this.fields.get(i).name);
    }
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < this.fields.size(); i++) {
      positions.put(this.fields.get(i).name, i);
    }
    this.positions = Map.copyOf(positions);
    this.quick = !this.names.contains(FileKind.KEY) && !this.names.contains(FileKind.ALIAS);
  }

  /**
   * Starts describing an object.
   *
   * @param what what the object is, for messages, such as {@code "an account"}
   * @param draft makes an empty draft for each object read, such as {@code Account::builder}
   * @param <T> the object's type
   * @param <D> the draft's type
   * @return a builder; not thread-safe
   * @throws NullPointerException if an argument is null
   */
  public static <T, D> Builder<T, D> builder(String what, Supplier<? extends D> draft) {
    return new Builder<>(requireNonNull(what, "what"), requireNonNull(draft, "draft"));
  }

  /**
   * Returns what the object is, as messages say it.
   *
   * @return for example {@code "an account"}
   */
  public String what() {
    return what;
  }

  /**
   * Returns the field names, in the order they are read, written and listed in messages.
   *
   * @return the names
   */
  public List<String> fieldNames() {
    return names;
  }

  /**
   * Returns the fields that every object must have: the required ones that are not among
   * {@linkplain Builder#alternatives alternatives}. A reader of a table checks its header for them once.
   *
   * @return the names, in order
   */
  public List<String> requiredFieldNames() {
    List<String> required = new ArrayList<>();
    for (Field<T, D, ?> field : fields) {
      if (field.presence == Presence.REQUIRED && alternativesOf(field.name) == null) {
        required.add(field.name);
      }
    }
    return List.copyOf(required);
  }

  /**
   * Reads an object, reporting every problem (including a node that is not a mapping).
   *
   * @param node the node
   * @param path its path, such as {@code accounts[3]} ({@code ""} for a file's root)
   * @param problems where problems go
   * @return the object, or empty if anything in it failed
   * @throws NullPointerException if an argument is null
   */
  public Optional<T> read(LocatedNode node, String path, Problems problems) {
    Optional<T> read = readFromValues(node, problems);
    return read != null ? read : readReporting(node, path, problems);
  }

  /**
   * Reads an entry straight from its values where it is a view and every field reads quickly; null where it must
   * be read the reporting way.
   */
  private Optional<T> readFromValues(LocatedNode node, Problems problems) {
    FlatValues.View view = node.view();
    return view != null && quick ? readQuickly(view.flat(), view.slot(), problems) : null;
  }

  /** Reads an object the reporting way, from its whole tree. */
  private Optional<T> readReporting(LocatedNode node, String path, Problems problems) {
    return ObjectFields.of(node.materialized(), path, what, names, problems).flatMap(this::read);
  }

  /**
   * Reads entry {@code index} of the list {@code list}, as {@link #read(LocatedNode, String, Problems)} reads it
   * with the path {@code list[index]}, with the same problems, but making that path only when the entry is not
   * read straight from its values: a big list's entries mostly are.
   *
   * @param node the entry
   * @param list the list's path, such as {@code rota}
   * @param index the entry's index in the list
   * @param problems where problems go
   * @return the object, or empty if anything in it failed
   * @throws NullPointerException if an argument is null
   */
  public Optional<T> read(LocatedNode node, String list, int index, Problems problems) {
    requireNonNull(list, "list");
    Optional<T> read = readFromValues(node, requireNonNull(problems, "problems"));
    return read != null ? read : readReporting(node, list + "[" + index + "]", problems);
  }

  /**
   * Reads an entry straight from its values, when it is a mapping of known, single, scalar fields that all read
   * quickly ({@link Codec#readScalar}), pass the checks and build: the object, read as {@link #read(ObjectFields)}
   * would read it, with nothing to report. Returns null in every other case, having reported nothing, so that the
   * entry is read again the reporting way: the same problems, with the same messages, in the same order.
   */
  private Optional<T> readQuickly(FlatValues values, int at, Problems problems) {
    if (values.kind(at) != LocatedNode.Kind.MAPPING) {
      return null;
    }
    int count = fields.size();
    int[] slots = values.scratch(count);
    for (int c = at + 1; c < values.end(at); c = values.end(c)) {
      Integer position = values.repeated(c) ? null : positions.get(values.name(c));
      if (position == null) {
        return null;
      }
      slots[position] = c;
    }
    ObjectFields trial = values.trial(what, problems);
    D draft = this.draft.get();
    Set<String> chosen = null;
    try {
      for (int i = 0; i < count; i++) {
        Field<T, D, ?> field = this.fields.get(i);
        Alternatives among = this.among[i];
        if (among != null) {
          if (chosen == null) {
            chosen = among.chooseQuickly(values, slots, positions);
            if (chosen == null) {
              return null;
            }
          }
          if (!chosen.contains(field.name)) {
            continue;
          }
        }
        if (!field.readQuickly(values, slots[i], trial, draft)) {
          return null;
        }
      }
      for (int i = 0; i < checks.size(); i++) {
        checks.get(i).check(draft, trial);
      }
      return trial.failed() ? null : Optional.of(build.apply(draft));
    } catch (ObjectFields.Undecided | IllegalArgumentException | IllegalStateException e) {
      return null;
    }
  }

  /**
   * Reads an object whose unknown fields have been reported already, as {@link ObjectFields#of} does.
   *
   * @param fields the object's fields
   * @return the object, or empty if anything in it failed
   * @throws NullPointerException if {@code fields} is null
   */
  public Optional<T> read(ObjectFields fields) {
    D draft = this.draft.get();
    if (!readFields(fields, draft)) {
      return Optional.empty();
    }
    // Indexed loops: an iterator per object and per field was a tenth of a big file's reading allocation.
    for (int i = 0; i < checks.size(); i++) {
      checks.get(i).check(draft, fields);
    }
    if (fields.failed()) {
      return Optional.empty();
    }
    try {
      return Optional.of(build.apply(draft));
    } catch (IllegalArgumentException | IllegalStateException e) {
      fields.fail(e.getMessage());
      return Optional.empty();
    }
  }

  private boolean readFields(ObjectFields fields, D draft) {
    Set<String> chosen = null;
    for (int i = 0; i < this.fields.size(); i++) {
      Field<T, D, ?> field = this.fields.get(i);
      Alternatives among = this.among[i];
      if (among != null) {
        if (chosen == null) {
          chosen = among.choose(fields);
          if (chosen == null) {
            return false;
          }
        }
        if (!chosen.contains(field.name)) {
          continue;
        }
      }
      field.read(fields, draft);
    }
    return true;
  }

  private Alternatives alternativesOf(String name) {
    for (Alternatives a : alternatives) {
      if (a.names.contains(name)) {
        return a;
      }
    }
    return null;
  }

  /**
   * Writes an object as a mapping: {@code {}} around {@linkplain #writeFields its fields}.
   *
   * @param out where to write
   * @param value the object
   * @throws IOException if writing fails
   */
  public void write(JsonGenerator out, T value) throws IOException {
    out.writeStartObject();
    writeFields(out, value);
    out.writeEndObject();
  }

  /**
   * Writes an object's fields, in order, into a mapping already started: required fields always, optional ones
   * when present, defaulted ones unless at their default.
   *
   * @param out where to write
   * @param value the object
   * @throws IOException if writing fails
   */
  public void writeFields(JsonGenerator out, T value) throws IOException {
    for (Field<T, D, ?> field : fields) {
      field.write(out, value);
    }
  }

  /**
   * Describes an object's fields, in order.
   *
   * @param <T> the object's type
   * @param <D> the draft's type
   */
  public static final class Builder<T, D> {

    private final String what;
    private final Supplier<? extends D> draft;
    private final List<Field<T, D, ?>> fields = new ArrayList<>();
    private final List<Alternatives> alternatives = new ArrayList<>();
    private final List<Check<D>> checks = new ArrayList<>();

    private Builder(String what, Supplier<? extends D> draft) {
      this.what = what;
      this.draft = draft;
    }

    /**
     * Adds a field of any presence; the value to write is optional, written when present.
     *
     * @param name the field name
     * @param codec reads and writes its value
     * @param presence whether it must be present
     * @param into puts a value read into the draft
     * @param from the value to write, or empty to leave the field out
     * @param <V> the value's type
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is used already
     */
    public <V> Builder<T, D> field(
        String name, Codec<V> codec, Presence presence, BiConsumer<? super D, ? super V> into,
        Function<? super T, Optional<? extends V>> from) {
      return add(new Field<>(name, codec, presence, null, into, from));
    }

    /**
     * Adds a required field.
     *
     * @param name the field name
     * @param codec reads and writes its value
     * @param into puts a value read into the draft
     * @param from the value to write
     * @param <V> the value's type
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is used already
     */
    public <V> Builder<T, D> required(
        String name, Codec<V> codec, BiConsumer<? super D, ? super V> into, Function<? super T, ? extends V> from) {
      requireNonNull(from, "from");
      return add(new Field<T, D, V>(name, codec, Presence.REQUIRED, null, into, t -> Optional.of(from.apply(t))));
    }

    /**
     * Adds an optional field.
     *
     * @param name the field name
     * @param codec reads and writes its value
     * @param into puts a value read into the draft
     * @param from the value to write, or empty to leave the field out
     * @param <V> the value's type
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is used already
     */
    public <V> Builder<T, D> optional(
        String name, Codec<V> codec, BiConsumer<? super D, ? super V> into,
        Function<? super T, Optional<? extends V>> from) {
      return add(new Field<>(name, codec, Presence.OPTIONAL, null, into, from));
    }

    /**
     * Adds a field with a default: absent reads as the default, and the default is not written.
     *
     * @param name the field name
     * @param codec reads and writes its value
     * @param defaultValue the value when the field is absent
     * @param into puts a value read (or the default) into the draft
     * @param from the value to write, left out when it equals {@code defaultValue}
     * @param <V> the value's type
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is used already
     */
    public <V> Builder<T, D> defaulted(
        String name, Codec<V> codec, V defaultValue, BiConsumer<? super D, ? super V> into,
        Function<? super T, ? extends V> from) {
      requireNonNull(defaultValue, "defaultValue");
      requireNonNull(from, "from");
      return add(new Field<T, D, V>(name, codec, Presence.DEFAULTED, defaultValue, into, t -> {
        V value = from.apply(t);
        return Objects.equals(value, defaultValue) ? Optional.empty() : Optional.of(value);
      }));
    }

    /**
     * Makes groups of fields alternatives: an object has the fields of exactly one group, such as a rota entry
     * that is either a shift ({@code from}, {@code to}) or a weekly pattern ({@code weekly}, {@code validFrom},
     * {@code validUntil}). Reading finds the group one of whose fields is present, reads only its fields
     * (so "required" means required within the group), and reports the object, reading no further, when
     * several groups or none are present. The fields must be declared with {@link #field} and friends.
     *
     * @param several the message when fields of several groups are present
     * @param none the message when no group's field is present
     * @param groups the groups of field names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than two groups are given, or a name is no declared field
     */
    @SafeVarargs
    public final Builder<T, D> alternatives(String several, String none, List<String>... groups) {
      requireNonNull(several, "several");
      requireNonNull(none, "none");
      if (groups.length < 2) {
        throw new IllegalArgumentException("alternatives need at least two groups");
      }
      List<Set<String>> sets = new ArrayList<>();
      for (List<String> group : groups) {
        for (String name : group) {
          if (fields.stream().noneMatch(f -> f.name.equals(name))) {
            throw new IllegalArgumentException("\"" + name + "\" is not a field of " + what + " declared so far");
          }
        }
        sets.add(Set.copyOf(group));
      }
      alternatives.add(new Alternatives(several, none, List.copyOf(sets)));
      return this;
    }

    /**
     * Adds a check that runs after the fields are read, whatever failed.
     *
     * @param check the check
     * @return this builder
     * @throws NullPointerException if {@code check} is null
     */
    public Builder<T, D> check(Check<D> check) {
      checks.add(requireNonNull(check, "check"));
      return this;
    }

    /**
     * Finishes the description.
     *
     * @param build makes the object from a complete draft, such as {@code Account.Builder::build}
     * @return the mapping
     * @throws NullPointerException if {@code build} is null
     */
    public ObjectMapping<T, D> build(Function<? super D, ? extends T> build) {
      return new ObjectMapping<>(this, requireNonNull(build, "build"));
    }

    private Builder<T, D> add(Field<T, D, ?> field) {
      if (fields.stream().anyMatch(f -> f.name.equals(field.name))) {
        throw new IllegalArgumentException("field \"" + field.name + "\" of " + what + " is declared twice");
      }
      fields.add(field);
      return this;
    }
  }

  private static final class Field<T, D, V> {
    final String name;
    final Codec<V> codec;
    final Presence presence;
    final V defaultValue;
    final BiConsumer<? super D, ? super V> into;
    final Function<? super T, Optional<? extends V>> from;

    Field(
        String name, Codec<V> codec, Presence presence, V defaultValue, BiConsumer<? super D, ? super V> into,
        Function<? super T, Optional<? extends V>> from) {
      this.name = requireNonNull(name, "name");
      this.codec = requireNonNull(codec, "codec");
      this.presence = requireNonNull(presence, "presence");
      this.defaultValue = defaultValue;
      this.into = requireNonNull(into, "into");
      this.from = requireNonNull(from, "from");
    }

    void read(ObjectFields fields, D draft) {
      LocatedNode node = fields.value(name, presence == Presence.REQUIRED);
      if (node == null) {
        if (presence == Presence.DEFAULTED) {
          into.accept(draft, defaultValue);
        }
        return;
      }
      V value = codec.read(fields, fields.path(name), node);
      if (value != null) {
        into.accept(draft, value);
      }
    }

    /** Reads the field from the value at a slot (-1: absent) quickly; false if it must be read the reporting way. */
    boolean readQuickly(FlatValues values, int slot, ObjectFields trial, D draft) {
      LocatedNode.Kind kind = slot < 0 ? LocatedNode.Kind.NULL : values.kind(slot);
      if (kind == LocatedNode.Kind.NULL) {
        if (presence == Presence.REQUIRED) {
          return false;
        }
        if (presence == Presence.DEFAULTED) {
          into.accept(draft, defaultValue);
        }
        return true;
      }
      if (kind == LocatedNode.Kind.MAPPING || kind == LocatedNode.Kind.LIST) {
        return false;
      }
      V value = codec.readScalar(trial, kind, values.text(slot));
      if (value == null) {
        return false;
      }
      into.accept(draft, value);
      return true;
    }

    void write(JsonGenerator out, T object) throws IOException {
      Optional<? extends V> value = from.apply(object);
      if (value.isPresent()) {
        out.writeFieldName(name);
        codec.write(out, value.get());
      }
    }
  }

  private static final class Alternatives {
    final String several;
    final String none;
    final List<Set<String>> groups;
    final Set<String> names = new HashSet<>();
    /** The names of each group, as arrays. */
    final String[][] groupNames;

    Alternatives(String several, String none, List<Set<String>> groups) {
      this.several = several;
      this.none = none;
      this.groups = groups;
      groups.forEach(names::addAll);
      this.groupNames = new String[groups.size()][];
      for (int g = 0; g < groupNames.length; g++) {
        groupNames[g] = groups.get(g).toArray(new String[0]);
      }
    }

    private static boolean anyPresent(Set<String> group, ObjectFields fields) {
      for (String name : group) {
        if (fields.has(name)) {
          return true;
        }
      }
      return false;
    }

    /** Returns the one group present in an entry read flat, or null if several or none are. */
    Set<String> chooseQuickly(FlatValues values, int[] slots, Map<String, Integer> positions) {
      Set<String> present = null;
      // Indexed, over arrays: an iterator per group and entry was a fiftieth of what a big rota's reading allocated.
      for (int g = 0; g < groupNames.length; g++) {
        boolean any = false;
        for (String name : groupNames[g]) {
          int slot = slots[positions.get(name)];
          any |= slot >= 0 && values.kind(slot) != LocatedNode.Kind.NULL;
        }
        if (any) {
          if (present != null) {
            return null;
          }
          present = groups.get(g);
        }
      }
      return present;
    }

    /** Returns the one group present, or null after reporting several or none. */
    Set<String> choose(ObjectFields fields) {
      Set<String> present = null;
      for (Set<String> group : groups) {
        if (anyPresent(group, fields)) {
          if (present != null) {
            fields.fail(several);
            return null;
          }
          present = group;
        }
      }
      if (present == null) {
        fields.fail(none);
      }
      return present;
    }
  }
}
