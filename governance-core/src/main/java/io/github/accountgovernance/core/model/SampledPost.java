package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.time.SupportedTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post sampled from an account, with its author and the signature it carries (officers "may sign posts with
 * their name or collar number"; ATT-1 checks the signature is the author's own).
 *
 * <pre>{@code
 * SampledPost post = SampledPost.builder()
 *     .account("york-x").author("c-1402").postedAt(Instant.parse("2021-04-02T09:15:00Z"))
 *     .text("Out on patrol in Acomb this morning. PC 1402").signature("PC 1402")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class SampledPost implements Comparable<SampledPost> {

  private static final Comparator<SampledPost> ORDER =
      Comparator.comparing(SampledPost::postedAt)
          .thenComparing(SampledPost::account)
          .thenComparing(SampledPost::author)
          .thenComparing(SampledPost::text)
          .thenComparing(p -> p.signature().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  SampledPost() {}

  /**
   * Returns the id of the account the post was made on.
   *
   * @return the account id
   */
  public abstract String account();

  /**
   * Returns the id of the contributor who wrote the post.
   *
   * @return the author's id
   */
  public abstract String author();

  /**
   * Returns when the post was published.
   *
   * @return the instant
   */
  public abstract Instant postedAt();

  /**
   * Returns the post's text.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns the signature the post carries, such as {@code "PC 1402"} or {@code "Sgt Sam Example"}.
   *
   * @return the signature, or empty for an unsigned post
   */
  public abstract Optional<String> signature();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SampledPost}; {@code build()} throws {@link IllegalStateException} if a required attribute is unset. */
  public static final class Builder extends ImmutableSampledPost.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Identifiers.requireShortText("text of post on " + account(), text());
    SupportedTime.requireInstant("time of post on " + account(), postedAt());
  }

  /** Orders posts by time, account, author, then text. */
  @Override
  public int compareTo(SampledPost other) {
    return ORDER.compare(this, other);
  }
}
