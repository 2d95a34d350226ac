package io.github.accountgovernance.core.model;

/** The kinds of people who post on or monitor a force's accounts. */
public enum ContributorKind {
  /** A police officer; officers have collar numbers. */
  OFFICER,
  /** A special constable (volunteer officer); has a collar number. */
  SPECIAL_CONSTABLE,
  /** Police staff. */
  STAFF,
  /** A volunteer. */
  VOLUNTEER;
}
