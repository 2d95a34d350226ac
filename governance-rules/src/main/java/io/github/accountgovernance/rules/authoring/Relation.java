package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The things related to a subject that a quantifier ranges over, such as the monitors of an account or the
 * successors of a closure plan, with the nouns that name them in words and the {@link SubjectType} that shows
 * each in a report.
 *
 * <pre>{@code
 * Relation<Account, Contributor> monitors = Relation.of("monitor", "monitors", SubjectType.CONTRIBUTOR,
 *     (account, context) -> context.estate().rotaFor(account.id()).stream()
 *         .map(slot -> context.estate().contributor(slot.contributor()).orElseThrow())
 *         .distinct().toList());
 * Criterion.atLeast(2, monitors, serving).description();   // "has at least 2 monitors that are serving"
 * }</pre>
 *
 * <p>Immutable and thread-safe if the function is.
 *
 * @param <T> the type of subject
 * @param <R> the type of related item
 */
public final class Relation<T, R> {

  private final String singular;
  private final String plural;
  private final SubjectType<R> subjectType;
  private final BiFunction<? super T, EvaluationContext, ? extends Collection<? extends R>> related;

  private Relation(
      String singular,
      String plural,
      SubjectType<R> subjectType,
      BiFunction<? super T, EvaluationContext, ? extends Collection<? extends R>> related) {
    this.singular = singular;
    this.plural = plural;
    this.subjectType = subjectType;
    this.related = related;
  }

  /**
   * Returns a relation.
   *
   * @param <T> the type of subject
   * @param <R> the type of related item
   * @param singular the noun for one related item, such as {@code "monitor"}
   * @param plural the noun for many, such as {@code "monitors"}
   * @param subjectType how a related item is shown in a report
   * @param related the related items of a subject, in a deterministic order, without duplicates
   * @return the relation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a noun is blank
   */
  public static <T, R> Relation<T, R> of(
      String singular,
      String plural,
      SubjectType<R> subjectType,
      BiFunction<? super T, EvaluationContext, ? extends Collection<? extends R>> related) {
    requireNonNull(singular, "singular");
    requireNonNull(plural, "plural");
    requireNonNull(subjectType, "subjectType");
    requireNonNull(related, "related");
    Words.requireWords("singular", singular);
    Words.requireWords("plural", plural);
    return new Relation<>(singular, plural, subjectType, related);
  }

  /**
   * Returns the noun for one related item.
   *
   * @return such as {@code "monitor"}
   */
  public String singular() {
    return singular;
  }

  /**
   * Returns the noun for many related items.
   *
   * @return such as {@code "monitors"}
   */
  public String plural() {
    return plural;
  }

  /**
   * Returns how a related item is shown in a report.
   *
   * @return the subject type
   */
  public SubjectType<R> subjectType() {
    return subjectType;
  }

  /**
   * Returns the items related to a subject.
   *
   * @param subject the subject
   * @param context the evaluation context
   * @return the related items
   * @throws NullPointerException if an argument is null, or the function returns null
   */
  public Collection<? extends R> of(T subject, EvaluationContext context) {
    requireNonNull(subject, "subject");
    requireNonNull(context, "context");
    Collection<? extends R> items = related.apply(subject, context);
    if (items == null) {
      throw new NullPointerException("the " + plural + " of " + subject + " are null");
    }
    return items;
  }

  /** Returns the plural noun. */
  @Override
  public String toString() {
    return plural;
  }
}
