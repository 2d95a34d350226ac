package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.rules.Gens;
import io.github.accountgovernance.rules.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class AttributionRulesProperties {

  private static List<Violation> att1(String collarNumber, String signature) {
    Contributor author =
        EstateFixtures.person("c-author", "Alex Example").collarNumber(collarNumber).district("york").build();
    Estate estate =
        EstateFixtures.consolidated()
            .addContributors(author)
            .addPosts(
                SampledPost.builder()
                    .account("york-x")
                    .author("c-author")
                    .postedAt(Instant.parse("2021-03-31T10:15:00Z"))
                    .text("Speed checks on the A64 this afternoon.")
                    .signature(signature)
                    .build())
            .build();
    return EstateFixtures.violations(AttributionRules.signatures(), estate);
  }

  private static Gen<String> collarNumbers() {
    return Gens.strings("0123456789", 1, 5);
  }

  /** A rank as officers write it: any case, with or without dots, apart from or joined to what follows. */
  private static Gen<String> writtenRanks() {
    return arbitrary().pick(AttributionRules.RANK_PREFIXES)
        .zip(booleans().all(), booleans().all(), arbitrary().pick(" ", "", ". "),
            (rank, upper, dotted, separator) -> {
              String cased = upper ? rank.toUpperCase(Locale.ROOT) : rank.toLowerCase(Locale.ROOT);
              String written = dotted ? cased.replace(" ", ". ") + "." : cased;
              return written + (separator.equals(". ") && dotted ? " " : separator);
            });
  }

  @Test
  void att1_acceptsTheAuthorsCollarNumberHoweverItsRankIsWritten() {
    qt().withExamples(1000)
        .forAll(collarNumbers(), writtenRanks())
        .checkAssert((collar, rank) -> assertThat(att1(collar, rank + collar)).isEmpty());
  }

  @Test
  void att1_rejectsAnyOtherCollarNumberWhateverItsRank() {
    qt().withExamples(1000)
        .forAll(collarNumbers(), collarNumbers(), writtenRanks())
        .checkAssert((collar, other, rank) -> {
          // Leading zeros are written, so "0042" is not "42".
          if (other.equals(collar)) {
            return;
          }
          assertThat(att1(collar, rank + other))
              .singleElement()
              .satisfies(violation -> assertThat(violation.key()).isEqualTo("not-author"));
        });
  }
}
