package io.github.accountgovernance.core.testing;

import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Force;
import java.util.List;

/**
 * North Yorkshire Police as the public reporting of March 2021 describes it: its eight districts and its handle
 * conventions ({@code NYorksPolice}, {@code NYP_{district}}, {@code NYP_{function}}). A fixed force for tests that
 * need a real one rather than a generated one.
 *
 * <p>Richmondshire's handle token is {@code Richmond}, because {@code NYP_Richmondshire} is longer than X's
 * 15 characters; Harrogate Borough, Scarborough Borough and Selby District use their first word.
 *
 * <pre>{@code
 * Estate estate = Estate.builder().force(NorthYorkshire.force()).asOf(asOf).addAccounts(...).build();
 * }</pre>
 *
 * <p>Immutable values; thread-safe.
 */
public final class NorthYorkshire {

  /** The force's name. */
  public static final String FORCE_NAME = "North Yorkshire Police";

  private static final List<District> DISTRICTS =
      List.of(
          District.of("craven", "Craven"),
          District.of("hambleton", "Hambleton"),
          District.of("harrogate", "Harrogate Borough", "Harrogate"),
          District.of("richmondshire", "Richmondshire", "Richmond"),
          District.of("ryedale", "Ryedale"),
          District.of("scarborough", "Scarborough Borough", "Scarborough"),
          District.of("selby", "Selby District", "Selby"),
          District.of("york", "York"));

  private static final Force FORCE =
      Force.builder()
          .name(FORCE_NAME)
          .districts(DISTRICTS)
          .putHandleConventions(AccountTier.FORCE_WIDE, "NYorksPolice")
          .putHandleConventions(AccountTier.DISTRICT, "NYP_{district}")
          .putHandleConventions(AccountTier.CORPORATE_FUNCTION, "NYP_{function}")
          .build();

  private NorthYorkshire() {}

  /**
   * Returns the eight districts, by code: Craven, Hambleton, Harrogate Borough, Richmondshire, Ryedale,
   * Scarborough Borough, Selby District and York.
   *
   * @return the districts
   */
  public static List<District> districts() {
    return DISTRICTS;
  }

  /**
   * Returns the force with its eight districts and handle conventions, in the Europe/London zone.
   *
   * @return the force
   */
  public static Force force() {
    return FORCE;
  }
}
