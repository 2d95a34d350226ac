package io.github.accountgovernance.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.RuleResult;
import io.github.accountgovernance.rules.authoring.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class JunitReportTest {

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static Element suite(Document document, String ruleId) {
    return elements(document.getDocumentElement(), "testsuite").stream()
        .filter(suite -> suite.getAttribute("name").endsWith("." + ruleId)).findFirst().orElseThrow();
  }

  @Test
  void junit_hasOneTestsuitePerRule() throws Exception {
    Report report = ReportFixtures.richReport();
    Document document = parse(ReportFormat.JUNIT.render(report));

    assertThat(document.getDocumentElement().getTagName()).isEqualTo("testsuites");
    assertThat(elements(document.getDocumentElement(), "testsuite")).extracting(s -> s.getAttribute("name"))
        .containsExactly("nyp-2021.ATT-9", "nyp-2021.CLO-9", "nyp-2021.EST-5", "nyp-2021.MON-9");
  }

  @Test
  void junit_countsAFailurePerErrorOrWarningViolationAndASkipPerWaivedOrBaselined() throws Exception {
    Report report = ReportFixtures.richReport();
    Document document = parse(ReportFormat.JUNIT.render(report));

    for (RuleResult rule : report.rules()) {
      Element suite = suite(document, rule.ruleId().value());
      int failures = rule.severity() == Severity.INFO ? 0 : rule.violations();
      assertThat(suite.getAttribute("failures")).as(rule.ruleId().value()).isEqualTo(Integer.toString(failures));
      assertThat(elements(suite, "failure")).as(rule.ruleId().value()).hasSize(failures);
      assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(elements(suite, "testcase").size()));
      assertThat(suite.getAttribute("skipped")).isEqualTo(Integer.toString(elements(suite, "skipped").size()));
    }
    assertThat(suite(document, "EST-5").getAttribute("skipped")).isEqualTo("2");
    assertThat(suite(document, "MON-9").getAttribute("skipped")).isEqualTo("1");
    assertThat(document.getDocumentElement().getAttribute("failures")).isEqualTo("5");
  }

  @Test
  void junit_failuresCarryMessageAndEvidence() throws Exception {
    Document document = parse(ReportFormat.JUNIT.render(ReportFixtures.richReport()));

    Element failure = elements(suite(document, "MON-9"), "failure").get(0);
    Element testcase = (Element) failure.getParentNode();
    // Violations list subjects by the name shown: @NPTYorkSouth before @NYorksPolice.
    assertThat(testcase.getAttribute("name")).isEqualTo("@NPTYorkSouth (account:south-x)");
    assertThat(testcase.getAttribute("classname")).isEqualTo("nyp-2021.MON-9");
    assertThat(failure.getAttribute("message")).isEqualTo("declares no monitored hours");
    assertThat(failure.getAttribute("type")).isEqualTo("warning");
    assertThat(failure.getTextContent()).contains("monitored hours: not declared").contains("platforms: X; Facebook");
  }

  @Test
  void junit_waivedViolationsAreSkippedWithTheWaiver() throws Exception {
    Document document = parse(ReportFormat.JUNIT.render(ReportFixtures.richReport()));

    assertThat(elements(suite(document, "EST-5"), "skipped")).extracting(s -> s.getAttribute("message"))
        .contains("waived up to and including 2021-06-30 by Supt. A. Example: recruitment account; owner being appointed");
  }

  @Test
  void junit_ruleThatCheckedNothingIsASkippedCase() throws Exception {
    Document document = parse(ReportFormat.JUNIT.render(ReportFixtures.richReport()));

    assertThat(elements(suite(document, "CLO-9"), "testcase")).singleElement()
        .satisfies(testcase -> assertThat(elements(testcase, "skipped")).hasSize(1));
  }

  @Test
  void junit_escapesMarkupAndForbiddenCharacters() throws Exception {
    Document document = parse(ReportFormat.JUNIT.render(ReportFixtures.handBuilt()));

    Element failure = elements(document.getDocumentElement(), "failure").get(0);
    assertThat(failure.getAttribute("message")).isEqualTo("one absence leaves hours uncovered");
    assertThat(document.getDocumentElement().getAttribute("name")).isEqualTo("npcc2021");
  }
}
