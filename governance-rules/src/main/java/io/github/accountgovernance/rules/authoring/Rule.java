package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.model.Estate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A policy rule: a stable {@linkplain RuleId id} such as {@code MON-1}, a title, a {@link Severity}, a
 * statement that reads as the policy sentence, a rationale, a source, a hint for fixing violations, typed
 * {@linkplain Parameter parameters} with defaults, and what it checks.
 *
 * <p>Most rules say what every subject of a kind must satisfy, and their statement composes itself from the
 * criteria's words:
 *
 * <pre>{@code
 * Rule mon1 = Rules.accounts()
 *     .that(isOpen)
 *     .should(Criterion.atLeast(MIN_MONITORS, monitors, serving))
 *     .id("MON-1")
 *     .title("named monitors")
 *     .because("an account nobody monitors lets down whoever reports a crime to it")
 *     .source("DOMAIN.md, Monitoring coverage; seed: North Yorkshire Police consolidation")
 *     .hint("put a second serving officer on the account's rota")
 *     .parameters(MIN_MONITORS)
 *     .build();
 * mon1.statement();   // "every account that is open has at least 2 monitors that are serving"
 * }</pre>
 *
 * <p>Rules about the estate as a whole (one account per district, unique handles, successor chains, lookalikes
 * across all handles) are checks that report any number of violations:
 *
 * <pre>{@code
 * Rule est1 = Rule.ofCheck("EST-1", "each district has exactly one active district account per platform in use",
 *         (estate, context, sink) -> { ... sink.checked(...); sink.report(...); })
 *     .title("one account per district")
 *     .build();
 * }</pre>
 *
 * <p>Both kinds count the subjects they checked and passed. Immutable and thread-safe if its criteria and
 * check are.
 */
public final class Rule {

  /**
   * A whole-estate check: looks at the estate and reports what it checked and found.
   */
  @PublicAPI(usage = PublicAPI.Usage.INHERITANCE)
  @FunctionalInterface
  public interface Check {
    /**
     * Checks the estate.
     *
     * @param estate the estate
     * @param context the evaluation's instant, horizon, parameters and shared analyses
     * @param sink where to report checked subjects and violations
     */
    void check(Estate estate, EvaluationContext context, FindingSink sink);
  }

  /** What a rule evaluates: a criterion over every subject of a kind, or a whole-estate check. */
  interface Body {
    Outcome evaluate(Rule rule, EvaluationContext context);
  }

  /**
   * What evaluating one rule found, before waivers and baselines: how many subjects it checked and how many of
   * them passed, and the findings about each subject that failed. An {@code Evaluation} turns each failure into a
   * violation of the rule. Immutable.
   */
  public static final class Outcome {
    private final int checked;
    private final int passed;
    private final List<Failure> failures;
    private final int candidates;
    private final String kind;

    Outcome(int checked, int passed, List<Failure> failures) {
      this(checked, passed, failures, checked, "subjects");
    }

    Outcome(int checked, int passed, List<Failure> failures, int candidates, String kind) {
      this.checked = checked;
      this.passed = passed;
      this.failures = List.copyOf(failures);
      this.candidates = candidates;
      this.kind = kind;
    }

    /**
     * Returns how many subjects of the rule's kind the estate has before the rule's own selection narrows them,
     * such as every account for a rule about active accounts that declare monitored hours. A whole-estate check
     * has no selection: for it this is {@link #checked()}.
     *
     * @return the count, at least {@link #checked()}
     */
    public int candidates() {
      return candidates;
    }

    /**
     * Returns what the candidates are, in the plural, such as {@code "accounts"}.
     *
     * @return the kind of subject
     */
    public String kind() {
      return kind;
    }

    /**
     * Tells whether the rule's own selection filtered out every subject of its kind that the estate has: the
     * estate has {@linkplain #candidates() candidates} and the rule checked none of them. A rule whose kind of
     * subject is simply absent (no closure plans, say) did not select nothing: it had nothing to select from.
     *
     * @return whether the selection matched none of the existing subjects
     */
    public boolean selectedNothing() {
      return checked == 0 && candidates > 0;
    }

    /**
     * Returns how many subjects the rule checked.
     *
     * @return the count
     */
    public int checked() {
      return checked;
    }

