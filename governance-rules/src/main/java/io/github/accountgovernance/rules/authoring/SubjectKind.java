package io.github.accountgovernance.rules.authoring;

import java.util.Locale;

/** What kind of thing a {@link Subject} is: the things rules speak of. */
public enum SubjectKind {
  /** An account of the force. */
  ACCOUNT,
  /** A person who posts or monitors. */
  CONTRIBUTOR,
  /** A district of the force. */
  DISTRICT,
  /** The closure plan of an account. */
  CLOSURE_PLAN,
  /** A sampled post. */
  POST,
  /** A handle that is not (or no longer) an account of the estate, such as an observed lookalike. */
  HANDLE,
  /** A platform, for rules about the accounts on it taken together. */
  PLATFORM,
  /** The whole estate. */
  ESTATE;

  /**
   * Returns the lower-case name used in reports, fingerprints and files.
   *
   * @return such as {@code "account"} or {@code "closure-plan"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the kind with the given label.
   *
   * @param label such as {@code "account"} or {@code "closure-plan"}
   * @return the kind
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if the label names no kind
   */
  public static SubjectKind parse(String label) {
    java.util.Objects.requireNonNull(label, "label");
    for (SubjectKind kind : values()) {
      if (kind.label().equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown subject kind \"" + label + "\"");
  }
}
