package io.github.accountgovernance.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class HtmlReportTest {

  private static final Estate BEFORE = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);
  private static final Report BEFORE_REPORT = PolicyPacks.npcc2021().evaluate(BEFORE);
  private static final String BEFORE_HTML = HtmlReport.render(BEFORE_REPORT, BEFORE);

  private static final Pattern ROW =
      Pattern.compile("<div class=\"row\"><span class=\"name\" title=\"[^\"]*\">([^<]*)</span>(.*?)</div>\n",
          Pattern.DOTALL);

  /** Each account's timeline row, by the handle it shows. */
  private static Map<String, String> rows(String html) {
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      assertThat(rows.put(row.group(1), row.group(2))).as("one row for %s", row.group(1)).isNull();
    }
    return rows;
  }

  /** The after estate with one display name that tries to inject a script. */
  private static Estate withHostileDisplayName() throws IOException {
    String yaml;
    try (InputStream in = ExampleEstates.class.getResourceAsStream(
        "/io/github/accountgovernance/examples/estates/north-yorkshire-2021-after.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String hostile = yaml.replace(
        "displayName: North Yorkshire Police - Craven",
        "displayName: \"<script>alert('Craven')</script> & \\\"friends\\\"\"");
    assertThat(hostile).isNotEqualTo(yaml);
    return EstateReader.yaml()
        .read(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)), "hostile.yaml");
  }

  @Test
  void render_isOneHtmlPageWithSummaryTimelineViolationsAndParametersInThatOrder() {
    assertThat(BEFORE_HTML)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .endsWith("</body>\n</html>\n")
        .contains("<meta charset=\"utf-8\">")
        .contains("<title>North Yorkshire Police — NPCC consolidated model (North Yorkshire, 2021)</title>")
        .contains("<h1>North Yorkshire Police</h1>")
        .contains("<div class=\"tile error\"><span>1107</span> errors</div>")
        .contains("<div class=\"tile warning\"><span>214</span> warnings</div>")
        .contains("<h2>Coverage timeline</h2>", "<h2>Violations by rule</h2>", "<h2>Parameters</h2>");
    assertThat(BEFORE_HTML.indexOf("<h1>"))
        .isLessThan(BEFORE_HTML.indexOf("<h2>Coverage timeline</h2>"));
    assertThat(BEFORE_HTML.indexOf("<h2>Coverage timeline</h2>"))
        .isLessThan(BEFORE_HTML.indexOf("<h2>Violations by rule</h2>"));
    assertThat(BEFORE_HTML.indexOf("<h2>Violations by rule</h2>"))
        .isLessThan(BEFORE_HTML.indexOf("<h2>Parameters</h2>"));
    assertThat(Pattern.compile("<section class=\"rule\" id=\"").matcher(BEFORE_HTML).results().count())
        .isEqualTo(BEFORE_REPORT.rules().stream().filter(rule -> rule.violations() > 0).count());
    assertThat(BEFORE_HTML).contains("<tr class=\"failing\"><td><a href=\"#MON-3\">MON-3</a>")
        .contains("<section class=\"rule\" id=\"MON-3\">");
  }

  @Test
  void render_escapesTextFromTheEstate() throws IOException {
    Estate estate = withHostileDisplayName();
    Report report = PolicyPacks.npcc2021().evaluate(estate);

    String html = HtmlReport.render(report, estate);

    assertThat(report.violationsOf("NAM-5")).isNotEmpty();
    assertThat(html)
        .doesNotContain("<script")
        .contains("title=\"&lt;script&gt;alert(&#39;Craven&#39;)&lt;/script&gt; &amp; &quot;friends&quot;\"")
        .contains("&lt;script&gt;alert(&#39;Craven&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
  }

  @Test
  void escape_replacesEveryCharacterThatHtmlGivesMeaning() {
    assertThat(HtmlReport.escape("<a href='x'>\"Tom & Jerry\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;Tom &amp; Jerry&quot;&lt;/a&gt;");
    assertThat(HtmlReport.escape("Harrogate Borough, 11.4K followers")).isEqualTo("Harrogate Borough, 11.4K followers");
  }

  @Test
  void render_givesTheSameBytesEveryTime() {
    Report again = PolicyPacks.npcc2021().evaluate(ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE));

    assertThat(HtmlReport.render(again, BEFORE)).isEqualTo(BEFORE_HTML);
    assertThat(HtmlReport.render(BEFORE_REPORT,
        MonitoringCoverage.analyse(BEFORE, BEFORE_REPORT.asOf(), BEFORE_REPORT.horizon())))
        .isEqualTo(BEFORE_HTML);
  }

  @Test
  void legend_namesEveryColourTheTimelineUses() {
    assertThat(BEFORE_HTML)
        .contains("<span class=\"key declared\"></span> declared hours")
        .contains("<span class=\"key covered\"></span> two or more on duty")
        .contains("<span class=\"key sole\"></span> one person alone")
        .contains("<span class=\"key gap\"></span> declared hours with nobody on duty")
        .contains("<span class=\"key offhours\"></span> outside declared hours, nobody on duty");
    Set<String> used = Pattern.compile("<g class=\"([a-z]+)\">").matcher(BEFORE_HTML).results()
        .map(match -> match.group(1)).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrder("declared", "covered", "sole", "gap", "offhours");
  }

  @Test
  void timeline_hasOneRowPerOpenAccountWithADayAxisOverTheHorizon() {
    Map<String, String> rows = rows(BEFORE_HTML);

    assertThat(rows).hasSize((int) BEFORE.accounts().stream().filter(a -> a.status().isOpen()).count())
        .containsKeys("@NYorksPolice", "@NYP_York", "@NYP_Jobs", "@NYPRoadCrime", "@NPTYorkSouth");
    assertThat(rows.get("@NYP_Jobs")).contains("aria-label=\"coverage of @NYP_Jobs\"").endsWith("1 monitor</span>");
    assertThat(BEFORE_HTML).contains("<div class=\"row axis\">");
    assertThat(Pattern.compile("<text x=\"([0-9.]+)\" y=\"13\">([^<]*)</text>").matcher(BEFORE_HTML).results()
            .map(label -> label.group(2) + " at " + label.group(1)))
        .as("a label a week, each inside the 900-pixel chart")
        .containsExactly("Mon 1 Mar at 2.00", "Mon 8 Mar at 227.00", "Mon 15 Mar at 452.00", "Mon 22 Mar at 677.00");
  }

  @Test
  void axis_labelsNoDayThatStartsTooCloseToTheEndOfTheHorizon() {
    // The before estate's horizon is 1-29 March 2021 UTC; the clocks go forward on 28 March, so local
    // 29 March starts an hour before the horizon ends. That day gets a tick at the very right edge, but a label
    // there would be clipped.
    assertThat(BEFORE_HTML).containsPattern("<line x1=\"898\\.\\d\\d\" y1=\"0\" x2=\"898\\.\\d\\d\"")
        .doesNotContain(">Mon 29 Mar</text>");
  }

  @Test
  void timeline_showsUncoveredDeclaredHoursInRedExactlyWhereMon3Fires() {
    Set<String> mon3 = BEFORE_REPORT.violationsOf("MON-3").stream()
        .map(violation -> violation.subject().displayName()).collect(Collectors.toSet());
    Map<String, String> rows = rows(BEFORE_HTML);

    Set<String> red = rows.entrySet().stream().filter(row -> row.getValue().contains("<g class=\"gap\">"))
        .map(Map.Entry::getKey).collect(Collectors.toSet());

    assertThat(mon3).isNotEmpty();
    assertThat(red).isEqualTo(mon3);
    assertThat(BEFORE_HTML).contains(".gap rect { fill: #c62828; }").contains(".key.gap { background: #c62828; }");
    assertThat(rows(HtmlReport.render(
            PolicyPacks.npcc2021().evaluate(ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_AFTER)),
            ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_AFTER))).values())
        .as("no red in the after estate, which MON-3 passes")
        .noneMatch(row -> row.contains("<g class=\"gap\">"));
  }

  @Test
  void timeline_explainsARedWindowInItsTooltip() {
    String craven = rows(BEFORE_HTML).get("@NYP_Craven");

    assertThat(BEFORE_REPORT.violationsOf("MON-3"))
        .anyMatch(violation -> violation.subject().displayName().equals("@NYP_Craven"));
    assertThat(craven).contains("<g class=\"gap\"><title>Sat 6 Mar 2021 08:00 – 18:00 GMT, 10 h");
  }
}