    /**
     * Returns how many of the checked subjects passed.
     *
     * @return the count
     */
    public int passed() {
      return passed;
    }

    /**
     * Returns the subjects that failed, each with its findings, in the order the rule found them.
     *
     * @return the failures
     */
    public List<Failure> failures() {
      return failures;
    }
  }

  /** The findings about one subject that failed a rule. Immutable. */
  public static final class Failure {
    private final Subject subject;
    private final List<Finding> findings;

    Failure(Subject subject, List<Finding> findings) {
      this.subject = subject;
      this.findings = List.copyOf(findings);
    }

    /**
     * Returns the subject that failed.
     *
     * @return the subject
     */
    public Subject subject() {
      return subject;
    }

    /**
     * Returns why it failed: at least one finding.
     *
     * @return the findings
     */
    public List<Finding> findings() {
      return findings;
    }
  }

  private final RuleId id;
  private final String title;
  private final Severity severity;
  private final String statementTemplate;
  private final Optional<String> rationale;
  private final Optional<String> source;
  private final Optional<String> hint;
  private final boolean allowsEmptySelection;
  private final List<Parameter<?>> parameters;
  private final List<ParameterConstraint> constraints;
  private final Body body;

  private Rule(Builder builder, RuleId id, String title, List<Parameter<?>> parameters) {
    this.id = id;
    this.title = title;
    this.severity = builder.severity;
    this.statementTemplate = builder.statement;
    this.rationale = Optional.ofNullable(builder.rationale);
    this.source = Optional.ofNullable(builder.source);
    this.hint = Optional.ofNullable(builder.hint);
    this.allowsEmptySelection = builder.allowEmptySelection;
    this.parameters = parameters;
    this.constraints = List.copyOf(builder.constraints);
    this.body = builder.body;
  }

  /**
   * Starts a whole-estate rule.
   *
   * @param id the id, such as {@code "EST-1"}
   * @param statement the policy sentence, which may name parameters as {@code {key}}
   * @param check the check
   * @return a builder with id, statement and check set
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is malformed or the statement blank
   */
  public static Builder ofCheck(String id, String statement, Check check) {
    requireNonNull(check, "check");
    return new Builder(
            (rule, context) -> {
              FindingSink sink = new FindingSink();
              check.check(context.estate(), context, sink);
              List<Failure> failures = new ArrayList<>(sink.findings().size());
              for (int i = 0; i < sink.findings().size(); i++) {
                failures.add(new Failure(sink.subjects().get(i), List.of(sink.findings().get(i))));
              }
              return new Outcome(sink.checkedCount(), sink.checkedCount() - sink.failedCount(), failures);
            },
            requireStatement(statement))
        .id(id);
  }

  static String requireStatement(String statement) {
    requireNonNull(statement, "statement");
    return Words.requireWords("statement", statement);
  }

  /**
   * Returns the id.
   *
   * @return such as {@code MON-1}
   */
  public RuleId id() {
    return id;
  }

  /**
   * Returns the short title.
   *
   * @return such as {@code "named monitors"}
   */
  public String title() {
    return title;
  }

  /**
   * Returns the severity of its violations.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the statement with the parameters' defaults filled in.
   *
   * @return such as {@code "every account that is open has at least 2 monitors that are serving"}
   */
  public String statement() {
    Map<String, String> defaults = new HashMap<>();
    for (Parameter<?> parameter : parameters) {
      defaults.put(parameter.key(), formatDefault(parameter));
    }
    return Words.fill(statementTemplate, defaults);
  }

  /**
   * Returns the statement with the given parameter values (as text) filled in; keys not given keep their
   * defaults.
   *
   * @param values parameter values as text, by key
   * @return the statement
   * @throws NullPointerException if {@code values} is null
   */
  public String statement(Map<String, String> values) {
    requireNonNull(values, "values");
    Map<String, String> filled = new HashMap<>();
    for (Parameter<?> parameter : parameters) {
      filled.put(parameter.key(), values.getOrDefault(parameter.key(), formatDefault(parameter)));
    }
    return Words.fill(statementTemplate, filled);
  }

  private static <V> String formatDefault(Parameter<V> parameter) {
    return parameter.format(parameter.defaultValue());
  }

