package io.github.accountgovernance.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.core.model.InvalidEstateException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays: closure plans in a file of their own, applied to an estate read from another. */
final class EstateOverlayTest {

  private static final Estate BASE = EstateReader.yaml().read(EstateReaderTest.VALID, "estate.yaml");

  private static final ClosurePlan YORK =
      ClosurePlan.builder()
          .account("york-x")
          .addSuccessors("force-x")
          .finalMessage("This account closes on Wednesday 31 March 2021. Follow @NYorksPolice.")
          .finalMessageOn(LocalDate.of(2021, 3, 10))
          .closureDate(LocalDate.of(2021, 3, 31))
          .archivedOn(LocalDate.of(2021, 3, 31))
          .build();

  private static InvalidEstateException overlayFailure(String overlay) {
    try {
      EstateReader.yaml().readOverlay(BASE, overlay, "plan.yaml");
    } catch (InvalidEstateException e) {
      return e;
    }
    throw new AssertionError("expected the overlay to be refused:\n" + overlay);
  }

  private static SourceLocation at(String text, String needle) {
    SourceLocation inEstate = EstateReaderTest.at(text, needle);
    return new SourceLocation("plan.yaml", inEstate.line(), inEstate.column());
  }

  @Test
  void writeOverlay_thenReadOverlay_givesTheBaseWithThePlans() {
    String overlay = EstateWriter.yaml().overlayToString(List.of(YORK));

    Estate planned = EstateReader.yaml().readOverlay(BASE, overlay, "plan.yaml");

    assertThat(overlay).startsWith("schema: account-governance/estate@1\nclosurePlans:\n");
    assertThat(overlay).doesNotContain("accounts").doesNotContain("asOf");
    assertThat(planned.closurePlans()).containsExactly(YORK);
    assertThat(planned).isEqualTo(Estate.builder().from(BASE).addClosurePlans(YORK).build());
  }

  @Test
  void jsonOverlay_roundTripsThroughAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    EstateWriter.json().writeOverlay(List.of(YORK), file);

    Estate planned = EstateReader.forFile(file).readOverlay(BASE, file);

    assertThat(planned.closurePlanFor("york-x")).contains(YORK);
  }

  @Test
  void writeOverlay_ordersPlansByAccountWhateverTheOrderGiven() {
    ClosurePlan force = ClosurePlan.builder().account("force-x").closureDate(LocalDate.of(2021, 3, 31)).build();

    assertThat(EstateWriter.yaml().overlayToString(List.of(YORK, force)))
        .isEqualTo(EstateWriter.yaml().overlayToString(List.of(force, YORK)));
  }

  @Test
  void readOverlay_replacesTheBasePlanForTheSameAccountAndKeepsTheOthers() {
    ClosurePlan old = ClosurePlan.builder().account("york-x").closureDate(LocalDate.of(2021, 5, 1)).build();
    ClosurePlan other = ClosurePlan.builder().account("force-x").closureDate(LocalDate.of(2021, 6, 1)).build();
    Estate base = Estate.builder().from(BASE).addClosurePlans(old, other).build();

    Estate planned =
        EstateReader.yaml().readOverlay(base, EstateWriter.yaml().overlayToString(List.of(YORK)), "plan.yaml");

    assertThat(planned.closurePlans()).containsExactlyInAnyOrder(YORK, other);
  }

  @Test
  void readOverlay_locatesAnUnknownSuccessorInTheOverlayWithASuggestion() {
    String overlay =
        """
        format: account-governance/estate@1
        closurePlans:
          - account: force-x
            closureDate: 2021-03-31
          - account: york-x
            successors: [force-x, yrok-x]
            closureDate: 2021-03-31
        """;

    InvalidEstateException e = overlayFailure(overlay);

    assertThat(e.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("closurePlans[1].successors[1]");
      assertThat(problem.message()).contains("unknown account \"yrok-x\"").contains("did you mean \"york-x\"?");
      assertThat(problem.location()).contains(at(overlay, "yrok-x"));
    });
  }

  @Test
  void readOverlay_refusesWhatBelongsInTheEstateFileAndAMisspeltSection() {
    String overlay =
        """
        format: account-governance/estate@1
        asOf: 2021-03-01T00:00:00Z
        closurPlans: []
        """;

    InvalidEstateException e = overlayFailure(overlay);

    assertThat(e.problems()).extracting(Problem::path).containsExactly("asOf", "closurPlans");
    assertThat(e.problems().get(0).message())
        .contains("\"asOf\" belongs in the estate file, not in an overlay")
        .contains("schema, closurePlans");
    assertThat(e.problems().get(0).location()).contains(at(overlay, "asOf"));
    assertThat(e.problems().get(1).message()).contains("did you mean \"closurePlans\"?");
  }

  @Test
  void readOverlay_asksForTheFormatLineAndReportsABadPlanWithIt() {
    String overlay =
        """
        closurePlans:
          - account: york-x
            closureDate: 31 March
        """;

    InvalidEstateException e = overlayFailure(overlay);

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
        "schema", "closurePlans[0].closureDate");
    assertThat(e.problems())
        .filteredOn(problem -> problem.path().equals("schema"))
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("an overlay starts with schema:"));
  }

  @Test
  void readOverlay_refusesTwoPlansForOneAccount() {
    String overlay =
        """
        format: account-governance/estate@1
        closurePlans:
          - {account: york-x, closureDate: 2021-03-31}
          - {account: york-x, closureDate: 2021-04-30}
        """;

    assertThatThrownBy(() -> EstateReader.yaml().readOverlay(BASE, overlay, "plan.yaml"))
        .isInstanceOf(InvalidEstateException.class)
        .hasMessageContaining("plan.yaml:4:")
        .hasMessageContaining("already has a closure plan at closurePlans[0]");
  }
}
