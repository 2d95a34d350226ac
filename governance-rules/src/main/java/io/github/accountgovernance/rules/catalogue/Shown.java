package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How the monitoring and closure rules show accounts, people and dates in messages and evidence, so that every
 * one of them words them alike.
 */
final class Shown {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

  private Shown() {}

  /** {@code @NYP_York (york-x)}: the handle people know and the id the estate file uses. */
  static String account(Account account) {
    return account.handle().display() + " (" + account.id() + ")";
  }

  /** {@code @NYP_York (york-x, closed)}, where an account's status explains the finding. */
  static String accountWithStatus(Account account) {
    return account.handle().display() + " (" + account.id() + ", " + status(account) + ")";
  }

  static String accountById(Estate estate, String accountId) {
    return estate.account(accountId).map(Shown::account).orElse(accountId);
  }

  static String handleById(Estate estate, String accountId) {
    return estate.account(accountId).map(account -> account.handle().display()).orElse(accountId);
  }

  static String status(Account account) {
    return account.status().name().toLowerCase(Locale.ROOT);
  }

  /** {@code PC Alex Example (c-1402)}. */
  static String contributor(Contributor contributor) {
    return contributor.name() + " (" + contributor.id() + ")";
  }

  static String contributorById(Estate estate, String contributorId) {
    return estate.contributor(contributorId).map(Shown::contributor).orElse(contributorId);
  }

  static List<String> contributorsById(Estate estate, Collection<String> contributorIds) {
    List<String> words = new ArrayList<>(contributorIds.size());
    for (String id : contributorIds) {
      words.add(contributorById(estate, id));
    }
    return words;
  }

  /** {@code Wed 31 Mar 2021}, as the coverage windows show their dates. */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** {@code 1 day}, {@code 21 days}. */
  static String days(long days) {
    return days + (days == 1 || days == -1 ? " day" : " days");
  }
}