  /**
   * Returns the statement with {@code {key}} placeholders for its parameters.
   *
   * @return the template
   */
  public String statementTemplate() {
    return statementTemplate;
  }

  /**
   * Returns why the rule exists.
   *
   * @return the rationale, or empty
   */
  public Optional<String> rationale() {
    return rationale;
  }

  /**
   * Returns where the rule comes from: a seed article, guidance, a force's decision.
   *
   * @return the source, or empty
   */
  public Optional<String> source() {
    return source;
  }

  /**
   * Returns how to fix a violation, unless the violation says better.
   *
   * @return the hint, or empty
   */
  public Optional<String> hint() {
    return hint;
  }

  /**
   * Tells whether the rule's selection may match nothing on a sound estate (see
   * {@link Builder#allowEmptySelection()}), so that an evaluation does not note it when it checks nothing.
   *
   * @return whether an empty selection is normal for this rule
   */
  public boolean allowsEmptySelection() {
    return allowsEmptySelection;
  }

  /**
   * Returns the parameters, by key.
   *
   * @return the parameters
   */
  public List<Parameter<?>> parameters() {
    return parameters;
  }

  /**
   * Returns the constraints between the rule's parameters, which a pack checks when it is built.
   *
   * @return the constraints, in the order declared
   */
  public List<ParameterConstraint> constraints() {
    return constraints;
  }

  /**
   * Finds a parameter by key.
   *
   * @param key the key
   * @return the parameter, or empty
   */
  public Optional<Parameter<?>> parameter(String key) {
    for (Parameter<?> parameter : parameters) {
      if (parameter.key().equals(key)) {
        return Optional.of(parameter);
      }
    }
    return Optional.empty();
  }

  /**
   * Evaluates this rule alone over the context's estate, as of its instant and over its horizon. Each parameter
   * the rule declares has the value the context gives it (its default unless set with
   * {@link EvaluationContext#withValue(Parameter, Object)}); reading a parameter the rule does not declare fails.
   * Shared analyses are the context's own, so rules evaluated with contexts derived from one share them.
   *
   * @param context the estate, instant, horizon, parameter values and shared analyses
   * @return how many subjects the rule checked and passed, and the findings about each that failed
   * @throws NullPointerException if {@code context} is null
   */
  public Outcome evaluate(EvaluationContext context) {
    requireNonNull(context, "context");
    Map<String, Object> values = new HashMap<>();
    for (Parameter<?> parameter : parameters) {
      values.put(parameter.key(), context.value(parameter));
    }
    return body.evaluate(this, context.forRule(id, Map.copyOf(values)));
  }

  /** Returns the id and title. */
  @Override
  public String toString() {
    return id + " " + title;
  }

  /**
   * Builds a {@link Rule}. Start from {@link Rules#accounts()} (or another selection) and
   * {@link Selection#should(Criterion)}, or from {@link Rule#ofCheck(String, String, Check)}.
   *
   * <p>Not thread-safe; {@code build()} copies its state, so a builder may be reused.
   */
  public static final class Builder {
    private final Body body;
    private String id;
    private String title;
    private Severity severity = Severity.ERROR;
    private String statement;
    private String rationale;
    private String source;
    private String hint;
    private boolean allowEmptySelection;
    private final Map<String, Parameter<?>> parameters = new TreeMap<>();
    private final List<ParameterConstraint> constraints = new ArrayList<>();

    Builder(Body body, String statement) {
      this.body = body;
      this.statement = statement;
    }

    /**
     * Sets the id.
     *
     * @param ruleId such as {@code "MON-1"}
     * @return this builder
     * @throws NullPointerException if {@code ruleId} is null
     * @throws IllegalArgumentException if it is not of the form {@code PREFIX-NUMBER}
     */
    public Builder id(String ruleId) {
      RuleId.of(ruleId);
      this.id = ruleId;
      return this;
    }

    /**
     * Sets the short title.
     *
     * @param text such as {@code "named monitors"}
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if it is blank or not one line
     */
    public Builder title(String text) {
      this.title = Words.requireWords("title", requireNonNull(text, "text"));
      return this;
    }

