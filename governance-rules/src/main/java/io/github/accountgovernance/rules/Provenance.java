package io.github.accountgovernance.rules;

/** Where an effective parameter value comes from, shown beside it in every report. */
public enum Provenance {
  /** The rule's own default: no pack set it. */
  RULE_DEFAULT,
  /** The pack set it when it was defined. */
  PACK,
  /** A pack derived from another (a force's own) overrode it. */
  FORCE_OVERRIDE;

  /**
   * Returns the provenance in words.
   *
   * @return such as {@code "rule default"} or {@code "force override"}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
