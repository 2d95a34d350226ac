package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.api.PublicAPI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A condition on a subject of type {@code T} that describes itself in words and explains its verdict: the
 * building block of rules. Descriptions are verb phrases in the third person ({@code "is open"},
 * {@code "has at least {minMonitors} distinct serving monitors"}), so that composition composes the words and a
 * rule reads as its policy sentence without anyone writing it:
 *
 * <pre>{@code
 * Criterion<Account> open = Criterion.of("is open", account -> account.status().isOpen());
 * Criterion<Account> owned = Criterion.of("has an owning team", account -> account.owningTeam().isPresent());
 * open.and(owned).description();               // "is open and has an owning team"
 * Criterion.not(owned).description();          // "does not have an owning team"
 * owned.implies(open).description();           // "is open if it has an owning team"
 * Criterion.atLeast(2, Relations.MONITORS, serving).description();
 *                                              // "has at least 2 monitors that are serving"
 * }</pre>
 *
 * <p>{@link #test(Object, EvaluationContext)} returns a {@link Verdict}: satisfied or not, and for a failure
 * which clauses failed with what evidence. Composites obey boolean algebra in their verdicts (De Morgan, double
 * negation, commutativity, associativity, identity and annihilator, {@code a.implies(b) ≡ not(a).or(b)});
 * {@code and} tests every conjunct so that a report lists every failed clause, {@code or} stops at the first
 * alternative that holds. Passing verdicts are the shared {@link Verdict#pass()} unless a criterion chooses to
 * explain why it holds, so testing a passing criterion allocates nothing of its own.
 *
 * <p>Placeholders such as {@code {minMonitors}} in a description are filled with the effective parameter values
 * when a rule's statement is shown. Instances are made only by the factories here; they are immutable and
 * thread-safe if the functions given to them are.
 *
 * @param <T> the type of subject
 */
public abstract class Criterion<T> {

  /** How a criterion's description combines with others', for parentheses. */
  enum Form {
    SIMPLE,
    NEGATION,
    AND,
    OR,
    IMPLIES,
    BECAUSE
  }

  /**
   * Decides a criterion on one subject, with the reason.
   *
   * @param <T> the type of subject
   */
  @PublicAPI(usage = PublicAPI.Usage.INHERITANCE)
  @FunctionalInterface
  public interface Judge<T> {
    /**
     * Decides the criterion on one subject.
     *
     * @param subject the subject
     * @param context the evaluation's estate, instant, horizon, parameters and shared analyses
     * @return the verdict; {@link Verdict#of(boolean)} when there is nothing to say beyond the description
     */
    Verdict judge(T subject, EvaluationContext context);
  }

  private final String description;
  private final Form form;

  Criterion(String description, Form form) {
    this.description = description;
    this.form = form;
  }

  /**
   * Returns the criterion in words: a verb phrase that may hold {@code {parameter}} placeholders.
   *
   * @return the description
   */
  public final String description() {
    return description;
  }

  final Form form() {
    return form;
  }

  /** The adjective that names this criterion before a noun ("active or closing account"), or null. */
  String attributive() {
    return null;
  }

  /** The criteria a subject must all satisfy for this one to hold: the parts of an {@code and}, or this alone. */
  static <T> List<Criterion<? super T>> conjuncts(Criterion<T> criterion) {
    return criterion instanceof AllOf ? ((AllOf<T>) criterion).parts : List.of(criterion);
  }

  /**
   * Tests the criterion on one subject.
   *
   * @param subject the subject
   * @param context the evaluation's estate, instant, horizon, parameters and shared analyses
   * @return the verdict with, if it failed, at least one finding naming the failed clause
   * @throws NullPointerException if an argument is null
   */
  public abstract Verdict test(T subject, EvaluationContext context);

  // ---------------------------------------------------------------------------------------------- factories

  /**
   * Returns a criterion decided by a plain predicate. Its failure is worded from the description.
   *
   * @param <T> the type of subject
   * @param description the verb phrase, such as {@code "is open"}
   * @param predicate decides the criterion
   * @return the criterion
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is blank or not one line
   */
  public static <T> Criterion<T> of(String description, Predicate<? super T> predicate) {
    requireNonNull(predicate, "predicate");
    return new Leaf<>(description, null, (subject, context) -> Verdict.of(predicate.test(subject)));
  }

  /**
   * Returns a criterion decided by a judge that explains itself: it sees the evaluation context (parameters,
   * shared analyses) and returns findings with evidence. Findings without a clause get this description.
   *
   * @param <T> the type of subject
   * @param description the verb phrase, such as {@code "has at least {minMonitors} distinct serving monitors"}
   * @param judge decides the criterion, with the reason
   * @return the criterion
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is blank or not one line
   */
  public static <T> Criterion<T> explained(String description, Judge<? super T> judge) {
    requireNonNull(judge, "judge");
    return new Leaf<>(description, null, judge);
  }

  /**
   * Returns a criterion that a subject has a quality named by an adjective: described as {@code "is "} and the
   * adjective, and, when it narrows a {@link Selection}, named before the noun, so that
   * {@code Rules.accounts().that(Criterion.adjective("active or closing", ...))} reads "every active or closing
   * account" rather than "every account that is active or closing". Its failure is worded from the description.
   *
   * <pre>{@code
   * Criterion<Account> open = Criterion.adjective("active or closing", account -> account.status().isOpen());
   * open.description();                               // "is active or closing"
   * Criterion.not(open).description();                // "is not active or closing"
   * Rules.accounts().that(open).description();        // "every active or closing account"
   * }</pre>
   *
   * @param <T> the type of subject
   * @param adjective the adjective, such as {@code "serving"} or {@code "active or closing"}
   * @param predicate decides the criterion
   * @return the criterion
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the adjective is blank or not one line
   */
  public static <T> Criterion<T> adjective(String adjective, Predicate<? super T> predicate) {
    Words.requireWords("adjective", requireNonNull(adjective, "adjective"));
    requireNonNull(predicate, "predicate");
    return new Leaf<>("is " + adjective, adjective, (subject, context) -> Verdict.of(predicate.test(subject)));
  }

  /**
   * Returns a criterion that a subject has a quality named by an adjective, decided by a judge that sees the
   * evaluation context (a parameter, a shared analysis): described and placed as
   * {@link #adjective(String, Predicate)} describes and places it.
   *
   * <pre>{@code
   * Criterion<SampledPost> signed = Criterion.adjective("signed",
   *     (post, context) -> Verdict.of(signatureOf(post, context.value(SIGN_OFF_PATTERN)).isPresent()));
   * Rules.posts().that(signed).description();         // "every signed post"
   * }</pre>
   *
   * @param <T> the type of subject
   * @param adjective the adjective, such as {@code "signed"}
   * @param judge decides the criterion, with the reason
   * @return the criterion
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the adjective is blank or not one line
   */
  public static <T> Criterion<T> adjective(String adjective, Judge<? super T> judge) {
    Words.requireWords("adjective", requireNonNull(adjective, "adjective"));
    return new Leaf<>("is " + adjective, adjective, requireNonNull(judge, "judge"));
  }

  /**
   * Returns the criterion that always holds, described as {@code "always holds"}; the identity of {@code and}
   * and the annihilator of {@code or}.
   *
   * @param <T> the type of subject
   * @return the criterion
   */
  @SuppressWarnings("unchecked") // holds for any subject: it never looks at it
  public static <T> Criterion<T> alwaysTrue() {
    return (Criterion<T>) Constant.TRUE;
  }

  /**
   * Returns the criterion that never holds, described as {@code "never holds"}; the identity of {@code or} and
   * the annihilator of {@code and}.
   *
   * @param <T> the type of subject
   * @return the criterion
   */
  @SuppressWarnings("unchecked") // fails for any subject: it never looks at it
  public static <T> Criterion<T> alwaysFalse() {
    return (Criterion<T>) Constant.FALSE;
  }

  /**
   * Returns the criterion that holds when both hold: "A and B". Both are tested, so a failure names every
   * failed clause.
   *
   * @param other the other criterion
   * @return the conjunction
   * @throws NullPointerException if {@code other} is null
   */
  public final Criterion<T> and(Criterion<? super T> other) {
    return Criterion.<T>allOf(List.<Criterion<? super T>>of(this, requireNonNull(other, "other")));
  }

  /**
   * Returns the criterion that holds when either holds: "A or B".
   *
   * @param other the other criterion
   * @return the disjunction
   * @throws NullPointerException if {@code other} is null
   */
  public final Criterion<T> or(Criterion<? super T> other) {
    return Criterion.<T>anyOf(List.<Criterion<? super T>>of(this, requireNonNull(other, "other")));
  }

  /**
   * Returns the criterion that holds unless this holds and {@code consequence} does not; described as "B if it
   * A", so that {@code notMonitoredAllHours.implies(signposts)} reads "signposts … if it is not monitored 24/7".
   * A subject that does not satisfy this passes without testing {@code consequence}.
   *
   * @param consequence what must hold when this holds
   * @return the implication
   * @throws NullPointerException if {@code consequence} is null
   */
  public final Criterion<T> implies(Criterion<? super T> consequence) {
    return new Implication<>(this, requireNonNull(consequence, "consequence"));
  }

  /**
   * Returns this criterion with a reason appended to its words: "A, because R". The verdicts are this
   * criterion's.
   *
   * @param reason why the criterion matters
   * @return the criterion with the reason
   * @throws NullPointerException if {@code reason} is null
   * @throws IllegalArgumentException if the reason is blank or not one line
   */
  public final Criterion<T> because(String reason) {
    Words.requireWords("reason", requireNonNull(reason, "reason"));
    return new Renamed<>(this, description + ", because " + reason, Form.BECAUSE);
  }

  /**
   * Returns this criterion under other words, for a composite whose composed words read badly. The verdicts,
   * and the clauses their findings name, are this criterion's.
   *
   * @param newDescription the verb phrase
   * @return the renamed criterion
   * @throws NullPointerException if {@code newDescription} is null
   * @throws IllegalArgumentException if it is blank or not one line
   */
  public final Criterion<T> as(String newDescription) {
    Words.requireWords("description", requireNonNull(newDescription, "newDescription"));
    return new Renamed<>(this, newDescription, Form.SIMPLE);
  }

  /**
   * Returns the negation: "is not open" for "is open", "does not have an owner" for "has an owner", and
   * "not (…)" for composites. A negation fails with the reasons the criterion gave for holding; the
   * negation of a negation describes itself as the original.
   *
   * @param <T> the type of subject
   * @param criterion the criterion to negate
   * @return the negation
   * @throws NullPointerException if {@code criterion} is null
   */
  public static <T> Criterion<T> not(Criterion<T> criterion) {
    requireNonNull(criterion, "criterion");
    if (criterion instanceof Constant) {
      return criterion == Constant.TRUE ? alwaysFalse() : alwaysTrue();
    }
    return new Negation<>(criterion);
  }

  /**
   * Returns the criterion that holds when all hold: "A and B and C". Every one is tested. With none, it is
   * {@link #alwaysTrue()}.
   *
   * @param <T> the type of subject
   * @param criteria the criteria
   * @return the conjunction
   * @throws NullPointerException if an argument is null
   */
  @SafeVarargs
  public static <T> Criterion<T> allOf(Criterion<? super T>... criteria) {
    requireNonNull(criteria, "criteria");
    List<Criterion<? super T>> list = new ArrayList<>(criteria.length);
    for (Criterion<? super T> criterion : criteria) {
      list.add(criterion);
    }
    return allOf(list);
  }

  /**
   * Returns the criterion that holds when all hold: "A and B and C". Every one is tested. With none, it is
   * {@link #alwaysTrue()}.
   *
   * @param <T> the type of subject
   * @param criteria the criteria
   * @return the conjunction
   * @throws NullPointerException if an argument is null
   */
  public static <T> Criterion<T> allOf(List<? extends Criterion<? super T>> criteria) {
    List<Criterion<? super T>> parts = flatten(criteria, Form.AND);
    if (parts.isEmpty()) {
      return alwaysTrue();
    }
    return parts.size() == 1 ? narrow(parts.get(0)) : new AllOf<>(parts);
  }

  /**
   * Returns the criterion that holds when any holds: "A or B or C". Testing stops at the first that holds.
   * With none, it is {@link #alwaysFalse()}.
   *
   * @param <T> the type of subject
   * @param criteria the criteria
   * @return the disjunction
   * @throws NullPointerException if an argument is null
   */
  @SafeVarargs
  public static <T> Criterion<T> anyOf(Criterion<? super T>... criteria) {
    requireNonNull(criteria, "criteria");
    List<Criterion<? super T>> list = new ArrayList<>(criteria.length);
    for (Criterion<? super T> criterion : criteria) {
      list.add(criterion);
    }
    return anyOf(list);
  }

  /**
   * Returns the criterion that holds when any holds: "A or B or C". Testing stops at the first that holds.
   * With none, it is {@link #alwaysFalse()}.
   *
   * @param <T> the type of subject
   * @param criteria the criteria
   * @return the disjunction
   * @throws NullPointerException if an argument is null
   */
  public static <T> Criterion<T> anyOf(List<? extends Criterion<? super T>> criteria) {
    List<Criterion<? super T>> parts = flatten(criteria, Form.OR);
    if (parts.isEmpty()) {
      return alwaysFalse();
    }
    return parts.size() == 1 ? narrow(parts.get(0)) : new AnyOf<>(parts);
  }

  /**
   * Returns the criterion that holds when none holds: "not (A or B)".
   *
   * @param <T> the type of subject
   * @param criteria the criteria
   * @return the negated disjunction
   * @throws NullPointerException if an argument is null
   */
  @SafeVarargs
  public static <T> Criterion<T> noneOf(Criterion<? super T>... criteria) {
    requireNonNull(criteria, "criteria");
    List<Criterion<? super T>> list = new ArrayList<>(criteria.length);
    for (Criterion<? super T> criterion : criteria) {
      list.add(criterion);
    }
    return not(Criterion.<T>anyOf(list));
  }

  /**
   * Returns "{@code then} if it {@code condition}": the same as {@code condition.implies(then)}, for rules that
   * read better with the condition first.
   *
   * @param <T> the type of subject
   * @param condition when the consequence must hold
   * @param then what must hold
   * @return the implication
   * @throws NullPointerException if an argument is null
   */
  public static <T> Criterion<T> when(Criterion<T> condition, Criterion<? super T> then) {
    return requireNonNull(condition, "condition").implies(then);
  }

  // -------------------------------------------------------------------------------------------- quantifiers

  /**
   * Returns the criterion that every related item satisfies {@code criterion}: "has only monitors that are
   * serving". A subject with no related items satisfies it. A failure names each item that does not, with its
   * own findings as causes.
   *
   * @param <T> the type of subject
   * @param <R> the type of related item
   * @param relation the related items, such as the monitors of an account
   * @param criterion what each must satisfy
   * @return the criterion
   * @throws NullPointerException if an argument is null
   */
  public static <T, R> Criterion<T> every(Relation<T, R> relation, Criterion<? super R> criterion) {
    return new Quantified<>(Quantified.Kind.EVERY, 0, relation, criterion);
  }

  /**
   * Returns the criterion that some related item satisfies {@code criterion}: "has a monitor that is serving".
   *
   * @param <T> the type of subject
   * @param <R> the type of related item
   * @param relation the related items
   * @param criterion what one of them must satisfy
   * @return the criterion
   * @throws NullPointerException if an argument is null
   */
  public static <T, R> Criterion<T> some(Relation<T, R> relation, Criterion<? super R> criterion) {
    return new Quantified<>(Quantified.Kind.AT_LEAST, 1, relation, criterion);
  }

  /**
   * Returns the criterion that no related item satisfies {@code criterion}: "has no rota slot that is in the
   * future". A failure names each item that does.
   *
   * @param <T> the type of subject
   * @param <R> the type of related item
   * @param relation the related items
   * @param criterion what none of them may satisfy
   * @return the criterion
   * @throws NullPointerException if an argument is null
   */
  public static <T, R> Criterion<T> none(Relation<T, R> relation, Criterion<? super R> criterion) {
    return new Quantified<>(Quantified.Kind.NONE, 0, relation, criterion);
  }

  /**
   * Returns the criterion that at least {@code count} related items satisfy {@code criterion}: "has at least 2
   * monitors that are serving". Testing stops once {@code count} are found.
   *
   * @param <T> the type of subject
   * @param <R> the type of related item
   * @param count how many must satisfy it, zero or more
   * @param relation the related items
   * @param criterion what they must satisfy
   * @return the criterion
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static <T, R> Criterion<T> atLeast(int count, Relation<T, R> relation, Criterion<? super R> criterion) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, but was " + count);
    }
    return new Quantified<>(Quantified.Kind.AT_LEAST, count, relation, criterion);
  }

  /**
   * Returns the criterion that at least as many related items as a parameter's effective value satisfy
   * {@code criterion}: "has at least {minMonitors} monitors that are serving", which a rule's statement shows
   * as "has at least 2 monitors that are serving".
   *
   * @param <T> the type of subject
   * @param <R> the type of related item
   * @param count the parameter that says how many; the rule must declare it
   * @param relation the related items
   * @param criterion what they must satisfy
   * @return the criterion
   * @throws NullPointerException if an argument is null
   */
  public static <T, R> Criterion<T> atLeast(
      Parameter<Integer> count, Relation<T, R> relation, Criterion<? super R> criterion) {
    requireNonNull(count, "count");
    return new Quantified<>(Quantified.Kind.AT_LEAST, count, relation, criterion);
  }

  /** Returns the description. */
  @Override
  public String toString() {
    return description;
  }

  // ------------------------------------------------------------------------------------------ implementation

  private static <T> List<Criterion<? super T>> flatten(List<? extends Criterion<? super T>> criteria, Form form) {
    requireNonNull(criteria, "criteria");
    List<Criterion<? super T>> parts = new ArrayList<>(criteria.size());
    for (Criterion<? super T> criterion : criteria) {
      requireNonNull(criterion, "criteria element");
      if (criterion.form == form && criterion instanceof Junction) {
        parts.addAll(Criterion.<T>partsOf(criterion));
      } else {
        parts.add(criterion);
      }
    }
    return List.copyOf(parts);
  }

  @SuppressWarnings("unchecked") // the parts of a junction over a super type of T each test every T
  private static <T> List<Criterion<? super T>> partsOf(Criterion<? super T> junction) {
    return ((Junction<T>) (Junction<?>) junction).parts;
  }

  @SuppressWarnings("unchecked") // a criterion that tests any super type of T tests every T
  static <T> Criterion<T> narrow(Criterion<? super T> criterion) {
    return (Criterion<T>) criterion;
  }

  static String operand(Criterion<?> criterion, Form... allowed) {
    for (Form form : allowed) {
      if (criterion.form == form) {
        return criterion.description;
      }
    }
    return "(" + criterion.description + ")";
  }

  static Finding defaultFailure(String description) {
    return Finding.builder().clause(description).message("does not satisfy \"" + description + "\"").build();
  }

  /** A criterion decided by a judge. */
  private static final class Leaf<T> extends Criterion<T> {
    private final String attributive;
    private final Judge<? super T> judge;
    private final Verdict failure;

    Leaf(String description, String attributive, Judge<? super T> judge) {
      super(Words.requireWords("description", requireNonNull(description, "description")), Form.SIMPLE);
      this.attributive = attributive;
      this.judge = judge;
      this.failure = Verdict.fail(defaultFailure(description));
    }

    @Override
    String attributive() {
      return attributive;
    }

    @Override
    public Verdict test(T subject, EvaluationContext context) {
      requireNonNull(subject, "subject");
      requireNonNull(context, "context");
      Verdict verdict = judge.judge(subject, context);
      if (verdict == null) {
        throw new NullPointerException("the judge of \"" + description() + "\" returned no verdict");
      }
      if (verdict.reasons().isEmpty()) {
        return verdict.satisfied() ? verdict : failure;
      }
      return withClause(verdict, description());
    }
  }

  static Verdict withClause(Verdict verdict, String clause) {
    List<Finding> reasons = verdict.reasons();
    boolean allNamed = true;
    for (Finding reason : reasons) {
      allNamed &= reason.clause().isPresent();
    }
    if (allNamed) {
      return verdict;
    }
    List<Finding> named = new ArrayList<>(reasons.size());
    for (Finding reason : reasons) {
      named.add(reason.withClauseIfAbsent(clause));
    }
    return verdict.satisfied() ? Verdict.passBecause(named) : Verdict.fail(named);
  }

  /** {@code alwaysTrue()} and {@code alwaysFalse()}. */
  private static final class Constant extends Criterion<Object> {
    static final Constant TRUE = new Constant("always holds", true);
    static final Constant FALSE = new Constant("never holds", false);

    private final Verdict verdict;

    private Constant(String description, boolean value) {
      super(description, Form.SIMPLE);
      this.verdict = value ? Verdict.pass() : Verdict.fail(defaultFailure(description));
    }

    @Override
    public Verdict test(Object subject, EvaluationContext context) {
      requireNonNull(subject, "subject");
      requireNonNull(context, "context");
      return verdict;
    }
  }

  /** The parts of an {@code and} or {@code or}, flattened so that "A and B and C" needs no parentheses. */
  private abstract static class Junction<T> extends Criterion<T> {
    final List<Criterion<? super T>> parts;

    Junction(List<Criterion<? super T>> parts, Form form, String joiner, Form... bare) {
      super(join(parts, joiner, bare), form);
      this.parts = parts;
    }

    private static String join(List<? extends Criterion<?>> parts, String joiner, Form... bare) {
      StringBuilder words = new StringBuilder();
      for (Criterion<?> part : parts) {
        if (words.length() > 0) {
          words.append(joiner);
        }
        words.append(operand(part, bare));
      }
      return words.toString();
    }
  }

  private static final class AllOf<T> extends Junction<T> {
    AllOf(List<Criterion<? super T>> parts) {
      super(parts, Form.AND, " and ", Form.SIMPLE, Form.NEGATION);
    }

    @Override
    public Verdict test(T subject, EvaluationContext context) {
      List<Finding> failures = null;
      // Indexed loops: an iterator per test would be the only allocation of a passing composite.
      for (int i = 0; i < parts.size(); i++) {
        Verdict verdict = parts.get(i).test(subject, context);
        if (!verdict.satisfied()) {
          if (failures == null) {
            failures = new ArrayList<>(2);
          }
          failures.addAll(verdict.failures());
        }
      }
      return failures == null ? Verdict.pass() : Verdict.fail(failures);
    }
  }

  private static final class AnyOf<T> extends Junction<T> {
    AnyOf(List<Criterion<? super T>> parts) {
      super(parts, Form.OR, " or ", Form.SIMPLE, Form.NEGATION);
    }

    @Override
    public Verdict test(T subject, EvaluationContext context) {
      List<Finding> causes = null;
      for (int i = 0; i < parts.size(); i++) {
        Verdict verdict = parts.get(i).test(subject, context);
        if (verdict.satisfied()) {
          return verdict;
        }
        if (causes == null) {
          causes = new ArrayList<>(parts.size());
        }
        causes.addAll(verdict.failures());
      }
      StringBuilder message = new StringBuilder("satisfies none of the alternatives: ");
      for (int i = 0; i < causes.size(); i++) {
        message.append(i == 0 ? "" : "; ").append(causes.get(i).message());
      }
      return Verdict.fail(
          Finding.builder().clause(description()).message(message.toString()).addAllCauses(causes).build());
    }
  }

  private static final class Negation<T> extends Criterion<T> {
    private final Criterion<T> negated;

    Negation(Criterion<T> negated) {
      super(
          negated instanceof Negation
              ? ((Negation<T>) negated).negated.description()
              : Words.negate(negated.description(), negated.form() == Form.SIMPLE),
          negated instanceof Negation ? ((Negation<T>) negated).negated.form() : Form.NEGATION);
      this.negated = negated;
    }

    @Override
    public Verdict test(T subject, EvaluationContext context) {
      Verdict verdict = negated.test(subject, context);
      if (!verdict.satisfied()) {
        // Passing stays allocation-free: the negated criterion's failures are dropped, not wrapped.
        return Verdict.pass();
      }
      List<Finding> reasons = verdict.reasons();
      String message;
      if (reasons.isEmpty()) {
        message = "satisfies \"" + negated.description() + "\"";
      } else {
        StringBuilder text = new StringBuilder();
        for (Finding reason : reasons) {
          text.append(text.length() == 0 ? "" : "; ").append(reason.message());
        }
        message = text.toString();
      }
      return Verdict.fail(
          Finding.builder().clause(description()).message(message).addAllCauses(reasons).build());
    }
  }

  private static final class Implication<T> extends Criterion<T> {
    private final Criterion<T> condition;
    private final Criterion<? super T> consequence;

    Implication(Criterion<T> condition, Criterion<? super T> consequence) {
      super(
          operand(consequence, Form.SIMPLE, Form.NEGATION) + " if it " + operand(condition, Form.SIMPLE, Form.NEGATION),
          Form.IMPLIES);
      this.condition = condition;
      this.consequence = consequence;
    }

    @Override
    public Verdict test(T subject, EvaluationContext context) {
      if (!condition.test(subject, context).satisfied()) {
        return Verdict.pass();
      }
      return consequence.test(subject, context);
    }
  }

  private static final class Renamed<T> extends Criterion<T> {
    private final Criterion<T> original;

    Renamed(Criterion<T> original, String description, Form form) {
      super(description, form);
      this.original = original;
    }

    @Override
    public Verdict test(T subject, EvaluationContext context) {
      return original.test(subject, context);
    }
  }

  private static final class Quantified<T, R> extends Criterion<T> {
    enum Kind {
      EVERY,
      AT_LEAST,
      NONE
    }

    private final Kind kind;
    private final int fixedCount;
    private final Parameter<Integer> countParameter;
    private final Relation<T, R> relation;
    private final Criterion<? super R> criterion;

    Quantified(Kind kind, int count, Relation<T, R> relation, Criterion<? super R> criterion) {
      super(words(kind, String.valueOf(count), count, requireNonNull(relation, "relation"),
          requireNonNull(criterion, "criterion")), Form.SIMPLE);
      this.kind = kind;
      this.fixedCount = count;
      this.countParameter = null;
      this.relation = relation;
      this.criterion = criterion;
    }

    Quantified(Kind kind, Parameter<Integer> count, Relation<T, R> relation, Criterion<? super R> criterion) {
      super(words(kind, "{" + count.key() + "}", -1, requireNonNull(relation, "relation"),
          requireNonNull(criterion, "criterion")), Form.SIMPLE);
      this.kind = kind;
      this.fixedCount = -1;
      this.countParameter = count;
      this.relation = relation;
      this.criterion = criterion;
    }

    private static String words(
        Kind kind, String countWords, int count, Relation<?, ?> relation, Criterion<?> criterion) {
      String singular = operand(criterion, Form.SIMPLE, Form.NEGATION);
      String plural = Words.plural(singular);
      switch (kind) {
        case EVERY:
          return "has only " + relation.plural() + " that " + plural;
        case NONE:
          return "has no " + relation.singular() + " that " + singular;
        case AT_LEAST:
        default:
          if (count == 1) {
            return "has " + Words.article(relation.singular()) + " " + relation.singular() + " that " + singular;
          }
          return "has at least " + countWords + " " + relation.plural() + " that " + plural;
      }
    }

    @Override
    public Verdict test(T subject, EvaluationContext context) {
      requireNonNull(subject, "subject");
      Iterable<? extends R> items = relation.of(subject, context);
      switch (kind) {
        case EVERY:
          return every(items, context);
        case NONE:
          return none(items, context);
        case AT_LEAST:
        default:
          return atLeast(countParameter == null ? fixedCount : context.value(countParameter), items, context);
      }
    }

    private Verdict every(Iterable<? extends R> items, EvaluationContext context) {
      List<Finding> causes = null;
      List<String> names = null;
      int total = 0;
      for (R item : items) {
        total++;
        Verdict verdict = criterion.test(item, context);
        if (!verdict.satisfied()) {
          if (causes == null) {
            causes = new ArrayList<>();
            names = new ArrayList<>();
          }
          Subject about = relation.subjectType().subject(item, context.estate());
          names.add(about.displayName());
          for (Finding failure : verdict.failures()) {
            causes.add(failure.withSubjectIfAbsent(about));
          }
        }
      }
      if (causes == null) {
        return Verdict.pass();
      }
      String failing =
          Words.plural(Words.negate(criterion.description(), criterion.form() == Form.SIMPLE));
      return Verdict.fail(
          Finding.builder()
              .clause(description())
              .message(names.size() + " of " + total + " " + relation.plural() + " do not satisfy \""
                  + criterion.description() + "\": " + String.join(", ", names))
              .addEvidence(Evidence.of(relation.plural() + " that " + failing, names))
              .addAllCauses(causes)
              .build());
    }

    private Verdict none(Iterable<? extends R> items, EvaluationContext context) {
      List<Finding> causes = null;
      List<String> names = null;
      for (R item : items) {
        Verdict verdict = criterion.test(item, context);
        if (verdict.satisfied()) {
          if (causes == null) {
            causes = new ArrayList<>();
            names = new ArrayList<>();
          }
          Subject about = relation.subjectType().subject(item, context.estate());
          names.add(about.displayName());
          causes.add(
              Finding.builder()
                  .clause(criterion.description())
                  .subject(about)
                  .message("satisfies \"" + criterion.description() + "\"")
                  .addAllCauses(verdict.reasons())
                  .build());
        }
      }
      if (causes == null) {
        return Verdict.pass();
      }
      return Verdict.fail(
          Finding.builder()
              .clause(description())
              .message("has " + names.size() + " " + (names.size() == 1 ? relation.singular() : relation.plural())
                  + " that " + (names.size() == 1 ? criterion.description() : Words.plural(criterion.description()))
                  + ": " + String.join(", ", names))
              .addEvidence(Evidence.of(relation.plural() + " that " + Words.plural(criterion.description()), names))
              .addAllCauses(causes)
              .build());
    }

    private Verdict atLeast(int count, Iterable<? extends R> items, EvaluationContext context) {
      int found = 0;
      for (R item : items) {
        if (found >= count) {
          break;
        }
        if (criterion.test(item, context).satisfied()) {
          found++;
        }
      }
      if (found >= count) {
        return Verdict.pass();
      }
      // Failing is the rare case: test again to collect names and causes, so that passing allocates nothing.
      List<Finding> causes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (R item : items) {
        Verdict verdict = criterion.test(item, context);
        Subject about = relation.subjectType().subject(item, context.estate());
        if (verdict.satisfied()) {
          names.add(about.displayName());
        } else {
          for (Finding failure : verdict.failures()) {
            causes.add(failure.withSubjectIfAbsent(about));
          }
        }
      }
      String plural = Words.plural(criterion.description());
      return Verdict.fail(
          Finding.builder()
              .clause(description())
              .message("has " + found + " " + (found == 1 ? relation.singular() : relation.plural()) + " that "
                  + (found == 1 ? criterion.description() : plural) + ", needs at least " + count
                  + (names.isEmpty() ? "" : ": " + String.join(", ", names)))
              .addEvidence(Evidence.of(relation.plural() + " that " + plural, names))
              .addAllCauses(causes)
              .build());
    }
  }
}
