package io.github.accountgovernance.rules;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterConstraint;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.RuleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An immutable set of rules with parameter values: a policy a force can evaluate its estate against. A force
 * derives its own from a published pack, changing parameters, disabling rules and adding its own; every
 * effective value remembers where it came from, and reports show it.
 *
 * <pre>{@code
 * PolicyPack nyp = npcc2021.derive("nyp-2021")
 *     .name("North Yorkshire Police 2021")
 *     .set(MonitoringRules.MAX_GAP, Duration.ofHours(12))
 *     .disable("EST-4")
 *     .add(ourOwnRule)
 *     .build();
 * Report report = nyp.evaluate(estate);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one pack may be evaluated from many threads at once.
 */
public final class PolicyPack {

  private static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*");

  /** A value a pack set for a parameter. */
  private static final class Setting {
    final Parameter<?> parameter;
    final Object value;
    final Provenance provenance;
    final String setBy;

    Setting(Parameter<?> parameter, Object value, Provenance provenance, String setBy) {
      this.parameter = parameter;
      this.value = value;
      this.provenance = provenance;
      this.setBy = setBy;
    }
  }

  private final String id;
  private final String name;
  private final String description;
  private final Optional<String> derivedFrom;
  private final Map<RuleId, Rule> rules;
  private final Map<String, Setting> settings;
  private final Map<RuleId, String> disabled;
  private final List<EffectiveParameter> parameters;
  private final boolean notesEmptySelections;

  private PolicyPack(Builder builder, Map<String, Parameter<?>> declared) {
    this.id = builder.id;
    this.notesEmptySelections = builder.noteEmptySelections;
    this.name = builder.name == null ? builder.id : builder.name;
    this.description = builder.description;
    this.derivedFrom = Optional.ofNullable(builder.derivedFrom);
    this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(builder.rules)));
    this.settings = Map.copyOf(builder.settings);
    this.disabled = java.util.Collections.unmodifiableMap(new TreeMap<>(builder.disabled));
    Map<String, List<RuleId>> users = new TreeMap<>();
    for (Rule rule : rules.values()) {
      for (Parameter<?> parameter : rule.parameters()) {
        users.computeIfAbsent(parameter.key(), key -> new ArrayList<>()).add(rule.id());
      }
    }
    List<EffectiveParameter> effective = new ArrayList<>();
    for (Map.Entry<String, List<RuleId>> use : users.entrySet()) {
      effective.add(effective(declared.get(use.getKey()), settings.get(use.getKey()), use.getValue()));
    }
    this.parameters = List.copyOf(effective);
  }

  private static <V> EffectiveParameter effective(Parameter<V> parameter, Setting setting, List<RuleId> users) {
    @SuppressWarnings("unchecked") // settings are checked against their parameter when set
    V value = setting == null ? parameter.defaultValue() : (V) setting.value;
    List<String> ids = new ArrayList<>();
    for (RuleId user : users) {
      ids.add(user.value());
    }
    return EffectiveParameter.builder()
        .key(parameter.key())
        .text(parameter.format(value))
        .value(value)
        .type(parameter.type().name())
        .description(parameter.description())
        .defaultText(parameter.format(parameter.defaultValue()))
        .provenance(setting == null ? Provenance.RULE_DEFAULT : setting.provenance)
        .setBy(setting == null ? String.join(", ", ids) : setting.setBy)
        .rules(users)
        .build();
  }

  /**
   * Starts a new pack.
   *
   * @param id the id, such as {@code "npcc2021"}
   * @return the builder; values it sets have provenance {@link Provenance#PACK}
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the id is not a lower-case word with digits, hyphens or dots
   */
  public static Builder builder(String id) {
    return new Builder(requireId(id), null, Provenance.PACK);
  }

  private static String requireId(String id) {
    requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a pack id starts with a lower-case letter and has letters, digits, hyphens or dots, such as "
              + "\"nyp-2021\", but was \"" + id + "\"");
    }
    return id;
  }

  /**
   * Starts a pack derived from this one, with its rules and values; values the derived pack sets have
   * provenance {@link Provenance#FORCE_OVERRIDE} and name the derived pack.
   *
   * @param newId the derived pack's id, such as {@code "nyp-2021"}
   * @return the builder
   * @throws NullPointerException if {@code newId} is null
   * @throws IllegalArgumentException if the id is malformed or this pack's own
   */
  public Builder derive(String newId) {
    requireId(newId);
    if (newId.equals(id)) {
      throw new IllegalArgumentException("a derived pack needs an id of its own, but got \"" + newId + "\"");
    }
    Builder builder = new Builder(newId, id, Provenance.FORCE_OVERRIDE);
    builder.description = description;
    builder.rules.putAll(rules);
    builder.settings.putAll(settings);
    builder.disabled.putAll(disabled);
    builder.noteEmptySelections = notesEmptySelections;
    return builder;
  }

  /**
   * Tells whether an evaluation under this pack notes each rule whose own selection matched none of the
   * estate's subjects of its kind (a report warning of kind {@code rule-checked-nothing}), unless the rule
   * {@linkplain Rule#allowsEmptySelection() allows an empty selection}. On unless the pack switches it off.
   *
   * @return whether empty selections are noted
   */
  public boolean notesEmptySelections() {
    return notesEmptySelections;
  }

  /**
   * Returns the id.
   *
   * @return such as {@code "npcc2021"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the name.
   *
   * @return the name; the id unless set
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the pack is for.
   *
   * @return the description; empty text unless set
   */
  public String description() {
    return description;
  }

  /**
   * Returns the id of the pack this one was derived from.
   *
   * @return the parent's id, or empty
   */
  public Optional<String> derivedFrom() {
    return derivedFrom;
  }

  /**
   * Returns the rules, by id.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * Finds a rule by id.
   *
   * @param ruleId such as {@code "MON-2"}
   * @return the rule, or empty
   * @throws NullPointerException if {@code ruleId} is null
   * @throws IllegalArgumentException if the id is malformed
   */
  public Optional<Rule> rule(String ruleId) {
    return Optional.ofNullable(rules.get(RuleId.of(ruleId)));
  }

  /**
   * Returns the rules this pack or one it derives from disabled, with the pack that disabled each.
   *
   * @return pack ids, by rule id
   */
  public Map<RuleId, String> disabled() {
    return disabled;
  }

  /**
   * Returns the effective value of every parameter a rule of the pack reads, with its provenance.
   *
   * @return the parameters, by key
   */
  public List<EffectiveParameter> parameters() {
    return parameters;
  }

  /**
   * Returns the effective value of a parameter.
   *
   * @param <V> the type of value
   * @param parameter the parameter
   * @return the value the pack sets, or the default
   * @throws NullPointerException if {@code parameter} is null
   */
  public <V> V value(Parameter<V> parameter) {
    requireNonNull(parameter, "parameter");
    Setting setting = settings.get(parameter.key());
    @SuppressWarnings("unchecked") // settings are checked against their parameter when set
    V value = setting == null ? parameter.defaultValue() : (V) setting.value;
    return value;
  }

  /**
   * Evaluates an estate as of its own instant, over the default horizon, without waivers or baseline.
   *
   * @param estate the estate
   * @return the report
   * @throws NullPointerException if {@code estate} is null
   */
  public Report evaluate(Estate estate) {
    return Evaluation.of(this).evaluate(estate);
  }

  /**
   * Returns an evaluation of this pack with default options, to set the instant, horizon, waivers or baseline.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return Evaluation.of(this);
  }

  /** Returns the id and name. */
  @Override
  public String toString() {
    return id + " (" + name + ")";
  }

  /**
   * Builds a {@link PolicyPack}; from {@link PolicyPack#builder(String)} or {@link PolicyPack#derive(String)}.
   * Not thread-safe; {@code build()} copies its state.
   */
  public static final class Builder {
    private final String id;
    private final String derivedFrom;
    private final Provenance provenance;
    private String name;
    private String description = "";
    private final Map<RuleId, Rule> rules = new TreeMap<>();
    private final Map<String, Setting> settings = new HashMap<>();
    private final Map<String, String> pendingText = new LinkedHashMap<>();
    private final Map<RuleId, String> disabled = new TreeMap<>();

    private boolean noteEmptySelections = true;

    Builder(String id, String derivedFrom, Provenance provenance) {
      this.id = id;
      this.derivedFrom = derivedFrom;
      this.provenance = provenance;
    }

    /**
     * Sets whether an evaluation notes each rule whose own selection matched none of the estate's subjects of
     * its kind (on unless switched off; a derived pack starts with its base's choice). Switch it off for a pack
     * whose rules are meant to lie dormant on some estates.
     *
     * @param enabled whether to note empty selections
     * @return this builder
     */
    public Builder noteEmptySelections(boolean enabled) {
      this.noteEmptySelections = enabled;
      return this;
    }

    /**
     * Sets the name.
     *
     * @param text such as {@code "NPCC consolidated model (2021)"}
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder name(String text) {
      this.name = requireOneLine("pack name", requireNonNull(text, "text"));
      return this;
    }

    /**
     * Sets what the pack is for.
     *
     * @param text the description
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     */
    public Builder description(String text) {
      this.description = requireNonNull(text, "text");
      return this;
    }

    /**
     * Adds rules.
     *
     * @param added the rules
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the pack already has a rule with the same id
     */
    public Builder add(Rule... added) {
      requireNonNull(added, "added");
      for (Rule rule : added) {
        requireNonNull(rule, "added element");
        if (rules.containsKey(rule.id())) {
          throw new IllegalArgumentException(
              "pack " + id + " already has rule " + rule.id() + "; use replace(...) to change it");
        }
        rules.put(rule.id(), rule);
        disabled.remove(rule.id());
      }
      return this;
    }

    /**
     * Adds rules.
     *
     * @param added the rules
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the pack already has a rule with the same id
     */
    public Builder add(List<Rule> added) {
      requireNonNull(added, "added");
      return add(added.toArray(new Rule[0]));
    }

    /**
     * Replaces a rule with another of the same id.
     *
     * @param rule the new rule
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     * @throws IllegalArgumentException if the pack has no rule with its id
     */
    public Builder replace(Rule rule) {
      requireNonNull(rule, "rule");
      if (!rules.containsKey(rule.id())) {
        throw unknownRule(rule.id().value());
      }
      rules.put(rule.id(), rule);
      return this;
    }

    /**
     * Disables rules: the pack no longer evaluates them. Reports list them as disabled.
     *
     * @param ruleIds the ids, such as {@code "EST-4"}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the pack has no rule with one of the ids
     */
    public Builder disable(String... ruleIds) {
      requireNonNull(ruleIds, "ruleIds");
      for (String ruleId : ruleIds) {
        RuleId key = RuleId.of(requireNonNull(ruleId, "ruleIds element"));
        if (rules.remove(key) == null) {
          throw unknownRule(ruleId);
        }
        disabled.put(key, id);
      }
      return this;
    }

    private IllegalArgumentException unknownRule(String ruleId) {
      List<String> known = new ArrayList<>();
      for (RuleId rule : rules.keySet()) {
        known.add(rule.value());
      }
      return new IllegalArgumentException(
          "pack " + id + " has no rule " + ruleId + Suggestions.didYouMean(ruleId, known));
    }

    /**
     * Sets a parameter's value.
     *
     * @param <V> the type of value
     * @param parameter the parameter; a rule of the pack must declare it by {@code build()}
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the value breaks the parameter's constraint
     */
    public <V> Builder set(Parameter<V> parameter, V value) {
      requireNonNull(parameter, "parameter");
      settings.put(parameter.key(), new Setting(parameter, parameter.check(value), provenance, id));
      pendingText.remove(parameter.key());
      return this;
    }

    /**
     * Sets a parameter's value from text, as files and the command line do; the text is read by the type of
     * the parameter with that key when the pack is built.
     *
     * @param key the parameter's key, such as {@code "maxGap"}
     * @param text the value as text, such as {@code "12h"}
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder set(String key, String text) {
      requireNonNull(key, "key");
      requireNonNull(text, "text");
      settings.remove(key);
      pendingText.put(key, text);
      return this;
    }

    /**
     * Builds the pack.
     *
     * @return the pack
     * @throws IllegalArgumentException if a value is set for a parameter no rule declares (naming the closest
     *     key), text does not parse, two rules declare different parameters under one key, or the values break
     *     a rule's {@linkplain Rule#constraints() constraint between its parameters}
     */
    public PolicyPack build() {
      Map<String, Parameter<?>> declared = new TreeMap<>();
      for (Rule rule : rules.values()) {
        for (Parameter<?> parameter : rule.parameters()) {
          Parameter<?> known = declared.putIfAbsent(parameter.key(), parameter);
          if (known != null && known != parameter && known.type() != parameter.type()) {
            throw new IllegalArgumentException(
                "rules of pack " + id + " declare parameter " + parameter.key() + " as both a "
                    + known.type().name() + " and a " + parameter.type().name());
          }
        }
      }
      Map<String, Setting> resolved = new HashMap<>();
      for (Map.Entry<String, Setting> setting : settings.entrySet()) {
        if (declared.containsKey(setting.getKey())) {
          resolved.put(setting.getKey(), setting.getValue());
        } else if (setting.getValue().provenance == provenance && setting.getValue().setBy.equals(id)) {
          throw unknownParameter(setting.getKey(), declared);
        }
      }
      for (Map.Entry<String, String> text : pendingText.entrySet()) {
        Parameter<?> parameter = declared.get(text.getKey());
        if (parameter == null) {
          throw unknownParameter(text.getKey(), declared);
        }
        resolved.put(text.getKey(), new Setting(parameter, parameter.parse(text.getValue()), provenance, id));
      }
      for (Rule rule : rules.values()) {
        for (ParameterConstraint constraint : rule.constraints()) {
          constraint
              .problem(p -> resolved.containsKey(p.key()) ? resolved.get(p.key()).value : p.defaultValue())
              .ifPresent(problem -> {
                throw new IllegalArgumentException("pack " + id + ": " + rule.id() + " requires that " + problem);
              });
        }
      }
      Builder copy = new Builder(id, derivedFrom, provenance);
      copy.name = name;
      copy.description = description;
      copy.rules.putAll(rules);
      copy.settings.putAll(resolved);
      copy.disabled.putAll(disabled);
      copy.noteEmptySelections = noteEmptySelections;
      return new PolicyPack(copy, declared);
    }

    private IllegalArgumentException unknownParameter(String key, Map<String, Parameter<?>> declared) {
      return new IllegalArgumentException(
          "no rule of pack " + id + " declares parameter " + key + Suggestions.didYouMean(key, declared.keySet()));
    }
  }

  private static String requireOneLine(String what, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, but was \"" + text + "\"");
    }
    if (!text.strip().equals(text) || text.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          what + " must be one line without surrounding space, but was \"" + text + "\"");
    }
    return text;
  }
}
