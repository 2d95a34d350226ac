package io.github.accountgovernance.core.io;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonToken;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.ObjectMapping;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.files.Syntax;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.testing.TextEdits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * An entry of a big list is read straight from its values (a view that makes no node per value, each field read
 * quickly where it can be, the entry read again the reporting way where it cannot): the law is that this gives
 * exactly what reading the entry's whole tree gives, the same object or the same problems, with the same messages,
 * paths and places, in the same order. The entries are nearly valid ones of every section: fields of the right and
 * wrong kinds, good and bad values, nulls, unknown and repeated fields, in any order, and a character edited.
 * A view also tells each field's kind and place without making the field's node, as the tree's nodes do.
 */
final class EntryViewsProperties {

  private static final List<String> TEXTS = List.of(
      "c-1", "york-x", "", " ", "1402", "2021-02-28", "2021-02-30", "2021-3-1", "2021-03-06T11:00:00Z",
      "2021-03-06T11:00:00+01:00", "2021-03-19T11:00:00Z", "Mon 08:00-20:00", "Sat 22:00-08:00", "Mon 25:00-26:00",
      "administrator", "Administrator", "publisher", "other", "training", "district", "force-wide", "FORCE_WIDE",
      "active", "staff", "serving", "bogus", "x", "facebook", "X", "myspace", "@NSPYork", "@bad handle", "NSPYork",
      "24/7", " 24/7 ", "Person c-1", "true");

  private static final List<String> SCALARS = List.of("12", "-3", "1.5", "true", "false", "null", "11_400");

  @Test
  void json_entryReadFromItsValues_isReadAsItsTree() {
    readAsItsTree(Syntax.JSON, 3_000);
  }

  @Test
  void yaml_entryReadFromItsValues_isReadAsItsTree() {
    readAsItsTree(Syntax.YAML, 2_000);
  }

  private static void readAsItsTree(Syntax syntax, int examples) {
    qt().withExamples(examples).forAll(entries(syntax)).checkAssert(entry ->
        assertThat(outcome(syntax, entry.section(), entry.text(), true))
            .as("%s", entry)
            .isEqualTo(outcome(syntax, entry.section(), entry.text(), false)));
  }

