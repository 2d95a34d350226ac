package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.AFTER;
import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.files.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

final class CheckFormatTest {

  private static final int RULES = 25;

  private static String report(String example, String format) {
    Cli.Run run = Cli.run("check", "--example", example, "--format", format);
    assertThat(run.code()).as("%s", run).isIn(GovernanceCommand.OK, GovernanceCommand.VIOLATIONS);
    assertThat(run.err()).as("diagnostics of a clean run").isEmpty();
    return run.out();
  }

  @ParameterizedTest
  @ValueSource(strings = {BEFORE, AFTER})
  void json_conformsToTheDocumentedSchema(String example) {
    String json = report(example, "json");

    assertThat(ReportSchema.FILE).exists();
    assertThat(ReportSchema.documented().violations(json)).isEmpty();
  }

  @Test
  void json_schemaCheckCatchesAMissingFieldAndAWrongType() {
    String json = report(AFTER, "json");
    String withoutSummary = json.replaceFirst("\"summary\"", "\"summery\"");
    String textForCount = json.replaceFirst("\"violations\": 0,", "\"violations\": \"0\",");

    assertThat(textForCount).isNotEqualTo(json);
    assertThat(ReportSchema.documented().violations(withoutSummary))
        .contains("$: missing summary", "$: unexpected field summery");
    assertThat(ReportSchema.documented().violations(textForCount)).singleElement().asString()
        .startsWith("$.summary.violations: expected integer");
  }

  @Test
  void json_readsBackAsTheSameReportWithConsistentSummary() {
    String json = report(BEFORE, "json");

    Report report = ReportJson.read(json);
    Object tree = JsonTree.parse(json);

    assertThat(ReportJson.write(report)).isEqualTo(json);
    assertThat(report.violations()).hasSize(1321);
    assertThat(JsonTree.text(tree, "schema")).isEqualTo(ReportJson.SCHEMA);
    assertThat(JsonTree.text(tree, "summary", "violations")).isEqualTo("1321");
    assertThat(JsonTree.text(tree, "summary", "error")).isEqualTo("1107");
    assertThat(JsonTree.text(tree, "summary", "warning")).isEqualTo("214");
    assertThat(JsonTree.array(JsonTree.at(tree, "rules").orElseThrow())).hasSize(RULES);
  }

  @Test
  void sarif_hasThe210StructureWithUniqueRulesAndResultsPointingAtThem() {
    Object sarif = JsonTree.parse(report(BEFORE, "sarif"));

    assertThat(JsonTree.text(sarif, "version")).isEqualTo("2.1.0");
    assertThat(JsonTree.text(sarif, "$schema")).contains("sarif-2.1.0");
    assertThat(JsonTree.array(JsonTree.at(sarif, "runs").orElseThrow())).hasSize(1);
    assertThat(JsonTree.text(sarif, "runs", 0, "tool", "driver", "name")).isEqualTo("account-governance");
    List<String> ruleIds = new ArrayList<>();
    for (Object rule : JsonTree.array(JsonTree.at(sarif, "runs", 0, "tool", "driver", "rules").orElseThrow())) {
      ruleIds.add(JsonTree.text(rule, "id"));
    }
    assertThat(ruleIds).hasSize(RULES).doesNotHaveDuplicates();
    List<Object> results = JsonTree.array(JsonTree.at(sarif, "runs", 0, "results").orElseThrow());
    assertThat(results).hasSize(1321).allSatisfy(result -> {
      Map<String, Object> fields = JsonTree.object(result);
      assertThat(fields).containsKeys("ruleId", "ruleIndex", "level", "message");
      assertThat(JsonTree.isInteger(fields.get("ruleIndex"))).as("ruleIndex is an integer").isTrue();
      assertThat(ruleIds.get(Integer.parseInt(fields.get("ruleIndex").toString()))).isEqualTo(fields.get("ruleId"));
      assertThat(fields.get("level")).isIn("error", "warning", "note", "none");
      assertThat(JsonTree.text(result, "message", "text")).isNotBlank();
    });
    assertThat(results).extracting(result -> JsonTree.text(result, "level")).contains("error", "warning");
  }

