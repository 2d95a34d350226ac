package io.github.accountgovernance.core.io;

import io.github.accountgovernance.core.files.FileKind;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.EstateSection;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.model.PartLocations;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.problem.SourceLocation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the values of an estate file into model objects through {@link EstateMappings}, one object at a time,
 * collecting every problem, and adds each straight to the estate's builder. When the objects are all fine,
 * {@link #estate} builds the estate and locates the problems it reports (unresolved references, repeated ids)
 * in the file.
 */
final class EstateDecoder {

  private final Problems problems;
  private final LocationIndex locations;
  private final Estate.Builder estate = Estate.builder();
  /** The closure plans read, in the file's order, which an overlay applies to its base estate. */
  private final List<ClosurePlan> closurePlans = new ArrayList<>();

  private boolean schemaSeen;
  private boolean forceSeen;
  private boolean asOfSeen;
  /** The force's zone once the force is read; until then, the zone of a force that names none. */
  private ZoneId zone = EstateMappings.DEFAULT_ZONE;
  /** An as-of written as a plain date: the start of that day in the force's zone, known once the file is read. */
  private LocalDate asOfDate;
  /** Plain dates read before the force (and so in the default zone), to be reported if the force names another. */
  private final List<Problem> datesBeforeForce = new ArrayList<>();

  /** The platforms the file declares, by name, for the accounts and observed handles that follow. */
  private final Map<String, Platform> declared = new LinkedHashMap<>();
  /** Where each declared platform's name is first declared. */
  private final Map<String, Integer> declaredAt = new HashMap<>();
  /** Whether an account or observed handle was read, which a later platforms list would come too late for. */
  private boolean platformsUsed;
  /** The {@code sources:} section, read once every inline entry is; null where the file may not have one. */
  private final EstateSources sources;
  /** Where each part was defined: the first place, for a value (an equal grant) written twice. */
  private final PartLocations.Builder where = PartLocations.builder();
  /** How many entries each section has so far, inline and then sourced: the index of the next. */
  private final Map<String, int[]> counts = new HashMap<>();

  EstateDecoder(Problems problems) {
    this(problems, null);
  }

  EstateDecoder(Problems problems, EstateSources sources) {
    this.problems = problems;
    this.locations = new LocationIndex(problems);
    this.sources = sources;
  }

  /** Reads the {@code sources:} section; its files are read once the whole estate file is. */
  void sources(LocatedNode node) {
    if (sources == null) {
      problems.add(EstateNames.SOURCES, "source files are found beside the estate file, but this estate was not"
          + " read from a file; read it with EstateReader.read(Path), or give the folder with"
          + " EstateReader.withSourceFolder(Path)", node.keyLine(), node.keyColumn());
      return;
    }
    sources.declare(node, problems);
  }

  /**
   * Reads one row of a source file as an entry of its section, after the inline ones: its problems go to
   * {@code rowProblems}, and where it is to the location index, for the problems the estate finds later.
   */
  <T extends Comparable<? super T>> void sourced(
      EstateMappings.Section<T> section, LocatedNode row, EstateSources.RowLabel label, Problems rowProblems) {
    int index = counts.computeIfAbsent(section.name(), n -> new int[1])[0]++;
    Map<String, SourceLocation> fields = new HashMap<>();
    for (String field : section.located()) {
      LocatedNode found = row.fields().get(field);
      if (found != null) {
        fields.put(field, found.location());
      }
    }
    locations.sourced(section.name() + "[" + index + "]", label, row.location(), fields);
    section.reading(zone, declared).read(row, "", rowProblems).ifPresent(value -> {
      section.section().add(estate, value);
      where.add(value, row.location());
    });
  }

  LocationIndex locations() {
    return locations;
  }

  /** Reads the file-kind field, {@code schema} (or, as older files write it, {@code format}). */
  void schema(String key, LocatedNode node, int keyLine, int keyColumn) {
    if (schemaSeen) {
      problems.add(key, FileKind.givenTwice(), keyLine, keyColumn);
      return;
    }
    schemaSeen = true;
    FileKind.check(node, EstateNames.FORMAT, "check that the file is an estate file, written for this version of"
        + " the library").ifPresent(message -> problems.add(key, message, node));
  }

  void asOf(LocatedNode node) {
    asOfSeen = true;
    if (node.isText()) {
      try {
        EstateCodecs.Moment moment = EstateCodecs.moment(node.text().trim());
        if (moment.instant() != null) {
          estate.asOf(moment.instant());
        } else {
          asOfDate = moment.date();
        }
        return;
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    problems.add(
        "asOf",
        "expected an instant such as 2021-04-06T00:00:00Z (UTC) or 2021-04-06T01:00:00+01:00, or a date such as"
            + " 2021-04-06 (the start of that day in the force's zone), but got " + node.describe(),
        node);
  }

  void force(LocatedNode node) {
    forceSeen = true;
    if (node.kind() == LocatedNode.Kind.MAPPING) {
      locations.path("force", node);
      LocatedNode districts = node.fields().get("districts");
      if (districts != null) {
        for (int i = 0; i < districts.items().size(); i++) {
          locations.path("force.districts[" + i + "]", districts.items().get(i));
        }
      }
    }
    EstateMappings.FORCE.read(node, "force", problems).ifPresent(force -> {
      estate.force(force);
      where.add(force, node.location());
      LocatedNode districts = node.fields().get("districts");
      for (LocatedNode district : districts == null ? List.<LocatedNode>of() : districts.items()) {
        LocatedNode code = district.fields().get("code");
        if (code != null) {
          force.district(code.text().trim()).ifPresent(d -> where.add(d, district.location()));
        }
      }
      zone = force.zone();
    });
    if (!zone.equals(EstateMappings.DEFAULT_ZONE)) {
      for (Problem date : datesBeforeForce) {
        problems.add(date.path(), date.message() + zone + ", which the file gives only after this date; move force"
            + " above the lists that use plain dates", date.location().orElseThrow());
      }
    }
  }

  /**
   * Reads the platforms the file declares, each checked where it is written; they must come before the accounts
   * and observed handles that name them, which are read as they come.
   */
  void platforms(LocatedNode node) {
    String key = EstateMappings.PLATFORMS;
    if (node.isNull()) {
      return;
    }
    if (node.kind() != LocatedNode.Kind.LIST) {
      problems.add(key, "expected a list of platforms, each with a name and a handlePattern, but got "
          + node.describe(), node);
      return;
    }
    if (platformsUsed) {
      problems.add(key, "platforms are declared after the accounts or observed handles that may use them; move"
          + " platforms above accounts", node.keyLine(), node.keyColumn());
    }
    locations.section(key, node.keyLine(), node.keyColumn());
    List<LocatedNode> items = node.items();
    for (int i = 0; i < items.size(); i++) {
      String path = key + "[" + i + "]";
      if (i >= EstateMappings.MAX_DECLARED_PLATFORMS) {
        problems.add(path, "an estate declares at most " + EstateMappings.MAX_DECLARED_PLATFORMS + " platforms",
            items.get(i));
        break;
      }
      LocatedNode item = items.get(i);
      if (item.kind() == LocatedNode.Kind.MAPPING) {
        locations.element(key, i, item);
      }
      int index = i;
      EstateMappings.PLATFORM_DECLARATION.read(item, path, problems).ifPresent(platform -> {
        Integer first = declaredAt.putIfAbsent(platform.fileName(), index);
        if (first != null) {
          problems.add(path + ".name", "platform \"" + platform.fileName() + "\" is declared twice (first at "
              + key + "[" + first + "]); keep one", item.fields().get("name"));
          return;
        }
        declared.put(platform.fileName(), platform);
        estate.addDeclaredPlatforms(platform);
      });
    }
  }

  /**
   * Reads one entry of a section, remembering where the fields that the estate's checks may name are. The entry's
   * path ({@code rota[12]}) is made only where a problem or a field that is a list needs it: a national rota has
   * hundreds of thousands of entries, and a string each was a twentieth of what reading one allocated.
   */
  <T extends Comparable<? super T>> void entry(EstateMappings.Section<T> section, LocatedNode node, int index) {
    String name = section.name();
    int[] count = counts.computeIfAbsent(name, n -> new int[1]);
    count[0] = Math.max(count[0], index + 1);
    if (node.kind() == LocatedNode.Kind.MAPPING) {
      locations.element(name, index, node);
      List<String> located = section.located();
      for (int f = 0; f < located.size(); f++) {
        String field = located.get(f);
        LocatedNode.Kind kind = node.fieldKind(field);
        if (kind == null) {
          continue;
        }
        if (kind == LocatedNode.Kind.LIST) {
          List<LocatedNode> items = node.fields().get(field).items();
          for (int j = 0; j < items.size(); j++) {
            locations.path(name + "[" + index + "]." + field + "[" + j + "]", items.get(j));
          }
        } else {
          locations.field(name, index, field, node.fieldStart(field));
        }
      }
    }
    if (!forceSeen && section.section() == EstateSection.ABSENCES) {
      for (String end : List.of("from", "to")) {
        LocatedNode date = node.fields().get(end);
        if (EstateCodecs.isPlainDate(date)) {
          datesBeforeForce.add(Problem.at(name + "[" + index + "]." + end, "a plain date is a whole day in the"
              + " force's zone, ").withLocation(date.location()));
        }
      }
    }
    if (section.section() == EstateSection.ACCOUNTS || section.section() == EstateSection.OBSERVED_HANDLES) {
      platformsUsed = true;
    }
    Optional<T> read = section.reading(zone, declared).read(node, name, index, problems);
    if (read.isPresent()) {
      T value = read.get();
      section.section().add(estate, value);
      where.add(value, problems.source(), node.line(), node.column());
      if (value instanceof ClosurePlan plan) {
        closurePlans.add(plan);
      }
    }
  }

  /**
   * Builds the estate once every object has been read without a problem; throws {@link InvalidEstateException}
   * with every located problem otherwise.
   */
  Estate estate(int line, int column) {
    if (!schemaSeen) {
      problems.add(
          FileKind.KEY,
          "missing required field \"" + FileKind.KEY + "\"; an estate file starts with " + FileKind.KEY + ": "
              + EstateNames.FORMAT,
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
    if (asOfDate != null) {
      estate.asOf(asOfDate.atStartOfDay(zone).toInstant());
    }
    if (sources != null && !sources.isEmpty()) {
      sources.read(this, zone, problems);
      if (!problems.isEmpty() || !sources.problems().isEmpty()) {
        List<Problem> all = new ArrayList<>(problems.list());
        all.addAll(sources.problems());
        throw new InvalidEstateException(all);
      }
    }
    problems.throwIfAny();
    estate.locations(where.build());
    return located(estate::build);
  }

  /**
   * Applies the closure plans of an overlay to {@code base}: each replaces the base's plan for its account, if
   * any. The overlay's plans come first, so that the estate's problems ({@code closurePlans[2].successors[0]})
   * name their places in the overlay file.
   */
  Estate overlay(Estate base, int line, int column) {
    if (!schemaSeen) {
      problems.add(
          FileKind.KEY,
          "missing required field \"" + FileKind.KEY + "\"; an overlay starts with " + FileKind.KEY + ": "
              + EstateNames.FORMAT,
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
      List<Problem> located = new ArrayList<>(e.problems().size());
      for (Problem problem : e.problems()) {
        located.add(locations.locate(problem));
      }
      throw new InvalidEstateException(located);
    }
  }
}
