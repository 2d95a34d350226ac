package io.github.accountgovernance.core.io;

import io.github.accountgovernance.core.internal.LocatedNode;
import io.github.accountgovernance.core.internal.Problems;
import io.github.accountgovernance.core.internal.Suggestions;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.EstateProblem;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the values of an estate file into model objects, one object at a time, collecting every problem.
 * A model builder's own rejection ({@link IllegalArgumentException} or {@link IllegalStateException}) becomes
 * a problem at that object's path. When the objects are all fine, {@link #estate()} builds the estate and
 * locates the problems it reports (unresolved references, repeated ids) in the file.
 */
final class EstateDecoder {

  private final Problems problems;
  private final LocationIndex locations;

  private boolean formatSeen;
  private boolean forceSeen;
  private boolean asOfSeen;
  private Force force;
  private Instant asOf;
  private final List<Account> accounts = new ArrayList<>();
  private final List<Contributor> contributors = new ArrayList<>();
  private final List<AccessGrant> grants = new ArrayList<>();
  private final List<RotaAssignment> rota = new ArrayList<>();
  private final List<Absence> absences = new ArrayList<>();
  private final List<ClosurePlan> closurePlans = new ArrayList<>();
  private final List<SampledPost> posts = new ArrayList<>();
  private final List<ObservedHandle> observedHandles = new ArrayList<>();

  EstateDecoder(Problems problems) {
    this.problems = problems;
    this.locations = new LocationIndex(problems);
  }

  LocationIndex locations() {
    return locations;
  }

  void format(LocatedNode node) {
    formatSeen = true;
    String text = node.isText() ? node.text() : null;
    if (!EstateNames.FORMAT.equals(text)) {
      problems.add(
          "format",
          "this library reads estate files of format \"" + EstateNames.FORMAT + "\", but the file says "
              + node.describe() + "; check the file is an estate file and was written for this version",
          node);
    }
  }

  void asOf(LocatedNode node) {
    asOfSeen = true;
    Instant instant = scalarInstant("asOf", node);
    if (instant != null) {
      asOf = instant;
    }
  }

  private Instant scalarInstant(String path, LocatedNode node) {
    if (node.isText()) {
      try {
        return Instant.parse(node.text().trim());
      } catch (DateTimeException e) {
        // reported below
      }
    }
    problems.add(
        path,
        "expected an instant such as 2021-04-06T00:00:00Z (UTC) or 2021-04-06T01:00:00+01:00, but got "
            + node.describe(),
        node);
    return null;
  }

  void force(LocatedNode node) {
    forceSeen = true;
    MappingReader force = MappingReader.of(node, "force", "the force", EstateNames.FORCE, problems);
    if (force == null) {
      return;
    }
    locations.path("force", node);
    String name = force.text("name", true);
    ZoneId zone = zone(force);
    List<District> districts = districts(force);
    Force.Builder builder = Force.builder();
    LocatedNode conventions = force.value("handleConventions", false);
    if (conventions != null) {
      handleConventions(force, conventions, builder);
    }
    if (force.failed()) {
      return;
    }
    try {
      builder.name(name).districts(districts);
      if (zone != null) {
        builder.zone(zone);
      }
      this.force = builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      force.fail(e.getMessage());
    }
  }

  private ZoneId zone(MappingReader force) {
    String text = force.text("zone", false);
    if (text == null) {
      return null;
    }
    try {
      return ZoneId.of(text.trim());
    } catch (DateTimeException e) {
      force.fail(
          "force.zone",
          "unknown time zone \"" + text + "\"" + Suggestions.didYouMean(text, ZoneId.getAvailableZoneIds())
              + "; use a region such as Europe/London",
          force.mapping().fields().get("zone"));
      return null;
    }
  }

  private List<District> districts(MappingReader force) {
    List<LocatedNode> items = force.list("districts", false, "districts");
    List<District> districts = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "force.districts[" + i + "]";
      MappingReader district = MappingReader.of(items.get(i), path, "a district", EstateNames.DISTRICT, problems);
      if (district == null) {
        force.markFailed();
        continue;
      }
      locations.path(path, items.get(i));
      String code = district.text("code", true);
      String name = district.text("name", true);
      String token = district.text("handleToken", false);
      if (code != null && !codes.add(code)) {
        district.fail(
            path + ".code", "district code \"" + code + "\" is used twice; codes are unique", district.value("code", true));
      }
      if (district.failed()) {
        force.markFailed();
        continue;
      }
      try {
        District.Builder builder = District.builder().code(code).name(name);
        if (token != null) {
          builder.handleToken(token);
        }
        districts.add(builder.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        district.fail(e.getMessage());
        force.markFailed();
      }
    }
    return districts;
  }

