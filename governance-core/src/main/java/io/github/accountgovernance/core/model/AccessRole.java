package io.github.accountgovernance.core.model;

/** What an access grant lets a contributor do on an account. */
public enum AccessRole {
  /** May post on the account. */
  POSTER,
  /** May administer the account: settings, access, and posting. */
  ADMINISTRATOR;
}
