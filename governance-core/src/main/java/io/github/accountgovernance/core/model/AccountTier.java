package io.github.accountgovernance.core.model;

/** What an account speaks for, from the whole force down to one officer. */
public enum AccountTier {
  /** The force-wide account, such as {@code @NYorksPolice}. */
  FORCE_WIDE,
  /** A district account run by the local policing team, such as {@code @NYP_York}. */
  DISTRICT,
  /** A specialist team or unit, such as the Operational Support Unit's {@code @NYPRoadCrime}. */
  SPECIALIST_TEAM,
  /** A corporate function such as recruitment ({@code @NYP_Jobs}). */
  CORPORATE_FUNCTION,
  /** One officer's own account. */
  INDIVIDUAL_OFFICER;
}
