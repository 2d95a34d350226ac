package io.github.accountgovernance.rules;

import io.github.accountgovernance.rules.authoring.RuleId;
import java.util.List;
import org.immutables.value.Value;

/**
 * The value a parameter has in a pack, with where it came from: its key, the value as text, its type, what it
 * means, the rule's default, the {@link Provenance} and which pack (or, for a default, which rule) set it, and
 * the rules that read it.
 *
 * <pre>{@code
 * for (EffectiveParameter p : report.parameters()) {
 *   System.out.println(p.key() + " = " + p.text() + " (" + p.provenance().label() + ", " + p.setBy() + ")");
 * }
 * // maxGap = 12h (force override, nyp-2021)
 * }</pre>
 *
 * <p>Equal when every part but the typed {@link #value()} is; parameters order by key. Immutable and
 * thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class EffectiveParameter implements Comparable<EffectiveParameter> {

  EffectiveParameter() {}

  /**
   * Returns the parameter's key.
   *
   * @return such as {@code "maxGap"}
   */
  public abstract String key();

  /**
   * Returns the effective value as text.
   *
   * @return such as {@code "12h"}
   */
  public abstract String text();

  /**
   * Returns the typed value, for code that reads reports in the same process.
   *
   * @return the value
   */
  @Value.Auxiliary
  public abstract Object value();

  /**
   * Returns the parameter's type in words.
   *
   * @return such as {@code "duration"}
   */
  public abstract String type();

  /**
   * Returns what the parameter means.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the rule's default as text.
   *
   * @return such as {@code "24h"}
   */
  public abstract String defaultText();

  /**
   * Returns the value as people should read it: {@link #text()}, or {@code "(none)"} for an empty value (an empty
   * list, no text), which would otherwise print as nothing at all.
   *
   * @return such as {@code "24h"} or {@code "(none)"}
   */
  public final String shownText() {
    return shown(text());
  }

  /**
   * Returns the default as people should read it: {@link #defaultText()}, or {@code "(none)"} when it is empty.
   *
   * @return such as {@code "24h"} or {@code "(none)"}
   */
  public final String shownDefault() {
    return shown(defaultText());
  }

  private static String shown(String text) {
    return text.isEmpty() ? "(none)" : text;
  }

  /**
   * Returns where the value comes from.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Returns which pack set the value, or for a default which rules declare it.
   *
   * @return such as {@code "nyp-2021"} or {@code "MON-2, CLO-4"}
   */
  public abstract String setBy();

  /**
   * Returns the rules that read the parameter.
   *
   * @return the rule ids, in order
   */
  public abstract List<RuleId> rules();

  /**
   * Returns a new builder, for readers of report files.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EffectiveParameter}; {@code build()} throws {@link IllegalStateException} if a part is unset. */
  public static final class Builder extends ImmutableEffectiveParameter.Builder {
    Builder() {}
  }

  @Override
  public int compareTo(EffectiveParameter other) {
    return key().compareTo(other.key());
  }
}
