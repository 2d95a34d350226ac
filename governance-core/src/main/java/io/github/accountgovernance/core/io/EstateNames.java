package io.github.accountgovernance.core.io;

import java.util.List;
import java.util.Locale;

/** The words of the estate file format: the version, the field names of each object, and enum spellings. */
final class EstateNames {

  /** The value of the top-level {@code format} field that this version of the library reads and writes. */
  static final String FORMAT = "account-governance/estate@1";

  static final List<String> TOP =
      List.of(
          "format", "force", "asOf", "accounts", "contributors", "grants", "rota", "absences", "closurePlans",
          "posts", "observedHandles");
  /** The top-level fields of an overlay, which applies closure plans to an estate read from another file. */
  static final List<String> OVERLAY_TOP = List.of("format", "closurePlans");
  static final List<String> FORCE = List.of("name", "zone", "districts", "handleConventions");
  static final List<String> DISTRICT = List.of("code", "name", "handleToken");
  static final List<String> ACCOUNT =
      List.of(
          "id", "platform", "handle", "displayName", "tier", "status", "district", "function", "owningTeam",
          "followers", "monitoredHours", "outOfHoursText", "bio", "justification", "openedOn", "closedOn",
          "deletedOn");
  static final List<String> CONTRIBUTOR =
      List.of("id", "kind", "name", "collarNumber", "district", "team", "status", "leftOn");
  static final List<String> GRANT = List.of("contributor", "account", "role");
  static final List<String> ROTA =
      List.of("contributor", "account", "from", "to", "weekly", "validFrom", "validUntil");
  static final List<String> ABSENCE = List.of("contributor", "from", "to", "reason");
  static final List<String> CLOSURE_PLAN =
      List.of("account", "successors", "finalMessage", "finalMessageOn", "closureDate", "archivedOn");
  static final List<String> POST = List.of("account", "author", "postedAt", "text", "signature");
  static final List<String> OBSERVED_HANDLE = List.of("platform", "handle", "observedOn", "note");

  /** How declared 24/7 monitoring is written. */
  static final String ALWAYS = "24/7";

  private EstateNames() {}

  /** Returns an enum constant as written in files: lower case with dashes, as in {@code force-wide}. */
  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
