package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.AFTER;
import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.examples.TestTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our SARIF reports pass the official SARIF validator, the SARIF Multitool's {@code validate} (npm package
 * {@code @microsoft/sarif-multitool}, pinned in {@code tools/sarif-validator}), with no error and no warning: the
 * before, after and lookalike examples, one with waived, baselined and new violations, and one whose violations
 * are all fixed since its baseline. Its notes (such as "the rule does not provide a help URI") are allowed.
 *
 * <p>A copy of the after report without its {@code $schema} goes through the same run and must draw the
 * validator's warning, so the test shows that it reads the validator's findings.
 */
final class SarifValidatorTest {

  private static final Path VALIDATOR_DIR = TestTools.REPOSITORY.resolve(Path.of("tools", "sarif-validator"));

  @Test
  void officialValidator_findsNoErrorOrWarningInOurReports(@TempDir Path folder) throws IOException {
    Path validator = validator();
    Path baseline = folder.resolve("before-baseline.yaml");
    Cli.run("check", "--example", BEFORE, "--write-baseline", baseline.toString());
    Path waivers = Files.writeString(folder.resolve("waivers.yaml"), """
        schema: account-governance/waivers@1
        waivers:
          - rule: MON-4
            subject: "@NYP_Jobs"
            reason: Recruitment enquiries go to the force desk out of hours
            approvedBy: Supt A. Example
            expires: 2021-06-30
        """);
    Path stricter = Files.writeString(folder.resolve("stricter.yaml"),
        "id: stricter\nderivesFrom: npcc2021\nparameters:\n  minMonitors: 3\n  maxGap: 12h\n");
    List<Path> ours = List.of(
        sarif(folder, "before", "--example", BEFORE),
        sarif(folder, "after", "--example", AFTER),
        sarif(folder, "lookalikes", "--example", ExampleEstates.NORTH_YORKSHIRE_LOOKALIKES),
        sarif(folder, "waived-baselined-and-new", "--example", BEFORE, "--pack", stricter.toString(),
            "--waivers", waivers.toString(), "--baseline", baseline.toString()),
        sarif(folder, "fixed-since-the-baseline", "--example", AFTER, "--baseline", baseline.toString()));
    String after = Files.readString(ours.get(1), StandardCharsets.UTF_8);
    Path planted = Files.writeString(folder.resolve("planted-without-schema.sarif"),
        after.replaceFirst("\n *\"\\$schema\": \"[^\"]*\",", ""), StandardCharsets.UTF_8);
    assertThat(Files.readString(planted)).isNotEqualTo(after);
    List<Path> all = new ArrayList<>(ours);
    all.add(planted);
    Path findings = folder.resolve("validation.sarif");

    List<String> command = new ArrayList<>(List.of(validator.toString(), "validate"));
    all.forEach(file -> command.add(file.toString()));
    command.addAll(List.of("--output", findings.toString()));
    Optional<TestTools.Run> run = TestTools.run(command, folder, 10);

    assertThat(run).as("the validator ran to its end").isPresent();
    assertThat(run.get().code()).as("validator exit code; its output:%n%s", run.get().output()).isZero();
    assertThat(run.get().output()).contains("Done. " + all.size() + " files scanned.");
    List<String> problems = problems(JsonTree.parse(Files.readString(findings, StandardCharsets.UTF_8)));
    assertThat(problems).as("errors and warnings of the official SARIF validator")
        .allMatch(problem -> problem.contains(planted.getFileName().toString()))
        .anyMatch(problem -> problem.startsWith("warning SARIF2008 "));
  }

  private static Path sarif(Path folder, String name, String... check) {
    Path file = folder.resolve(name + ".sarif");
    List<String> args = new ArrayList<>(List.of("check"));
    args.addAll(List.of(check));
    args.addAll(List.of("--format", "sarif", "--output", file.toString()));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.code()).as("%s", run).isIn(GovernanceCommand.OK, GovernanceCommand.VIOLATIONS);
    return file;
  }

  /** The validator's findings of level error or warning, as "LEVEL RULE FILE:LINE message-id arguments". */
  private static List<String> problems(Object log) {
    List<String> found = new ArrayList<>();
    for (Object run : JsonTree.array(JsonTree.at(log, "runs").orElseThrow())) {
      List<Object> rules = JsonTree.at(run, "tool", "driver", "rules").map(JsonTree::array).orElse(List.of());
      for (Object result : JsonTree.at(run, "results").map(JsonTree::array).orElse(List.of())) {
        String level = level(result, rules);
        if (level.equals("error") || level.equals("warning")) {
          found.add(level + " " + JsonTree.text(result, "ruleId") + " "
              + JsonTree.at(result, "locations", 0, "physicalLocation", "artifactLocation", "uri").orElse("?") + ":"
              + JsonTree.at(result, "locations", 0, "physicalLocation", "region", "startLine").orElse("?") + " "
              + JsonTree.at(result, "message").orElse(""));
        }
      }
      for (Object notification : JsonTree.at(run, "invocations", 0, "toolExecutionNotifications")
          .map(JsonTree::array).orElse(List.of())) {
        found.add("error (the validator's own) " + notification);
      }
    }
    return found;
  }

  /** A result's level: its own, else its rule's default, else warning (SARIF 2.1.0, 3.27.10). */
  private static String level(Object result, List<Object> rules) {
    Optional<Object> own = JsonTree.at(result, "level");
    if (own.isPresent()) {
      return own.get().toString();
    }
    return JsonTree.at(result, "ruleIndex")
        .map(index -> Integer.parseInt(index.toString()))
        .filter(index -> index < rules.size())
        .flatMap(index -> JsonTree.at(rules.get(index), "defaultConfiguration", "level"))
        .map(Object::toString)
        .orElse("warning");
  }

  /** The validator program: found with Node the way its npm package finds it, or the test is skipped (fails in CI). */
  private static Path validator() {
    Optional<TestTools.Run> node = TestTools.run(List.of("node", "-p", "require('@microsoft/sarif-multitool')"),
        VALIDATOR_DIR, 2);
    TestTools.require(node.isPresent(), "Node is not installed, so the SARIF validator cannot be found");
    TestTools.require(node.get().code() == 0, "the SARIF validator is not installed in " + VALIDATOR_DIR
        + " (node says: " + node.get().output().lines().filter(line -> line.contains("Error")).findFirst()
            .orElse(node.get().output().strip()) + ")");
    Path program = Path.of(node.get().output().strip());
    TestTools.require(Files.isExecutable(program), "the SARIF validator " + program + " is not executable");
    return program;
  }
}
