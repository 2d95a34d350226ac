package io.github.accountgovernance.benchmarks;

import io.github.accountgovernance.core.model.Estate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named estates the benchmarks take as a parameter, generated once per JVM and shared by every benchmark
 * of a fork:
 *
 * <ul>
 *   <li>{@code clean-10k}: 10,000 accounts, about 22,000 contributors, 91 days of 24/7 shifts and a year of weekly
 *       patterns (about 350,000 rota entries), no absences, no defects;
 *   <li>{@code national-10k}: the same with about 250,000 absences and planted defects;
 *   <li>{@code national-50k}: 50,000 accounts with 1.25 million absences and defects; 28 days of shifts (the
 *       rules' horizon), about a million rota entries;
 *   <li>{@code smoke}: 400 accounts with absences and defects, for the smoke test.
 * </ul>
 */
public final class Estates {

  private static final Map<String, Estate> CACHE = new ConcurrentHashMap<>();

  private Estates() {}

  /**
   * Returns the named estate, generating it on first use.
   *
   * @param name one of the names above
   * @return the estate
   * @throws IllegalArgumentException if the name is not one of them
   */
  public static Estate named(String name) {
    return CACHE.computeIfAbsent(name, key -> NationalEstate.generate(spec(key)));
  }

  static NationalEstate.Spec spec(String name) {
    switch (name) {
      case "clean-10k":
        return NationalEstate.Spec.accounts(10_000);
      case "national-10k":
        return NationalEstate.Spec.accounts(10_000).withAbsences().withDefects();
      case "national-50k":
        return NationalEstate.Spec.accounts(50_000).withRotaDays(28).withAbsences().withDefects();
      case "smoke":
        return NationalEstate.Spec.accounts(400).withRotaDays(56).withAbsences().withDefects();
      default:
        throw new IllegalArgumentException("no estate named \"" + name + "\"");
    }
  }
}
