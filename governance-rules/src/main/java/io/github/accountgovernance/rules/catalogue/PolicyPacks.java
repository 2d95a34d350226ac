package io.github.accountgovernance.rules.catalogue;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The published policy packs, both built from the one catalogue of rules (MON, NAM, CLO, EST, ATT) and differing
 * only in which rules apply and their parameters:
 *
 * <ul>
 *   <li>{@link #npcc2021()}: the NPCC consolidated model as North Yorkshire Police adopted it in March 2021: one
 *       force-wide account and one account per district, corporate functions and justified specialist accounts;
 *       individual officers' accounts closed by 31 March 2021;
 *   <li>{@link #retainIndividualAccounts()}: as Northamptonshire chose, officers keep their own accounts, but
 *       every one of them must be monitored and signposted like any other (CLO-1 and EST-4 do not apply, EST-3
 *       allows individual accounts).
 * </ul>
 *
 * <p>A force derives its own from either, and its reports show which values it changed:
 *
 * <pre>{@code
 * PolicyPack ours = PolicyPacks.npcc2021().derive("nyp-2021")
 *     .set(MonitoringRules.MAX_GAP, Duration.ofHours(12))
 *     .build();
 * }</pre>
 *
 * <p>Packs are immutable and thread-safe; each method returns the same pack every time.
 */
public final class PolicyPacks {

  /** The id of {@link #npcc2021()}. */
  public static final String NPCC_2021 = "npcc2021";

  /**
   * The id of {@link #retainIndividualAccounts()}, the name the command line and pack files use for it, and the id
   * its reports show.
   */
  public static final String RETAIN_INDIVIDUAL_ACCOUNTS = "retain-individual";

  /** The pack's earlier id, still accepted by {@link #named(String)} (and so in pack files' {@code derivesFrom}). */
  private static final String RETAIN_INDIVIDUAL_EARLIER_ID = "retainindividualaccounts";

  private static final PolicyPack NPCC =
      PolicyPack.builder(NPCC_2021)
          .name("NPCC consolidated model (North Yorkshire, 2021)")
          .description(
              "One force-wide account and one account per district, run by local teams and monitored every day;"
                  + " corporate functions and justified specialist accounts; individual officers' accounts closed"
                  + " by 31 March 2021, handing their followers to a successor. As North Yorkshire Police adopted"
                  + " the National Police Chiefs' Council recommendation in March 2021.")
          .add(catalogue())
          .set(ClosureRules.DISALLOWED_TIERS, EnumSet.of(AccountTier.INDIVIDUAL_OFFICER))
          .set(ClosureRules.DEADLINE, LocalDate.of(2021, 3, 31))
          .set(
              EstateRules.ALLOWED_TIERS,
              EnumSet.of(
                  AccountTier.FORCE_WIDE,
                  AccountTier.DISTRICT,
                  AccountTier.CORPORATE_FUNCTION,
                  AccountTier.SPECIALIST_TEAM))
          .build();

  private static final PolicyPack RETAIN =
      PolicyPack.builder(RETAIN_INDIVIDUAL_ACCOUNTS)
          .name("Retain individual accounts (as Northamptonshire chose, 2021)")
          .description(
              "Officers keep their own accounts alongside the force and district accounts, as Northamptonshire"
                  + " Police chose in 2021; every account, individual ones included, must be monitored every day,"
                  + " covered during its declared hours by more than one person, and signposted out of hours.")
          .add(catalogue())
          .disable("CLO-1", "EST-4")
          .set(EstateRules.ALLOWED_TIERS, EnumSet.allOf(AccountTier.class))
          .build();

  private PolicyPacks() {}

  /**
   * Returns the NPCC consolidated model as North Yorkshire Police adopted it in 2021: every rule of the
   * catalogue, with individual officers' accounts disallowed (CLO-1, EST-3) and a closure deadline of
   * 31 March 2021.
   *
   * @return the pack {@value #NPCC_2021}
   */
  public static PolicyPack npcc2021() {
    return NPCC;
  }

  /**
   * Returns the pack of a force that keeps its officers' individual accounts, as Northamptonshire chose: the
   * same rules, with CLO-1 (disallowed tiers) and EST-4 (estate size) disabled and every tier allowed, so that
   * individual accounts must meet the monitoring and signposting rules instead.
   *
   * @return the pack {@value #RETAIN_INDIVIDUAL_ACCOUNTS}
   */
  public static PolicyPack retainIndividualAccounts() {
    return RETAIN;
  }

  /**
   * Returns both published packs, {@code npcc2021} first.
   *
   * @return the packs
   */
  public static List<PolicyPack> all() {
    return List.of(NPCC, RETAIN);
  }

  /**
   * Finds a published pack by its id, case-insensitively: {@code npcc2021} or {@code retain-individual} (also by
   * its earlier id, {@code retainIndividualAccounts}).
   *
   * @param name the id or short name
   * @return the pack, or empty
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<PolicyPack> named(String name) {
    String wanted = requireNonNull(name, "name").trim().toLowerCase(Locale.ROOT);
    if (wanted.equals(RETAIN_INDIVIDUAL_EARLIER_ID)) {
      return Optional.of(RETAIN);
    }
    return all().stream().filter(pack -> pack.id().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  /**
   * Returns every rule of the catalogue (MON-1..6, NAM-1..5, CLO-1..6, EST-1..5, ATT-1..3), in id order.
   *
   * @return the rules
   */
  public static List<Rule> catalogue() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(MonitoringRules.all());
    rules.addAll(NamingRules.all());
    rules.addAll(ClosureRules.all());
    rules.addAll(EstateRules.all());
    rules.addAll(AttributionRules.all());
    rules.sort(Comparator.comparing(Rule::id));
    return List.copyOf(rules);
  }
}