    /**
     * Sets the severity; {@link Severity#ERROR} unless set.
     *
     * @param value the severity
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder severity(Severity value) {
      this.severity = requireNonNull(value, "value");
      return this;
    }

    /**
     * Replaces the statement composed from the criteria's words.
     *
     * @param text the policy sentence, which may name parameters as {@code {key}}
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if it is blank or not one line
     */
    public Builder statement(String text) {
      this.statement = requireStatement(text);
      return this;
    }

    /**
     * Sets why the rule exists.
     *
     * @param reason the rationale
     * @return this builder
     * @throws NullPointerException if {@code reason} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder because(String reason) {
      this.rationale = requireText("rationale", reason);
      return this;
    }

    /**
     * Sets where the rule comes from.
     *
     * @param reference such as {@code "seed: NYP consolidation article, 2021"}
     * @return this builder
     * @throws NullPointerException if {@code reference} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder source(String reference) {
      this.source = requireText("source", reference);
      return this;
    }

    /**
     * Sets how to fix a violation.
     *
     * @param text the hint
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder hint(String text) {
      this.hint = requireText("hint", text);
      return this;
    }

    /**
     * Says that the rule's selection may match nothing on a sound estate, so that an evaluation does not note it
     * as a rule that checked nothing. For example, "leavers hold no access" selects nothing where nobody has
     * left, and "closing accounts are monitored until closed" nothing where no account is closing: an empty
     * selection there is the normal case, not a mistake. As ArchUnit's {@code allowEmptyShould(true)}.
     *
     * @return this builder
     */
    public Builder allowEmptySelection() {
      this.allowEmptySelection = true;
      return this;
    }

    /**
     * Declares parameters that the rule's criteria read.
     *
     * @param declared the parameters
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if two different parameters share a key
     */
    public Builder parameters(Parameter<?>... declared) {
      requireNonNull(declared, "declared");
      for (Parameter<?> parameter : declared) {
        requireNonNull(parameter, "declared element");
        Parameter<?> known = parameters.putIfAbsent(parameter.key(), parameter);
        if (known != null && known != parameter) {
          throw new IllegalArgumentException("two different parameters share the key " + parameter.key());
        }
      }
      return this;
    }

    /**
     * Declares a constraint between two of the rule's parameters, which every pack's values must meet.
     *
     * @param constraint the constraint, such as {@code ParameterConstraint.atMost(MIN_NOTICE, MAX_NOTICE)}
     * @return this builder
     * @throws NullPointerException if {@code constraint} is null
     */
    public Builder requiring(ParameterConstraint constraint) {
      constraints.add(requireNonNull(constraint, "constraint"));
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws IllegalStateException if id or title is unset
     * @throws IllegalArgumentException if the statement names a parameter the rule does not declare, or a
     *     constraint relates a parameter the rule does not declare or is not met by the defaults
     */
    public Rule build() {
      if (id == null) {
        throw new IllegalStateException("a rule needs an id; set it with id(\"MON-1\")");
      }
      if (title == null) {
        throw new IllegalStateException("rule " + id + " needs a title; set it with title(...)");
      }
      for (String key : Words.placeholders(statement)) {
        if (!parameters.containsKey(key)) {
          throw new IllegalArgumentException(
              "the statement of " + id + " names {" + key + "}, which is not among its parameters "
                  + parameters.keySet() + ": \"" + statement + "\"");
        }
      }
      for (ParameterConstraint constraint : constraints) {
        for (Parameter<?> parameter : constraint.parameters()) {
          if (parameters.get(parameter.key()) != parameter) {
            throw new IllegalArgumentException(
                "the constraint \"" + constraint + "\" of " + id + " relates " + parameter.key()
                    + ", which is not among its parameters " + parameters.keySet());
          }
        }
        constraint.problem(Parameter::defaultValue).ifPresent(problem -> {
          throw new IllegalArgumentException("the defaults of " + id + " break its constraint: " + problem);
        });
      }
      List<Parameter<?>> declared = new ArrayList<>(parameters.values());
      declared.sort(Comparator.comparing(Parameter::key));
      return new Rule(this, RuleId.of(id), title, List.copyOf(declared));
    }

    private static String requireText(String what, String text) {
      requireNonNull(text, what);
      if (text.isBlank()) {
        throw new IllegalArgumentException("the " + what + " must not be blank, but was \"" + text + "\"");
      }
      return text;
    }
  }
}
