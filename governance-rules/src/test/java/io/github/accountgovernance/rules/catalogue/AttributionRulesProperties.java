package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.rules.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

  @Provide
  Arbitrary<String> collarNumbers() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5);
  }

  /** A rank as officers write it: any case, with or without dots, apart from or joined to what follows. */
  @Provide
  Arbitrary<String> writtenRanks() {
    return Combinators.combine(
            Arbitraries.of(AttributionRules.RANK_PREFIXES),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(" ", "", ". "))
        .as((rank, upper, dotted, separator) -> {
          String cased = upper ? rank.toUpperCase(Locale.ROOT) : rank.toLowerCase(Locale.ROOT);
          String written = dotted ? cased.replace(" ", ". ") + "." : cased;
          return written + (separator.equals(". ") && dotted ? " " : separator);
        });
  }

  @Property
  void att1_acceptsTheAuthorsCollarNumberHoweverItsRankIsWritten(
      @ForAll("collarNumbers") String collar, @ForAll("writtenRanks") String rank) {
    assertThat(att1(collar, rank + collar)).isEmpty();
  }

  @Property
  void att1_rejectsAnyOtherCollarNumberWhateverItsRank(
      @ForAll("collarNumbers") String collar, @ForAll("collarNumbers") String other,
      @ForAll("writtenRanks") String rank) {
    // Leading zeros are written, so "0042" is not "42".
    if (other.equals(collar)) {
      return;
    }
    assertThat(att1(collar, rank + other))
        .singleElement()
        .satisfies(violation -> assertThat(violation.key()).isEqualTo("not-author"));
  }
}
