package io.github.accountgovernance.core.io;

import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.problem.Problem;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

  private boolean formatSeen;
  private boolean forceSeen;
  private boolean asOfSeen;

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
    if (node.isText()) {
      try {
        estate.asOf(Instant.parse(node.text().trim()));
        return;
      } catch (DateTimeException e) {
        // reported below
      }
    }
    problems.add(
        "asOf",
        "expected an instant such as 2021-04-06T00:00:00Z (UTC) or 2021-04-06T01:00:00+01:00, but got "
            + node.describe(),
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
    EstateMappings.FORCE.read(node, "force", problems).ifPresent(estate::force);
  }

  /** Reads one entry of a section, remembering where the fields that the estate's checks may name are. */
  <T extends Comparable<? super T>> void entry(EstateMappings.Section<T> section, LocatedNode node, int index) {
    String path = section.name() + "[" + index + "]";
    if (node.kind() == LocatedNode.Kind.MAPPING) {
      locations.element(section.name(), index, node);
      for (String field : section.located()) {
        LocatedNode found = node.fields().get(field);
        if (found == null) {
          continue;
        }
        if (found.kind() == LocatedNode.Kind.LIST) {
          for (int j = 0; j < found.items().size(); j++) {
            locations.path(path + "." + field + "[" + j + "]", found.items().get(j));
          }
        } else {
          locations.field(section.name(), index, field, found);
        }
      }
    }
    section.mapping().read(node, path, problems).ifPresent(value -> section.section().add(estate, value));
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
    try {
      return estate.build();
    } catch (InvalidEstateException e) {
      List<Problem> located = new ArrayList<>(e.problems().size());
      for (Problem problem : e.problems()) {
        located.add(problem.withLocation(locations.find(problem.path())));
      }
      throw new InvalidEstateException(located);
    }
  }
}
