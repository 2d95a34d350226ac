package io.github.accountgovernance.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.model.InvalidEstateException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReadLimitsTest {

  private static Problem onlyProblem(EstateReader reader, String text, String source) {
    try {
      reader.read(text, source);
    } catch (InvalidEstateException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("expected the file to be refused");
  }

  @Test
  void yaml_refusesBillionLaughsWithoutExpandingIt() {
    StringBuilder yaml = new StringBuilder("format: account-governance/estate@1\nlol0: &l0 [lol, lol, lol, lol]\n");
    for (int level = 1; level <= 30; level++) {
      String previous = "*l" + (level - 1);
      yaml.append("lol").append(level).append(": &l").append(level).append(" [")
          .append(String.join(", ", previous, previous, previous, previous, previous, previous, previous, previous))
          .append("]\n");
    }
    yaml.append("accounts: *l30\n");

    Problem problem = onlyProblem(EstateReader.yaml(), yaml.toString(), "laughs.yaml");

    // The anchored lists sit in unknown fields, which are skipped token by token and never expanded; the alias
    // that would pull 4 * 8^30 values into the estate is refused where it is used.
    assertThat(problem.message()).contains("YAML aliases (*l30) are not allowed").contains("write the value out in full");
    assertThat(problem.location().orElseThrow().line()).isEqualTo(33);
  }

  @Test
  void yaml_refusesAnAliasInsideAList() {
    String yaml = EstateReaderTest.VALID + "closurePlans:\n  - &plan {account: york-x, closureDate: 2021-04-03}\n  - *plan\n";

    Problem problem = onlyProblem(EstateReader.yaml(), yaml, "estate.yaml");

    assertThat(problem.message()).contains("YAML aliases (*plan)");
  }

  @Test
  void read_refusesNestingDeeperThanTheLimit() {
    String yaml = "format: account-governance/estate@1\naccounts: " + "[".repeat(50) + "]".repeat(50) + "\n";

    Problem problem = onlyProblem(EstateReader.yaml(), yaml, "deep.yaml");

    assertThat(problem.message())
        .contains("nest more than 20 levels deep")
        .contains("ReadLimits.maxNestingDepth");
    assertThat(problem.location().orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void read_refusesDeepNestingEvenInsideAnUnknownField() {
    String json = "{\"format\": \"account-governance/estate@1\", \"extra\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

    Problem problem = onlyProblem(EstateReader.json(), json, "deep.json");

    assertThat(problem.message()).contains("ReadLimits.maxNestingDepth");
  }

  @Test
  void read_refusesAListLongerThanItsLimitNamingTheSetting() {
    StringBuilder yaml = new StringBuilder(EstateReaderTest.VALID);
    for (int i = 0; i < 5; i++) {
      yaml.append("  - {contributor: c1402, account: york-x, from: 2021-03-0").append(i + 1)
          .append("T08:00:00Z, to: 2021-03-0").append(i + 1).append("T18:00:00Z}\n");
    }
    EstateReader reader = EstateReader.yaml().withLimits(ReadLimits.builder().maxRotaEntries(4).build());

    Problem problem = onlyProblem(reader, yaml.toString(), "estate.yaml");

    assertThat(problem.path()).isEqualTo("rota[4]");
    assertThat(problem.message())
        .contains("rota has more than 4 entries")
        .contains("ReadLimits.builder().maxRotaEntries(...)");
  }

  @Test
  void read_refusesAnyOtherListLongerThanMaxEntries() {
    String yaml = EstateReaderTest.VALID.replace("[\"Mon 07:00-22:00\", \"Sat 22:00-08:00\"]",
        "[\"Mon 07:00-22:00\", \"Tue 07:00-22:00\", \"Sat 22:00-08:00\"]");
    EstateReader reader = EstateReader.yaml().withLimits(ReadLimits.builder().maxEntries(2).build());

    Problem problem = onlyProblem(reader, yaml, "estate.yaml");

    assertThat(problem.message()).contains("more than 2 entries").contains("ReadLimits.maxEntries");
  }

  @Test
  void read_refusesAFileLargerThanTheLimitBeforeParsingIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, EstateReaderTest.VALID, StandardCharsets.UTF_8);
    EstateReader reader = EstateReader.yaml().withLimits(ReadLimits.builder().maxFileBytes(100).build());

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidEstateException.class)
        .hasMessageContaining(file + ":1:1: estate: the file has ")
        .hasMessageContaining("more than the limit of 100 bytes")
        .hasMessageContaining("ReadLimits.builder().maxFileBytes(...)");
    assertThatThrownBy(
            () -> reader.read(new ByteArrayInputStream(EstateReaderTest.VALID.getBytes(StandardCharsets.UTF_8)), "upload"))
        .isInstanceOf(InvalidEstateException.class)
        .hasMessageContaining("more than 100 bytes");
  }

  @Test
  void read_refusesATextLongerThanTheLimit() {
    String yaml = EstateReaderTest.VALID.replace("name: Sam Example", "name: " + "S".repeat(200));
    ReadLimits limits = ReadLimits.builder().maxStringLength(100).build();

    assertThat(onlyProblem(EstateReader.yaml().withLimits(limits), yaml, "e.yaml").message())
        .contains("longer than 100 characters")
        .contains("ReadLimits.builder().maxStringLength(...)");
    String json = EstateWriter.json().writeToString(EstateReader.yaml().read(EstateReaderTest.VALID, "e.yaml"))
        .replace("\"Sam Example\"", "\"" + "S".repeat(200) + "\"");
    assertThat(onlyProblem(EstateReader.json().withLimits(limits), json, "e.json").message())
        .contains("longer than 100 characters");
  }

  @Test
  void read_stopsAfterMaxProblemsSayingSo() {
    String yaml = EstateReaderTest.VALID.replace("tier: ", "tier: x").replace("status: active", "status: x")
        .replace("role: administrator", "role: x");
    EstateReader reader = EstateReader.yaml().withLimits(ReadLimits.builder().maxProblems(3).build());

    assertThatThrownBy(() -> reader.read(yaml, "e.yaml"))
        .isInstanceOfSatisfying(
            InvalidEstateException.class,
            e -> {
              assertThat(e.problems()).hasSize(4);
              assertThat(e.problems().get(0).message()).isEqualTo(
                  "reading stopped here after 3 problems, the limit for untrusted files (ReadLimits.maxProblems); if"
                      + " the file is trusted, raise it with ReadLimits.builder().maxProblems(...); the problems"
                      + " found so far follow: fix them first");
              assertThat(e).hasMessageStartingWith("the estate has at least 3 problems (reading stopped there):\n"
                  + "  - e.yaml:");
            });
  }

  @Test
  void read_namesTheOptionThatRaisesALimit_whenTheProgramSaysWhatItIs() {
    String yaml = EstateReaderTest.VALID.replace("tier: ", "tier: x").replace("status: active", "status: x");
    ReadLimits limits =
        ReadLimits.builder().maxProblems(2).raisedWith(limit -> "--" + limit.replace("max", "max-").toLowerCase())
            .build();

    assertThatThrownBy(() -> EstateReader.yaml().withLimits(limits).read(yaml, "e.yaml"))
        .isInstanceOfSatisfying(InvalidEstateException.class, e -> assertThat(e.problems().get(0).message())
            .isEqualTo("reading stopped here after 2 problems, the limit for untrusted files; if the file is trusted,"
                + " raise it with --max-problems; the problems found so far follow: fix them first")
            .doesNotContain("ReadLimits"));
    assertThat(limits.advice("maxRotaEntries")).isEqualTo("; if the file is trusted, raise it with --max-rotaentries");
    assertThat(limits).isEqualTo(ReadLimits.builder().maxProblems(2).build());
  }

  @Test
  void message_listsFiftyProblems_andMoreOnRequest() {
    StringBuilder yaml = new StringBuilder(EstateReaderTest.VALID).append("absences:\n");
    for (int i = 0; i < 60; i++) {
      yaml.append("  - {contributor: c1402, from: soon, to: 2021-04-16, reason: leave}\n");
    }

    assertThatThrownBy(() -> EstateReader.yaml().read(yaml.toString(), "e.yaml"))
        .isInstanceOfSatisfying(InvalidEstateException.class, e -> {
          assertThat(e.stoppedEarly()).isFalse();
          assertThat(e.getMessage()).startsWith("the estate has 60 problems:").endsWith("\n  … and 10 more");
          assertThat(e.message(Integer.MAX_VALUE).lines()).hasSize(61);
        });
  }

  @Test
  void builder_rejectsLimitsBelowOne() {
    assertThatThrownBy(() -> ReadLimits.builder().maxAccounts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAccounts must be at least 1, but was 0");
    assertThatThrownBy(() -> ReadLimits.builder().maxFileBytes(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was -5");
  }

  @Test
  void defaults_areGenerousForANationalEstate() {
    ReadLimits limits = ReadLimits.defaults();

    assertThat(limits.maxFileBytes()).isEqualTo(64L << 20);
    assertThat(limits.maxRotaEntries()).isEqualTo(2_000_000);
    assertThat(limits.maxAccounts()).isEqualTo(100_000);
    assertThat(ReadLimits.builder().build()).isEqualTo(limits);
  }
}