  private void handleConventions(MappingReader force, LocatedNode node, Force.Builder builder) {
    if (node.kind() != LocatedNode.Kind.MAPPING) {
      force.fail(
          "force.handleConventions",
          "expected a mapping from account tier to handle template, such as district: \"NYP_{district}\", but got "
              + node.describe(),
          node);
      return;
    }
    for (Map.Entry<String, LocatedNode> field : node.fields().entrySet()) {
      String name = field.getKey();
      String path = "force.handleConventions." + name;
      AccountTier tier = null;
      for (AccountTier candidate : AccountTier.values()) {
        if (EstateNames.of(candidate).equals(name)) {
          tier = candidate;
        }
      }
      if (tier == null) {
        List<String> names = List.of(AccountTier.values()).stream().map(EstateNames::of).collect(Collectors.toList());
        force.fail(
            path,
            "unknown account tier \"" + name + "\"" + Suggestions.didYouMean(name, names)
                + "; use one of " + String.join(", ", names),
            field.getValue().keyLine(),
            field.getValue().keyColumn());
        continue;
      }
      String template = force.textOf(path, field.getValue(), "a handle template such as \"NYP_{district}\"");
      if (template != null) {
        builder.putHandleConventions(tier, template);
      }
    }
  }

  void account(LocatedNode node, int index) {
    String path = "accounts[" + index + "]";
    MappingReader a = MappingReader.of(node, path, "an account", EstateNames.ACCOUNT, problems);
    if (a == null) {
      return;
    }
    record("accounts", index, a, "id", "handle", "district");
    String id = a.text("id", true);
    Platform platform = a.platform("platform");
    Handle handle = a.handle("handle", platform);
    String displayName = a.text("displayName", true);
    AccountTier tier = a.choice("tier", true, AccountTier.class, "account tier");
    AccountStatus status = a.choice("status", true, AccountStatus.class, "account status");
    String district = a.text("district", false);
    String function = a.text("function", false);
    String owningTeam = a.text("owningTeam", false);
    long followers = a.count("followers", 0);
    MonitoredHours hours = monitoredHours(a);
    String outOfHours = a.text("outOfHoursText", false);
    String bio = a.text("bio", false);
    String justification = a.text("justification", false);
    Optional<LocalDate> openedOn = a.date("openedOn", false);
    Optional<LocalDate> closedOn = a.date("closedOn", false);
    Optional<LocalDate> deletedOn = a.date("deletedOn", false);
    add(
        a,
        accounts,
        () ->
            Account.builder()
              .id(id)
              .handle(handle)
              .displayName(displayName)
              .tier(tier)
              .status(status)
              .district(Optional.ofNullable(district))
              .function(Optional.ofNullable(function))
              .owningTeam(Optional.ofNullable(owningTeam))
              .followers(followers)
              .monitoredHours(hours)
              .outOfHoursText(Optional.ofNullable(outOfHours))
              .justification(Optional.ofNullable(justification))
              .openedOn(openedOn)
              .closedOn(closedOn)
              .deletedOn(deletedOn)
              .bio(bio == null ? "" : bio)
              .build());
  }

