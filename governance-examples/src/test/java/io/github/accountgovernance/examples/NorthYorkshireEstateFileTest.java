package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class NorthYorkshireEstateFileTest {

  private static final String GOOD = "north-yorkshire-2021-after.yaml";
  private static final String BROKEN = "north-yorkshire-2021-after-broken.yaml";

  private static Estate read(String name) {
    try (InputStream in = NorthYorkshireEstateFileTest.class.getResourceAsStream("estates/" + name)) {
      return EstateReader.yaml().read(Objects.requireNonNull(in, "no resource estates/" + name), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void afterConsolidation_loadsWithTheForceAccountEightDistrictsAndRecruitment() {
    Estate estate = read(GOOD);

    assertThat(estate.force().name()).isEqualTo("North Yorkshire Police");
    assertThat(estate.force().districts())
        .extracting(d -> d.name(), d -> d.handleToken())
        .containsExactly(
            tuple("Craven", "Craven"),
            tuple("Hambleton", "Hambleton"),
            tuple("Harrogate Borough", "Harrogate"),
            tuple("Richmondshire", "Richmond"),
            tuple("Ryedale", "Ryedale"),
            tuple("Scarborough Borough", "Scarborough"),
            tuple("Selby District", "Selby"),
            tuple("York", "York"));
    List<Account> active =
        estate.accounts().stream().filter(a -> a.status() == AccountStatus.ACTIVE).collect(Collectors.toList());
    assertThat(active).hasSize(10);
    assertThat(active).filteredOn(a -> a.tier() == AccountTier.DISTRICT).hasSize(8);
    Account force = estate.accountsWithHandle(Handle.of(Platform.X, "@NYorksPolice")).get(0);
    assertThat(force.tier()).isEqualTo(AccountTier.FORCE_WIDE);
    assertThat(force.monitoredHours()).isEqualTo(MonitoredHours.always());
    assertThat(estate.accountsWithHandle(Handle.of(Platform.X, "@NYP_Jobs")))
        .singleElement()
        .satisfies(jobs -> assertThat(jobs.function()).contains("Jobs"));
  }

  @Test
  void afterConsolidation_keepsTheClosedAccountsDormantWithClosurePlans() {
    Estate estate = read(GOOD);

    Account osu = estate.accountsWithHandle(Handle.of(Platform.X, "NYPRoadCrime")).get(0);
    assertThat(osu.status()).isEqualTo(AccountStatus.CLOSED);
    assertThat(osu.followers()).isEqualTo(11_400);
    assertThat(estate.closurePlanFor(osu.id()))
        .hasValueSatisfying(
            plan -> {
              assertThat(plan.successors()).containsExactly("force-x");
              assertThat(plan.finalMessageOn()).contains(LocalDate.of(2021, 3, 31));
              assertThat(plan.finalMessage()).hasValueSatisfying(m -> assertThat(m).contains("@NYorksPolice"));
            });
    Account yorkSouth = estate.accountsWithHandle(Handle.of(Platform.X, "NPTYorkSouth")).get(0);
    assertThat(estate.closurePlanFor(yorkSouth.id()))
        .hasValueSatisfying(
            plan -> {
              assertThat(plan.successors()).containsExactly("york-x", "force-x", "jobs-x");
              assertThat(plan.closureDate()).isEqualTo(LocalDate.of(2021, 3, 31));
            });
  }

  @Test
  void afterConsolidation_givesEveryActiveAccountThreeMonitorsAndTwoAdministrators() {
    Estate estate = read(GOOD);

    for (Account account : estate.accounts()) {
      if (account.status().isOpen()) {
        assertThat(estate.rotaFor(account.id()).stream().map(r -> r.contributor()).distinct().count())
            .as("monitors of %s", account.handle())
            .isGreaterThanOrEqualTo(3);
      }
      assertThat(estate.grantsOn(account.id()).stream().filter(g -> g.role() == AccessRole.ADMINISTRATOR).count())
          .as("administrators of %s", account.handle())
          .isGreaterThanOrEqualTo(2);
    }
    assertThat(estate.absences()).isNotEmpty();
    assertThat(estate.posts()).allSatisfy(p -> assertThat(p.signature()).isPresent());
  }

  @Test
  void afterConsolidation_survivesAWriteAndReadInBothFormats() {
    Estate estate = read(GOOD);

    assertThat(EstateReader.yaml().read(EstateWriter.yaml().writeToString(estate), "again.yaml")).isEqualTo(estate);
    assertThat(EstateReader.json().read(EstateWriter.json().writeToString(estate), "again.json")).isEqualTo(estate);
  }

  @Test
  void brokenCopy_failsWithEveryMistakeNamingFileLineAndPath() {
    assertThatThrownBy(() -> read(BROKEN))
        .isInstanceOfSatisfying(
            InvalidEstateException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::path)
                  .containsExactly(
                      "accounts[2].handel",
                      "accounts[5].tier",
                      "accounts[7].followers",
                      "contributors[0].kind",
                      "rota[34].weekly",
                      "closurePlans[0].closureDate");
              assertThat(e.problems())
                  .allSatisfy(
                      p ->
                          assertThat(e.getMessage())
                              .contains(p.location().orElseThrow() + ": " + p.path() + ": " + p.message()));
              assertThat(e.problems())
                  .extracting(p -> p.location().orElseThrow().file())
                  .containsOnly(BROKEN);
            })
        .hasMessageStartingWith("the estate has 6 problems:")
        .hasMessageContaining(BROKEN + ":62:5: accounts[2].handel: unknown field \"handel\" in an account (did you mean \"handle\"?)")
        .hasMessageContaining("unknown account tier \"distric\" (did you mean \"district\"?)")
        .hasMessageContaining("expected a whole number")
        .hasMessageContaining("missing required field \"kind\" in a contributor")
        .hasMessageContaining("\"Sat 23:00-0700\"")
        .hasMessageContaining("expected a date such as 2021-03-31 (year-month-day), but got \"2021-04-31\"");
  }
}
