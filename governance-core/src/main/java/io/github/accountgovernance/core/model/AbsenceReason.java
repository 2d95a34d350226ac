package io.github.accountgovernance.core.model;

/** Why a contributor cannot monitor during an absence. */
public enum AbsenceReason {
  /** Annual leave. */
  LEAVE,
  /** Sickness. */
  SICKNESS,
  /** Training or a course. */
  TRAINING,
  /** Any other reason. */
  OTHER;
}