  @Test
  void aViewKeptAfterTheNextEntry_isRefused() throws IOException {
    LocatedReader reader = LocatedReader.smallFiles(Syntax.JSON);
    Problems problems = problems(reader);
    List<LocatedNode> views = new ArrayList<>();
    reader.read("[{\"a\": 1}, {\"b\": 2}]", problems, cursor -> {
      cursor.next();
      int index = 0;
      for (JsonToken token = cursor.next(); token != JsonToken.END_ARRAY; token = cursor.next()) {
        views.add(cursor.entry(token, 2, "list", index++));
      }
      return null;
    });

    assertThat(views.get(1).fields().get("b").text()).isEqualTo("2");
    assertThatThrownBy(() -> views.get(0).fields().get("a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("after the reader moved on to the next entry");
  }

  /** What reading the first value of the text as the section's entry gives: the object, and every problem. */
  private static List<String> outcome(Syntax syntax, EstateMappings.Section<?> section, String text, boolean view) {
    LocatedReader reader = LocatedReader.of(syntax, LocatedReader.Limits.smallFiles(), "estate");
    Problems problems = problems(reader);
    List<String> outcome = new ArrayList<>();
    try {
      reader.read(text, problems, cursor -> {
        JsonToken token = cursor.next();
        if (token == null) {
          return null;
        }
        ObjectMapping<?, ?> mapping = section.reading(EstateMappings.DEFAULT_ZONE);
        LocatedNode node = view ? cursor.entry(token, 3, section.name(), 4) : cursor.value(token, 3,
            section.name() + "[4]");
        // The fields' kinds and places, asked of the view without making their nodes, and of the tree's nodes.
        for (String name : section.mapping().fieldNames()) {
          LocatedNode field = view ? null : node.fields().get(name);
          outcome.add(name + ": " + (view ? node.fieldKind(name) : field == null ? null : field.kind()) + " at "
              + (view ? node.fieldStart(name) : field == null ? -1 : (long) field.line() << 32 | field.column()));
        }
        // A view is read with the entry's list and index, whose path is made only if it is read the reporting way.
        Optional<?> read = view
            ? mapping.read(node, section.name(), 4, problems)
            : mapping.read(node, section.name() + "[4]", problems);
        outcome.add(String.valueOf(read));
        return null;
      });
    } catch (InvalidEstateException e) {
      outcome.add("refused");
      e.problems().forEach(p -> outcome.add(p.toString()));
      return outcome;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    problems.list().stream().map(Problem::toString).forEach(outcome::add);
    return outcome;
  }

  private static Problems problems(LocatedReader reader) {
    return new Problems("entry", reader.limits(), InvalidEstateException::new);
  }

  private static Gen<EstateMappings.Section<?>> sections() {
    return Generate.pick(EstateMappings.SECTIONS);
  }

  /** An entry's text, read as an entry of the section. */
  private record Entry(EstateMappings.Section<?> section, String text) {
    @Override
    public String toString() {
      return section.name() + " entry " + text;
    }
  }

  /**
   * Entries of any section: valid ones, valid ones with a character edited, and mappings of fields of every
   * section and some unknown, each with any value.
   */
  private static Gen<Entry> entries(Syntax syntax) {
    List<String> names = new ArrayList<>();
    EstateMappings.SECTIONS.forEach(s -> s.mapping().fieldNames().forEach(n -> {
      if (!names.contains(n)) {
        names.add(n);
      }
    }));
    names.add("contributr");
    Function<String, String> quote = t -> "\"" + t + "\"";
    Gen<String> value = Generate.frequency(
        org.quicktheories.api.Pair.of(8, Generate.pick(TEXTS).map(quote)),
        org.quicktheories.api.Pair.of(2, Generate.pick(SCALARS)),
        org.quicktheories.api.Pair.of(1, Generate.pick(TEXTS).map(t -> "[" + quote.apply(t) + "]")),
        org.quicktheories.api.Pair.of(1, Generate.constant("{\"a\": 1}")),
        org.quicktheories.api.Pair.of(1, Generate.constant("[]")));
    Gen<String> field = Generate.pick(names).zip(value, (n, v) -> quote.apply(n) + ": " + v);
    Gen<String> entry = SourceDSL.lists().of(field).ofSizeBetween(0, 8)
        .map(fields -> "{" + String.join(syntax == Syntax.JSON ? ", " : ",\n ", fields) + "}");
    return sections().zip(Generate.pick(List.of(0, 1, 2)), Generate.pick(List.of(0, 1, 2)), (section, variant, how) -> {
      Gen<String> natural = Generate.constant(valid(section, variant));
      Gen<String> text = how == 0 ? entry : how == 1 ? natural : TextEdits.oneEdit(natural, "\"{}[],: -0123456789xa");
      return text.map(t -> new Entry(section, t));
    }).flatMap(gen -> gen);
  }

  /** A valid entry of the section: each field given a value it reads well, so that the quick way reads it. */
  private static String valid(EstateMappings.Section<?> section, int variant) {
    return switch (section.name()) {
      case "accounts" -> "{\"id\": \"york-x\", \"platform\": \"x\", \"handle\": \"@NSPYork\", \"displayName\": \"York\","
          + " \"tier\": \"district\", \"status\": \"active\", \"followers\": " + (variant * 7) + ", \"monitoredHours\": "
          + (variant == 0 ? "\"24/7\"" : "[\"Mon 08:00-20:00\"]") + "}";
      case "contributors" -> "{\"id\": \"c-1\", \"kind\": \"staff\", \"name\": \"Person c-1\"}";
      case "grants" -> "{\"contributor\": \"c-1\", \"account\": \"york-x\", \"role\": \"administrator\"}";
      case "rota" -> variant == 0
          ? "{\"contributor\": \"c-1\", \"account\": \"york-x\", \"from\": \"2021-03-06T11:00:00Z\","
              + " \"to\": \"2021-03-19T11:00:00Z\"}"
          : "{\"contributor\": \"c-1\", \"account\": \"york-x\", \"weekly\": \"Mon 08:00-20:00\","
              + " \"validFrom\": \"2021-02-28\", \"validUntil\": \"2022-03-01\"}";
      case "absences" -> "{\"contributor\": \"c-1\", \"from\": \"2021-03-06" + (variant == 0 ? "T11:00:00Z" : "")
          + "\", \"to\": \"2021-03-19T11:00:00Z\", \"reason\": \"other\"}";
      case "closurePlans" -> "{\"account\": \"york-x\", \"closureDate\": \"2021-02-28\"}";
      case "posts" -> "{\"account\": \"york-x\", \"author\": \"c-1\", \"postedAt\": \"2021-03-06T11:00:00Z\","
          + " \"text\": \"hello\"}";
      default -> "{\"platform\": \"x\", \"handle\": \"@NSPYork\", \"observedOn\": \"2021-02-28\"}";
    };
  }
}