  @Test
  void junit_parsesWithTheJdkParserWithOneTestsuitePerRule() throws Exception {
    Document document = parseXml(report(BEFORE, "junit"));

    Element root = document.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList suites = root.getElementsByTagName("testsuite");
    Set<String> names = new HashSet<>();
    int failures = 0;
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      names.add(suite.getAttribute("name"));
      failures += Integer.parseInt(suite.getAttribute("failures"));
      assertThat(suite.getElementsByTagName("testcase").getLength())
          .as("testcases of %s", suite.getAttribute("name"))
          .isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
    }
    assertThat(suites.getLength()).isEqualTo(RULES);
    assertThat(names).hasSize(RULES).contains("npcc2021.MON-1", "npcc2021.NAM-5");
    assertThat(failures).isEqualTo(1321).isEqualTo(Integer.parseInt(root.getAttribute("failures")));
  }

  @Test
  void markdown_hasTheRulesTableWithOneRowPerRule() {
    String markdown = report(BEFORE, "markdown");

    assertThat(markdown)
        .startsWith("# Account governance report")
        .contains("| Rule | Severity | Title | Checked | Passed | Failed | Violations | Waived | Baselined |")
        .contains("|---|---|---|---:|---:|---:|---:|---:|---:|")
        .contains("| `MON-1` | error | named monitors |");
    assertThat(markdown.lines().filter(line -> line.matches("\\| `[A-Z]{3}-\\d+` \\|.*"))).hasSize(RULES);
  }

  @Test
  void html_isSelfContained() {
    String html = report(BEFORE, "html");

    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    List<String> fetches = new ArrayList<>();
    Matcher attribute = Pattern.compile("(?i)\\b(?:src|href|xlink:href|action|srcset)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    while (attribute.find()) {
      if (!attribute.group(1).startsWith("#")) {
        fetches.add(attribute.group());
      }
    }
    assertThat(fetches).as("attributes that would fetch something").isEmpty();
    assertThat(html).doesNotContainPattern("(?i)url\\(").doesNotContainPattern("(?i)@import")
        .doesNotContainPattern("(?i)<(?:script|link|img|iframe|object|embed)\\b")
        .doesNotContain("http://").doesNotContain("https://");
  }

  @ParameterizedTest
  @ValueSource(strings = {BEFORE, AFTER})
  void html_hasOneTimelineRowPerOpenAccount(String example) {
    Estate estate = ExampleEstates.load(example);
    long open = estate.accounts().stream().filter(account -> account.status().isOpen()).count();

    String html = report(example, "html");

    assertThat(open).isGreaterThan(0);
    assertThat(Pattern.compile("<div class=\"row\"><span class=\"name\"").matcher(html).results().count())
        .isEqualTo(open);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit", "markdown", "html"})
  void output_writesTheFileAndLeavesStdoutEmpty(String format, @TempDir Path folder) throws IOException {
    Path file = folder.resolve("report." + format);

    Cli.Run run = Cli.run("check", "--example", BEFORE, "--format", format, "--output", file.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.VIOLATIONS);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("governance: wrote the " + format + " report to " + file + System.lineSeparator());
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report(BEFORE, format));
  }

  @ParameterizedTest
  @ValueSource(strings = {"JSON", "Json", "SARIF", "Markdown", "HTML"})
  void format_isReadWhateverItsCase(String format) {
    assertThat(report(BEFORE, format)).isEqualTo(report(BEFORE, format.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void failOn_isReadWhateverItsCase() {
    Cli.Run run = Cli.run("check", "--example", AFTER, "--fail-on", "WARNING");

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
  }

  @Test
  void unknownFormat_namesTheFormatsInWordsNotJava() {
    Cli.Run run = Cli.run("check", "--example", AFTER, "--format", "pdf");

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(run.err()).startsWith("Invalid value for option '--format': expected one of [text, json, sarif,"
        + " junit, markdown, html] (case-insensitive) but was 'pdf'")
        .doesNotContainPattern("[A-Za-z]\\.[a-z]+\\(").doesNotContain("ReportFormat", "Format.");
  }

  @Test
  void output_isTheSameBytesEveryRun() {
    assertThat(report(BEFORE, "sarif")).isEqualTo(report(BEFORE, "sarif"));
    assertThat(report(BEFORE, "html")).isEqualTo(report(BEFORE, "html"));
  }

  private static Document parseXml(String xml) throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // A report needs no DTD; refusing one keeps the parser from reaching out or expanding entities.
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
