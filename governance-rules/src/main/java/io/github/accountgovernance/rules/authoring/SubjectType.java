package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.core.time.TimeWindow;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A kind of thing that rules quantify over: how it is named in words ({@code account}, {@code accounts}),
 * where an estate keeps all of them, and how one of them is shown in a report ({@link Subject}).
 *
 * <pre>{@code
 * SubjectType.ACCOUNT.all(estate);              // every account, by id
 * SubjectType.ACCOUNT.subject(york, estate);    // account york-x, shown as @NYP_York
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class SubjectType<T> {

  /** The accounts of the estate. */
  public static final SubjectType<Account> ACCOUNT =
      of("account", "accounts", Estate::accounts, (account, estate) -> Subject.of(account));

  /** The contributors of the estate. */
  public static final SubjectType<Contributor> CONTRIBUTOR =
      of("contributor", "contributors", Estate::contributors, (person, estate) -> Subject.of(person));

  /** The districts of the estate's force. */
  public static final SubjectType<District> DISTRICT =
      of("district", "districts", estate -> estate.force().districts(), (district, estate) -> Subject.of(district));

  /** The closure plans of the estate. */
  public static final SubjectType<ClosurePlan> CLOSURE_PLAN =
      of("closure plan", "closure plans", Estate::closurePlans, Subject::of);

  /** The sampled posts of the estate. */
  public static final SubjectType<SampledPost> POST =
      of(
          "post",
          "posts",
          Estate::posts,
          (post, estate) ->
              Subject.of(
                  SubjectKind.POST,
                  post.account() + "@" + post.postedAt(),
                  estate.account(post.account()).map(a -> a.handle().display()).orElse(post.account())
                      + " at " + TimeWindow.formatInstant(post.postedAt(), estate.force().zone())));

  /** The estate itself, as the one subject of rules about the whole estate. */
  public static final SubjectType<Estate> ESTATE =
      of("estate", "estates", List::of, (estate, context) -> Subject.of(estate));

  private final String singular;
  private final String plural;
  private final Function<Estate, ? extends List<? extends T>> all;
  private final BiFunction<? super T, Estate, Subject> subject;

  private SubjectType(
      String singular,
      String plural,
      Function<Estate, ? extends List<? extends T>> all,
      BiFunction<? super T, Estate, Subject> subject) {
    this.singular = singular;
    this.plural = plural;
    this.all = all;
    this.subject = subject;
  }

  /**
   * Returns a subject type of one's own, such as the observed handles or the platforms in use.
   *
   * @param <T> the model type
   * @param singular the noun for one, such as {@code "observed handle"}
   * @param plural the noun for many, such as {@code "observed handles"}
   * @param all all of them in an estate, in a deterministic order
   * @param subject how one of them is shown in a report
   * @return the subject type
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a noun is blank
   */
  public static <T> SubjectType<T> of(
      String singular,
      String plural,
      Function<Estate, ? extends List<? extends T>> all,
      BiFunction<? super T, Estate, Subject> subject) {
    requireNonNull(singular, "singular");
    requireNonNull(plural, "plural");
    requireNonNull(all, "all");
    requireNonNull(subject, "subject");
    Words.requireWords("singular", singular);
    Words.requireWords("plural", plural);
    return new SubjectType<>(singular, plural, all, subject);
  }

  /**
   * Returns the noun for one of them.
   *
   * @return such as {@code "account"}
   */
  public String singular() {
    return singular;
  }

  /**
   * Returns the noun for many of them.
   *
   * @return such as {@code "accounts"}
   */
  public String plural() {
    return plural;
  }

  /**
   * Returns all of them in an estate.
   *
   * @param estate the estate
   * @return them, in the estate's canonical order
   * @throws NullPointerException if {@code estate} is null
   */
  public List<? extends T> all(Estate estate) {
    return all.apply(requireNonNull(estate, "estate"));
  }

  /**
   * Returns how one of them is shown in a report.
   *
   * @param item the item
   * @param estate the estate it belongs to
   * @return the subject
   * @throws NullPointerException if an argument is null
   */
  public Subject subject(T item, Estate estate) {
    return subject.apply(requireNonNull(item, "item"), requireNonNull(estate, "estate"));
  }

  /** Returns the singular noun. */
  @Override
  public String toString() {
    return singular;
  }
}
