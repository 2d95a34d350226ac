package io.github.accountgovernance.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.problem.SourceLocation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PartLocationsReadTest {

  /** The valid estate with a last rota slot that the estate's order (by account first) puts before others. */
  private static final String UNSORTED = EstateReaderTest.VALID
      + "  - {contributor: c1402, account: force-x, weekly: \"Sat 22:00-08:00\", validFrom: 2021-03-01}\n";

  @Test
  void aValueWrittenTwiceIsLocatedWhereItIsFirstWritten() {
    String twice = EstateReaderTest.VALID.replace(
        "grants:\n  - {contributor: c1402, account: york-x, role: administrator}\n",
        "grants:\n  - {contributor: c1402, account: york-x, role: administrator}\n"
            + "  - {contributor: c1402, account: york-x, role: administrator}\n");
    Estate estate = EstateReader.yaml().read(twice, "estate.yaml");

    AccessGrant grant = estate.grants().get(0);
    int line = lineOf(twice, "grants:") + 1;
    assertThat(estate.grants()).hasSize(2).allMatch(grant::equals);
    assertThat(estate.locationOf(grant)).contains(new SourceLocation("estate.yaml", line, 5));
  }

  @Test
  void partsKeepTheirPlacesWhenTheEstateSortsThem() {
    String yaml = UNSORTED;
    Estate estate = EstateReader.yaml().read(yaml, "estate.yaml");

    RotaAssignment last = estate.rota().stream()
        .filter(slot -> slot.weeklyWindow().map(w -> w.toString().startsWith("Sat")).orElse(false))
        .findFirst().orElseThrow();
    assertThat(estate.rota().indexOf(last)).isLessThan(estate.rota().size() - 1);
    assertThat(estate.locationOf(last))
        .contains(new SourceLocation("estate.yaml", lineOf(yaml, "weekly: \"Sat 22:00-08:00\""), 5));
    assertThat(estate.locationOf(estate.force())).isPresent();
    assertThat(estate.locationOf(estate.force().district("harrogate").orElseThrow())).map(SourceLocation::line)
        .contains(lineOf(yaml, "{code: harrogate"));
  }

  @Test
  void anEstateWithoutLocationsIsEqualAndLocatesNothing() {
    Estate estate = EstateReader.yaml().read(EstateReaderTest.VALID, "estate.yaml");
    Estate bare = estate.withoutLocations();

    assertThat(bare).isEqualTo(estate);
    assertThat(estate.locationOf(estate.accounts().get(0))).isPresent();
    assertThat(bare.locationOf(bare.accounts().get(0))).isEmpty();
    assertThat(bare.withoutLocations()).isSameAs(bare);
    assertThat(estate.locationOf("not a part")).isEqualTo(Optional.empty());
  }

  /** The 1-based line of the first line containing {@code text}. */
  private static int lineOf(String text, String part) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(part)) {
        return i + 1;
      }
    }
    throw new AssertionError(part);
  }
}
