package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.problem.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.time.TimeWindow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a file can set that the rules could not evaluate is refused when the value is made, so that the reader
 * reports it with its location (issue 14): handle conventions and the handles they give, instants and dates.
 */
final class DoorChecksTest {

  private static final String FILE =
      """
      format: account-governance/estate@1
      force:
        name: North Yorkshire Police
        districts:
          - {code: york, name: York}
        handleConventions:
          district: "NYP_{district}"
          corporate-function: "%s"
      asOf: %s
      accounts:
        - id: jobs-x
          platform: x
          handle: "@NYP_Jobs"
          displayName: NYP Jobs
          tier: corporate-function
          status: active
          function: "%s"
          openedOn: %s
      """;

  private static String file(String convention, String asOf, String function, String openedOn) {
    return String.format(FILE, convention, asOf, function, openedOn);
  }

  private static Estate read(String text) throws IOException {
    return EstateReader.yaml().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "nyp.yaml");
  }

  private static Problem onlyProblem(String text) {
    Throwable thrown = catchThrowable(() -> read(text));
    assertThat(thrown).isInstanceOfSatisfying(InvalidEstateException.class, refused ->
        assertThat(refused.problems()).singleElement()
            .satisfies(problem -> assertThat(problem.location()).as("located").isPresent()));
    return ((InvalidEstateException) thrown).problems().get(0);
  }

  @Test
  void aWellFormedFile_isRead() throws IOException {
    assertThat(read(file("NYP_{function}", "2021-04-06T00:00:00Z", "Jobs", "2015-01-01")).accounts()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NYP {function}", "NYP_{function", "NYP_{fun}", "NYP_}", "@", "{}", "NYP_\\u0007"})
  void aMalformedTemplate_isRefusedAtTheForce_notWhenNam2Runs(String template) {
    Problem problem = onlyProblem(file(template, "2021-04-06T00:00:00Z", "Jobs", "2015-01-01"));

    assertThat(problem.path()).isEqualTo("force");
    assertThat(problem.location().orElseThrow().line()).isEqualTo(3);
    assertThat(problem.message()).startsWith("the handle convention for corporate-function");
  }

  @Test
  void aFunctionThatMakesTheConventionalHandleTooLong_isRefusedAtTheFunction() {
    Problem problem =
        onlyProblem(file("NYP_{function}", "2021-04-06T00:00:00Z", "J".repeat(97), "2015-01-01"));

    assertThat(problem.path()).isEqualTo("accounts[0].function");
    // The reader locates this path at its account: it records the lines of an account's id, handle and district.
    assertThat(problem.location().orElseThrow().line()).isEqualTo(11);
    assertThat(problem.message())
        .startsWith("with the force's handle convention \"NYP_{function}\", function \"JJJ")
        .contains("gives account jobs-x no handle: a handle has at most 100 characters, but got 101")
        .endsWith("; shorten the function or change the convention");
  }

  @Test
  void aFunctionThatLeavesNothingButAt_isRefusedAtTheFunction() {
    Problem problem = onlyProblem(file("{function}", "2021-04-06T00:00:00Z", "@", "2015-01-01"));

    assertThat(problem.path()).isEqualTo("accounts[0].function");
    assertThat(problem.message()).contains("a handle must not be blank");
  }

  @Test
  void aFunctionWithAControlCharacter_isRefused() {
    Problem problem = onlyProblem(file("NYP_{function}", "2021-04-06T00:00:00Z", "Jo\\tbs", "2015-01-01"));

    assertThat(problem.path()).startsWith("accounts[0]");
    assertThat(problem.message()).contains("function of account jobs-x must not contain control characters");
  }

  @Test
  void anInstantJavaTimeCannotPlaceInTheZone_isRefusedAtAsOf() {
    // Issue 14: +1000000000 years made EvaluationContext.today throw a DateTimeException.
    Problem problem =
        onlyProblem(file("NYP_{function}", "+1000000000-01-01T00:00:00Z", "Jobs", "2015-01-01"));

    assertThat(problem.path()).isEqualTo("asOf");
    assertThat(problem.message())
        .isEqualTo("asOf must lie between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59Z, but was "
            + "+1000000000-01-01T00:00:00Z");
  }

  @Test
  void aDateOutsideTheSupportedYears_isRefusedAtItsObject() {
    Problem problem = onlyProblem(file("NYP_{function}", "2021-04-06T00:00:00Z", "Jobs", "-999999999-01-01"));

    assertThat(problem.path()).startsWith("accounts[0]");
    assertThat(problem.message())
        .isEqualTo("opening date of account jobs-x must lie between 1900-01-01 and 2200-12-31, but was "
            + "-999999999-01-01");
  }

  @Test
  void theForce_refusesAConventionThatCannotGiveOneOfItsDistrictsAHandle() {
    Force.Builder force =
        Force.builder().name("NYP").addDistricts(District.of("york", "York", "Y".repeat(97)))
            .putHandleConventions(AccountTier.DISTRICT, "NYP_{district}");

    assertThatThrownBy(force::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the handle convention for district, \"NYP_{district}\", cannot give district york a"
            + " handle: a handle has at most 100 characters, but got 101");
    assertThatThrownBy(() -> District.of("york", "York", "@York\u2003Minster"))
        .hasMessageContaining("handle token of district york must not contain control characters or white space"
            + " other than spaces, but has U+2003 at 5");
  }

  @Test
  void checkHandleConvention_limitsTheTemplateToWhatAHandleCanHold() {
    String longest = "@" + "N".repeat(Handle.MAX_LENGTH - 1) + "{district}";

    assertThat(Force.checkHandleConvention(AccountTier.DISTRICT, longest)).isEqualTo(longest);
    assertThatThrownBy(() -> Force.checkHandleConvention(AccountTier.DISTRICT, "N".repeat(Handle.MAX_LENGTH) + "{district}"))
        .hasMessageContaining("cannot give a handle: a handle has at most 100 characters, but got 101");
    assertThatThrownBy(() -> Force.checkHandleConvention(AccountTier.DISTRICT, "N".repeat(40_000)))
        .hasMessage("the handle convention for district has at most 121 characters, but has 40000");
    assertThatThrownBy(() -> Force.checkHandleConvention(AccountTier.DISTRICT, ""))
        .hasMessage("the handle convention for district must not be blank, but is \"\"");
  }

  @Test
  void conventionalHandle_fillsThePlaceholdersItIsGiven_withoutWhiteSpace() {
    assertThat(Force.conventionalHandle("NYP_{district}{function}", Optional.of("Harrogate Boro"), Optional.empty()))
        .isEqualTo("NYP_HarrogateBoro{function}");
    assertThat(Force.conventionalHandle("NYP_{district}{function}", Optional.empty(), Optional.of("Road  Safety")))
        .isEqualTo("NYP_{district}RoadSafety");
  }

  @Test
  void everyDateAndInstantOfTheModel_isWithinTheSupportedYears() {
    LocalDate tooLate = LocalDate.of(2201, 1, 1);
    TimeWindow tooEarly = TimeWindow.of(Instant.parse("1899-01-01T00:00:00Z"), Instant.parse("1899-01-02T00:00:00Z"));

    assertThatThrownBy(() -> Absence.of("c1", tooEarly, AbsenceReason.LEAVE))
        .hasMessageStartingWith("absence of c1 must lie between");
    assertThatThrownBy(() -> ObservedHandle.builder().handle(Handle.of(Platform.X, "NYP_Y0rk")).observedOn(tooLate)
        .build()).hasMessageStartingWith("date @NYP_Y0rk was observed must lie between");
    assertThatThrownBy(() -> ClosurePlan.builder().account("york-x").closureDate(tooLate).build())
        .hasMessageStartingWith("closure date of york-x must lie between");
  }
}