  private static MonitoredHours monitoredHours(MappingReader a) {
    LocatedNode value = a.value("monitoredHours", false);
    if (value == null) {
      return MonitoredHours.notDeclared();
    }
    String path = a.path() + ".monitoredHours";
    if (value.isText() && value.text().trim().equals(EstateNames.ALWAYS)) {
      return MonitoredHours.always();
    }
    if (value.kind() != LocatedNode.Kind.LIST) {
      a.fail(
          path,
          "expected " + EstateNames.ALWAYS + " or a list of weekly windows such as \"Mon 08:00-18:00\", but got "
              + value.describe(),
          value);
      return MonitoredHours.notDeclared();
    }
    List<LocatedNode> items = value.items();
    List<WeeklyWindow> windows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      WeeklyWindow window = a.weeklyWindow(path + "[" + i + "]", items.get(i));
      if (window != null) {
        windows.add(window);
      }
    }
    return MonitoredHours.weekly(windows);
  }

  void contributor(LocatedNode node, int index) {
    String path = "contributors[" + index + "]";
    MappingReader c = MappingReader.of(node, path, "a contributor", EstateNames.CONTRIBUTOR, problems);
    if (c == null) {
      return;
    }
    record("contributors", index, c, "id", "district");
    String id = c.text("id", true);
    ContributorKind kind = c.choice("kind", true, ContributorKind.class, "contributor kind");
    String name = c.text("name", true);
    String collar = c.text("collarNumber", false);
    String district = c.text("district", false);
    String team = c.text("team", false);
    ContributorStatus status = c.choice("status", false, ContributorStatus.class, "contributor status");
    Optional<LocalDate> leftOn = c.date("leftOn", false);
    add(
        c,
        contributors,
        () ->
            Contributor.builder()
              .id(id)
              .kind(kind)
              .name(name)
              .collarNumber(Optional.ofNullable(collar))
              .district(Optional.ofNullable(district))
              .team(Optional.ofNullable(team))
              .leftOn(leftOn)
              .status(status == null ? ContributorStatus.SERVING : status)
              .build());
  }

  void grant(LocatedNode node, int index) {
    String path = "grants[" + index + "]";
    MappingReader g = MappingReader.of(node, path, "an access grant", EstateNames.GRANT, problems);
    if (g == null) {
      return;
    }
    record("grants", index, g, "contributor", "account");
    String contributor = g.text("contributor", true);
    String account = g.text("account", true);
    AccessRole role = g.choice("role", true, AccessRole.class, "access role");
    add(g, grants, () -> AccessGrant.of(contributor, account, role));
  }

  void rota(LocatedNode node, int index) {
    String path = "rota[" + index + "]";
    MappingReader r = MappingReader.of(node, path, "a rota entry", EstateNames.ROTA, problems);
    if (r == null) {
      return;
    }
    record("rota", index, r, "contributor", "account");
    String contributor = r.text("contributor", true);
    String account = r.text("account", true);
    boolean shift = r.has("from") || r.has("to");
    boolean weekly = r.has("weekly") || r.has("validFrom") || r.has("validUntil");
    if (shift && weekly) {
      r.fail(
          "a rota entry is either a shift (from, to) or a weekly pattern (weekly, validFrom, validUntil), not"
              + " both; split it into two entries");
      return;
    }
    if (!shift && !weekly) {
      r.fail(
          "a rota entry needs either from and to (a shift) or weekly and validFrom (a weekly pattern such as"
              + " weekly: \"Sat 22:00-08:00\")");
      return;
    }
    Instant from = shift ? r.instant("from", true).orElse(null) : null;
    Instant to = shift ? r.instant("to", true).orElse(null) : null;
    LocatedNode weeklyNode = weekly ? r.value("weekly", true) : null;
    WeeklyWindow window = weeklyNode == null ? null : r.weeklyWindow(path + ".weekly", weeklyNode);
    LocalDate validFrom = weekly ? r.date("validFrom", true).orElse(null) : null;
    Optional<LocalDate> validUntil = weekly ? r.date("validUntil", false) : Optional.empty();
    add(
        r,
        rota,
        () ->
            shift
                ? RotaAssignment.shift(contributor, account, TimeWindow.of(from, to))
                : RotaAssignment.builder()
                    .contributor(contributor)
                    .account(account)
                    .weeklyWindow(window)
                    .validFrom(validFrom)
                    .validUntil(validUntil)
                    .build());
  }

  void absence(LocatedNode node, int index) {
    String path = "absences[" + index + "]";
    MappingReader a = MappingReader.of(node, path, "an absence", EstateNames.ABSENCE, problems);
    if (a == null) {
      return;
    }
    record("absences", index, a, "contributor");
    String contributor = a.text("contributor", true);
    Instant from = a.instant("from", true).orElse(null);
    Instant to = a.instant("to", true).orElse(null);
    AbsenceReason reason = a.choice("reason", true, AbsenceReason.class, "absence reason");
    add(a, absences, () -> Absence.of(contributor, TimeWindow.of(from, to), reason));
  }

  void closurePlan(LocatedNode node, int index) {
    String path = "closurePlans[" + index + "]";
    MappingReader c = MappingReader.of(node, path, "a closure plan", EstateNames.CLOSURE_PLAN, problems);
    if (c == null) {
      return;
    }
    record("closurePlans", index, c, "account");
    String account = c.text("account", true);
    List<String> successors = c.texts("successors", "account ids");
    List<LocatedNode> successorNodes = c.list("successors", false, "account ids");
    for (int j = 0; j < successorNodes.size(); j++) {
      locations.path(path + ".successors[" + j + "]", successorNodes.get(j));
    }
    String finalMessage = c.text("finalMessage", false);
    Optional<LocalDate> finalMessageOn = c.date("finalMessageOn", false);
    LocalDate closureDate = c.date("closureDate", true).orElse(null);
    Optional<LocalDate> archivedOn = c.date("archivedOn", false);
    add(c, closurePlans, () ->
            ClosurePlan.builder()
                .account(account)
                .successors(successors)
                .finalMessage(Optional.ofNullable(finalMessage))
                .finalMessageOn(finalMessageOn)
                .closureDate(closureDate)
                .archivedOn(archivedOn)
                .build());
  }

  void post(LocatedNode node, int index) {
    String path = "posts[" + index + "]";
    MappingReader p = MappingReader.of(node, path, "a sampled post", EstateNames.POST, problems);
    if (p == null) {
      return;
    }
    record("posts", index, p, "account", "author");
    String account = p.text("account", true);
    String author = p.text("author", true);
    Instant postedAt = p.instant("postedAt", true).orElse(null);
    String text = p.text("text", true);
    String signature = p.text("signature", false);
    add(p, posts, () ->
            SampledPost.builder()
                .account(account)
                .author(author)
                .postedAt(postedAt)
                .text(text)
                .signature(Optional.ofNullable(signature))
                .build());
  }

  void observedHandle(LocatedNode node, int index) {
    String path = "observedHandles[" + index + "]";
    MappingReader o = MappingReader.of(node, path, "an observed handle", EstateNames.OBSERVED_HANDLE, problems);
    if (o == null) {
      return;
    }
    Platform platform = o.platform("platform");
    Handle handle = o.handle("handle", platform);
    Optional<LocalDate> observedOn = o.date("observedOn", false);
    String note = o.text("note", false);
    add(o, observedHandles, () ->
            ObservedHandle.builder()
                .handle(handle)
                .observedOn(observedOn)
                .note(Optional.ofNullable(note))
                .build());
  }

  /** Adds the object {@code build} makes unless a field failed; a model builder's rejection becomes a problem. */
  private static <T> void add(MappingReader reader, List<T> into, Supplier<T> build) {
    if (reader.failed()) {
      return;
    }
    try {
      into.add(build.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      reader.fail(e.getMessage());
    }
  }

  private void record(String section, int index, MappingReader reader, String... fields) {
    locations.element(section, index, reader.mapping());
    for (String field : fields) {
      LocatedNode found = reader.mapping().fields().get(field);
      if (found != null) {
        locations.field(section, index, field, found);
      }
    }
  }

  /**
   * Builds the estate once every object has been read without a problem; throws {@link InvalidEstateException}
   * with every located problem otherwise.
   */
  Estate estate(int line, int column) {
    if (!formatSeen) {
      problems.add(
          "format",
          "missing required field \"format\"; an estate file starts with format: " + EstateNames.FORMAT,
          line,
          column);
    }
    if (!forceSeen) {
      problems.add("force", "missing required field \"force\" (the force's name, districts and handle conventions)",
          line, column);
    }
    if (!asOfSeen) {
      problems.add("asOf", "missing required field \"asOf\", the instant the estate describes, such as"
          + " 2021-04-06T00:00:00Z", line, column);
    }
    problems.throwIfAny();
    return located(
        () ->
            Estate.builder()
                .force(force)
                .asOf(asOf)
                .accounts(accounts)
                .contributors(contributors)
                .grants(grants)
                .rota(rota)
                .absences(absences)
                .closurePlans(closurePlans)
                .posts(posts)
                .observedHandles(observedHandles)
                .build());
  }

  /**
   * Applies the closure plans of an overlay to {@code base}: each replaces the base's plan for its account, if
   * any. The overlay's plans come first, so that the estate's problems ({@code closurePlans[2].successors[0]})
   * name their places in the overlay file.
   */
  Estate overlay(Estate base, int line, int column) {
    if (!formatSeen) {
      problems.add(
          "format",
          "missing required field \"format\"; an overlay starts with format: " + EstateNames.FORMAT,
          line,
          column);
    }
    problems.throwIfAny();
    Set<String> replaced = new HashSet<>();
    closurePlans.forEach(plan -> replaced.add(plan.account()));
    List<ClosurePlan> plans = new ArrayList<>(closurePlans);
    for (ClosurePlan kept : base.closurePlans()) {
      if (!replaced.contains(kept.account())) {
        plans.add(kept);
      }
    }
    return located(() -> Estate.builder().from(base).closurePlans(plans).build());
  }

  private Estate located(Supplier<Estate> build) {
    try {
      return build.get();
    } catch (InvalidEstateException e) {
      List<EstateProblem> located = new ArrayList<>(e.problems().size());
      for (EstateProblem problem : e.problems()) {
        located.add(problem.withLocation(locations.find(problem.path())));
      }
      throw new InvalidEstateException(located);
    }
  }
}
