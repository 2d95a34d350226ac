package io.github.accountgovernance.examples.html;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.ReportWarning;
import io.github.accountgovernance.rules.RuleResult;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.WaivedViolation;
import io.github.accountgovernance.rules.coverage.AccountCoverage;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Renders a {@link Report} as one self-contained HTML page: no scripts, fonts or images are fetched, so the file
 * can be mailed or archived as it is. The page has a summary, a coverage timeline per open account over the
 * horizon (who covers when, with uncovered declared hours in red and hours that one person alone covers in
 * amber), and the violations grouped by rule with their evidence and hints.
 *
 * <pre>{@code
 * Report report = pack.evaluate(estate);
 * Files.writeString(Path.of("report.html"), HtmlReport.render(report, estate));
 * }</pre>
 *
 * <p>The timeline is the coverage the evaluation analysed and kept in the report ({@link Report#coverage()}); the
 * estate is analysed here only for a report that carries none (one read back from JSON, or of a pack without a
 * rule that reads coverage).
 *
 * <p>The same report and coverage always give the same bytes. Stateless and thread-safe.
 */
public final class HtmlReport {

  private static final int WIDTH = 900;
  private static final int ROW = 18;
  private static final int LABEL_WIDTH = 60;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

  private HtmlReport() {}

  /**
   * Renders the report and its coverage timelines.
   *
   * @param report the evaluation report
   * @param coverage the monitoring coverage of the same estate over the same horizon
   * @return the HTML page
   * @throws NullPointerException if an argument is null
   */
  public static String render(Report report, MonitoringCoverage coverage) {
    requireNonNull(report, "report");
    requireNonNull(coverage, "coverage");
    StringBuilder html = new StringBuilder(64 * 1024);
    ZoneId zone = coverage.zone();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(escape(report.forceName() + " — " + report.packName()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    summary(html, report, zone);
    timelines(html, coverage);
    violations(html, report);
    parameters(html, report);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  /**
   * Renders the report of an estate with the coverage the evaluation kept in it, or, for a report that carries
   * none, the coverage of the estate over the report's time frame.
   *
   * @param report the evaluation report of {@code estate}
   * @param estate the estate the report was made from
   * @return the HTML page
   * @throws NullPointerException if an argument is null
   */
  public static String render(Report report, Estate estate) {
    requireNonNull(estate, "estate");
    requireNonNull(report, "report");
    return render(report, report.coverage()
        .orElseGet(() -> MonitoringCoverage.analyse(estate, report.asOf(), report.horizon())));
  }

  private static void summary(StringBuilder html, Report report, ZoneId zone) {
    int errors = report.violations(Severity.ERROR).size();
    int warnings = report.violations(Severity.WARNING).size();
    int infos = report.violations(Severity.INFO).size();
    html.append("<h1>").append(escape(report.forceName())).append("</h1>\n")
        .append("<p class=\"lead\">Checked against ");
    if (report.packName().equals(report.packId())) {
      // A pack without a name of its own: its id once, not "nyp-2021 (nyp-2021)".
      html.append("<code>").append(escape(report.packId())).append("</code>");
    } else {
      html.append("<strong>").append(escape(report.packName())).append("</strong> (<code>")
          .append(escape(report.packId())).append("</code>)");
    }
    html.append(" as of ")
        .append(escape(TimeWindow.formatInstant(report.asOf(), zone)))
        .append(", looking ")
        .append(escape(TimeWindow.formatDuration(report.horizon())))
        .append(" ahead.</p>\n<div class=\"tiles\">\n");
    tile(html, "error", errors, "errors");
    tile(html, "warning", warnings, "warnings");
    tile(html, "info", infos, "info");
    tile(html, "waived", report.waived().size(), "waived");
    tile(html, "baselined", report.baselined().size(), "baselined");
    html.append("</div>\n<table class=\"rules\">\n<thead><tr><th>rule</th><th>title</th><th>severity</th>")
        .append("<th>checked</th><th>passed</th><th>violations</th></tr></thead>\n<tbody>\n");
    for (RuleResult rule : report.rules()) {
      html.append("<tr class=\"").append(rule.violations() > 0 ? "failing" : "passing").append("\"><td><a href=\"#")
          .append(escape(rule.ruleId().toString()))
          .append("\">")
          .append(escape(rule.ruleId().toString()))
          .append("</a></td><td>")
          .append(escape(rule.title()))
          .append("</td><td>")
          .append(escape(rule.severity().label()))
          .append("</td><td>")
          .append(rule.checked())
          .append("</td><td>")
          .append(rule.passed())
          .append("</td><td>")
          .append(rule.violations())
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    if (!report.warnings().isEmpty()) {
      html.append("<h2>Notes on this check</h2>\n<ul class=\"warnings\">\n");
      for (ReportWarning warning : report.warnings()) {
        html.append("<li>").append(escape(warning.message())).append("</li>\n");
      }
      html.append("</ul>\n");
    }
  }

  private static void tile(StringBuilder html, String kind, int count, String label) {
    html.append("<div class=\"tile ").append(kind).append("\"><span>").append(count).append("</span> ")
        .append(label).append("</div>\n");
  }

  private static void violations(StringBuilder html, Report report) {
    html.append("<h2>Violations by rule</h2>\n");
    if (report.violations().isEmpty() && report.waived().isEmpty()) {
      html.append("<p class=\"ok\">No rule is broken.</p>\n");
      return;
    }
    for (RuleResult rule : report.rules()) {
      List<Violation> violations = report.violationsOf(rule.ruleId().toString());
      List<WaivedViolation> waived =
          report.waived().stream().filter(w -> w.violation().ruleId().equals(rule.ruleId())).toList();
      if (violations.isEmpty() && waived.isEmpty()) {
        continue;
      }
      html.append("<section class=\"rule\" id=\"").append(escape(rule.ruleId().toString())).append("\">\n<h3>")
          .append(escape(rule.ruleId() + " " + rule.title()))
          .append(" <span class=\"badge ")
          .append(escape(rule.severity().label()))
          .append("\">")
          .append(escape(rule.severity().label()))
          .append("</span></h3>\n<p class=\"statement\">")
          .append(escape(rule.statement()))
          .append("</p>\n");
      rule.rationale().ifPresent(r -> html.append("<p class=\"why\">Why: ").append(escape(r)).append("</p>\n"));
      for (Violation violation : violations) {
        violation(html, violation, "violation");
      }
      for (WaivedViolation w : waived) {
        violation(html, w.violation(), "violation waived");
        html.append("<p class=\"waiver\">Waived until ").append(escape(w.waiver().expiresOn().toString()))
            .append(" by ").append(escape(w.waiver().approvedBy())).append(": ")
            .append(escape(w.waiver().reason())).append("</p>\n");
      }
      html.append("</section>\n");
    }
  }

  private static void violation(StringBuilder html, Violation violation, String cssClass) {
    html.append("<div class=\"").append(cssClass).append("\"><p><strong>")
        .append(escape(violation.subject().displayName()))
        .append("</strong> ")
        .append(escape(violation.message()))
        .append("</p>\n");
    if (!violation.evidence().isEmpty()) {
      html.append("<dl>\n");
      for (Evidence evidence : violation.evidence()) {
        html.append("<dt>").append(escape(evidence.label())).append("</dt>");
        for (String value : evidence.values()) {
          html.append("<dd>").append(escape(value)).append("</dd>");
        }
        html.append("\n");
      }
      html.append("</dl>\n");
    }
    violation.hint().ifPresent(h -> html.append("<p class=\"hint\">Fix: ").append(escape(h)).append("</p>\n"));
    violation.note().ifPresent(n -> html.append("<p class=\"note\">").append(escape(n)).append("</p>\n"));
    html.append("</div>\n");
  }

  private static void timelines(StringBuilder html, MonitoringCoverage coverage) {
    TimeWindow horizon = coverage.horizon();
    ZoneId zone = coverage.zone();
    html.append("<h2>Coverage timeline</h2>\n<p class=\"legend\">")
        .append("<span class=\"key declared\"></span> declared hours ")
        .append("<span class=\"key covered\"></span> two or more on duty ")
        .append("<span class=\"key sole\"></span> one person alone ")
        .append("<span class=\"key gap\"></span> declared hours with nobody on duty ")
        .append("<span class=\"key offhours\"></span> outside declared hours, nobody on duty</p>\n");
    html.append("<div class=\"timeline\">\n");
    axis(html, horizon, zone);
    for (AccountCoverage account : coverage.accounts()) {
      timeline(html, account, horizon);
    }
    html.append("</div>\n");
  }

  private static void axis(StringBuilder html, TimeWindow horizon, ZoneId zone) {
    html.append("<div class=\"row axis\"><span class=\"name\"></span><svg width=\"").append(WIDTH)
        .append("\" height=\"").append(ROW).append("\" role=\"img\" aria-label=\"days\">");
    LocalDate day = horizon.start().atZone(zone).toLocalDate();
    int index = 0;
    while (true) {
      ZonedDateTime start = day.atStartOfDay(zone);
      if (!start.toInstant().isBefore(horizon.end())) {
        break;
      }
      long second = Math.max(start.toEpochSecond(), horizon.startSecond());
      double x = x(second, horizon);
      html.append("<line x1=\"").append(fmt(x)).append("\" y1=\"0\" x2=\"").append(fmt(x)).append("\" y2=\"")
          .append(ROW).append("\" class=\"tick\"/>");
      // A day that starts in the horizon's last hours (as 29 March does when the clocks go forward on the 28th)
      // gets its tick but no label: the label would run off the right edge of the chart.
      if (index % 7 == 0 && x + LABEL_WIDTH <= WIDTH) {
        html.append("<text x=\"").append(fmt(x + 2)).append("\" y=\"13\">").append(escape(DAY.format(start)))
            .append("</text>");
      }
      day = day.plusDays(1);
      index++;
    }
    html.append("</svg></div>\n");
  }

  private static void timeline(StringBuilder html, AccountCoverage account, TimeWindow horizon) {
    IntervalSet declared = account.declaredHours();
    IntervalSet atLeastTwo = account.profile().coveredAtLeast(2);
    IntervalSet sole = account.profile().soleCoverage();
    IntervalSet gaps = account.uncoveredDuringDeclaredHours();
    IntervalSet offHours = account.uncovered().difference(declared);
    SortedMap<String, IntervalSet> soleByPerson = account.soleCoverDuringDeclaredHours();
    String handle = account.account().handle().display();
    html.append("<div class=\"row\"><span class=\"name\" title=\"")
        .append(escape(account.account().displayName()))
        .append("\">")
        .append(escape(handle))
        .append("</span><svg width=\"").append(WIDTH).append("\" height=\"").append(ROW)
        .append("\" role=\"img\" aria-label=\"coverage of ").append(escape(handle)).append("\">");
    bars(html, declared, horizon, "declared", 0, ROW, null);
    bars(html, offHours, horizon, "offhours", 4, ROW - 8, null);
    bars(html, atLeastTwo, horizon, "covered", 4, ROW - 8, null);
    bars(html, sole, horizon, "sole", 4, ROW - 8, soleTitle(account, soleByPerson));
    bars(html, gaps, horizon, "gap", 2, ROW - 4, account.describe(gaps));
    html.append("</svg><span class=\"who\">")
        .append(account.monitors().size())
        .append(account.monitors().size() == 1 ? " monitor" : " monitors")
        .append("</span></div>\n");
  }

  private static List<String> soleTitle(AccountCoverage account, SortedMap<String, IntervalSet> soleByPerson) {
    return soleByPerson.entrySet().stream()
        .map((Map.Entry<String, IntervalSet> e) -> "only " + e.getKey() + " covers "
            + String.join("; ", account.describe(e.getValue())))
        .toList();
  }

  private static void bars(
      StringBuilder html, IntervalSet set, TimeWindow horizon, String cssClass, int y, int height,
      List<String> title) {
    if (set.isEmpty()) {
      return;
    }
    html.append("<g class=\"").append(cssClass).append("\">");
    if (title != null && !title.isEmpty()) {
      html.append("<title>").append(escape(String.join("\n", title))).append("</title>");
    }
    for (int i = 0; i < set.size(); i++) {
      double from = x(Math.max(set.startSecond(i), horizon.startSecond()), horizon);
      double to = x(Math.min(set.endSecond(i), horizon.endSecond()), horizon);
      html.append("<rect x=\"").append(fmt(from)).append("\" y=\"").append(y).append("\" width=\"")
          .append(fmt(Math.max(0.5, to - from))).append("\" height=\"").append(height).append("\"/>");
    }
    html.append("</g>");
  }

  private static void parameters(StringBuilder html, Report report) {
    html.append("<h2>Parameters</h2>\n<table class=\"parameters\">\n<thead><tr><th>parameter</th><th>value</th>")
        .append("<th>default</th><th>set by</th><th>rules</th></tr></thead>\n<tbody>\n");
    for (EffectiveParameter parameter : report.parameters()) {
      html.append("<tr><td><code>").append(escape(parameter.key())).append("</code></td><td>")
          .append(escape(parameter.shownText())).append("</td><td>")
          .append(escape(parameter.shownDefault())).append("</td><td>")
          .append(escape(parameter.provenance().toString().toLowerCase(Locale.ROOT).replace('_', ' ')))
          .append(parameter.setBy().isEmpty() ? "" : " (" + escape(parameter.setBy()) + ")")
          .append("</td><td>")
          .append(escape(String.join(", ", parameter.rules().stream().map(Object::toString).toList())))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static double x(long second, TimeWindow horizon) {
    return (double) (second - horizon.startSecond()) * WIDTH / (horizon.endSecond() - horizon.startSecond());
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final String STYLE =
      """
      body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; color: #1b1b1b; }
      h1 { margin: 0 0 4px; } h2 { margin-top: 32px; border-bottom: 1px solid #ddd; }
      .lead { color: #444; }
      .tiles { display: flex; gap: 12px; margin: 16px 0; }
      .tile { padding: 8px 14px; border-radius: 6px; background: #f2f2f2; }
      .tile span { font-size: 22px; font-weight: 600; }
      .tile.error span { color: #b71c1c; } .tile.warning span { color: #e65100; }
      table { border-collapse: collapse; } th, td { padding: 3px 10px; border-bottom: 1px solid #eee; text-align: left; }
      tr.failing td:first-child a { color: #b71c1c; font-weight: 600; } tr.passing { color: #555; }
      .rule { margin: 18px 0; } .statement { font-style: italic; } .why { color: #555; }
      .badge { font-size: 12px; padding: 1px 6px; border-radius: 4px; background: #eee; }
      .badge.error { background: #ffcdd2; } .badge.warning { background: #ffe0b2; }
      .violation { border-left: 4px solid #c62828; padding: 4px 12px; margin: 8px 0; background: #fffafa; }
      .violation.waived { border-left-color: #9e9e9e; background: #fafafa; }
      .violation dl { margin: 4px 0; } .violation dt { color: #555; } .violation dd { margin-left: 18px; }
      .hint { color: #1b5e20; } .note, .waiver { color: #555; }
      .timeline .row { display: flex; align-items: center; gap: 8px; height: 20px; }
      .timeline .name { width: 150px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; font-size: 12px; }
      .timeline .who { font-size: 11px; color: #555; }
      .timeline svg { background: #fff; border: 1px solid #eee; }
      .axis text { font-size: 10px; fill: #555; } .tick { stroke: #e0e0e0; }
      .declared rect { fill: #e3f2fd; } .covered rect { fill: #2e7d32; } .sole rect { fill: #f9a825; }
      .gap rect { fill: #c62828; } .offhours rect { fill: #f5f5f5; }
      .legend .key { display: inline-block; width: 14px; height: 10px; margin: 0 4px 0 12px; border: 1px solid #ccc; }
      .key.declared { background: #e3f2fd; } .key.covered { background: #2e7d32; } .key.sole { background: #f9a825; }
      .key.gap { background: #c62828; } .key.offhours { background: #f5f5f5; }
      """;
}
