package io.github.accountgovernance.core.model;

/** Where an account is in its life. */
public enum AccountStatus {
  /** Planned, not yet open to the public. */
  PROPOSED,
  /** Open, posting and (the rules require) monitored. */
  ACTIVE,
  /** Announced for closure; still open and still monitored until its closure date. */
  CLOSING,
  /** Closed to new posts, kept registered and dormant so that nobody else can take the handle. */
  CLOSED,
  /** Removed from the platform; the handle is free for anyone to take. */
  DELETED;

  /**
   * Tells whether the public can still message the account and expect an answer.
   *
   * @return true for {@link #ACTIVE} and {@link #CLOSING}
   */
  public boolean isOpen() {
    return this == ACTIVE || this == CLOSING;
  }
}
