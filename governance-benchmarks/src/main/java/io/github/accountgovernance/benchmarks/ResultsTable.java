package io.github.accountgovernance.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results into a Markdown table: time per operation in milliseconds (whatever the mode's unit),
 * its error, bytes allocated per operation ({@code -prof gc}), and for each comparison the ratio of its time to
 * the time of what it is compared with, in the same class and with the same parameters.
 *
 * <p>{@code ResultsTable <results.md> <footprint.md> <results.json>...}: the JSON files of several JMH runs (the
 * timed run and the all-pairs run of the bench profile) are read as one; a footprint table that does not exist
 * is left out.
 */
public final class ResultsTable {

  /**
   * For each benchmark compared with another, the one it is compared with (same class, same parameters): ratios
   * are this one's time over that one's, so a peer's ratio above 1 means ours is faster by that factor.
   */
  static final Map<String, String> REFERENCE =
      Map.ofEntries(
          Map.entry("RulesBenchmark.handWritten", "engineSubset"),
          Map.entry("RulesBenchmark.easyRules", "engineSubset"),
          Map.entry("RulesBenchmark.drools", "engineSubset"),
          Map.entry("CoverageBenchmark.coverageTreeRangeSet", "coverageIntervalSet"),
          Map.entry("CoverageBenchmark.coverageMonitoringCoverage", "coverageIntervalSet"),
          Map.entry("CoverageBenchmark.leaveResilienceOneSweep", "coverageIntervalSet"),
          Map.entry("CoverageBenchmark.leaveResilienceRemoveEach", "leaveResilienceOneSweep"),
          Map.entry("LookalikeBenchmark.allPairs", "lookalikeIndex"),
          Map.entry("EstateFilesBenchmark.read", "tokens"),
          Map.entry("EstateFilesBenchmark.readFile", "tokens"));

  private ResultsTable() {}

  /**
   * Reads the JSON files and writes the table.
   *
   * @param args the Markdown file to write, a footprint table to append if it exists, then one or more JMH JSON
   *     result files
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: ResultsTable <results.md> <footprint.md> <results.json>...");
    }
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode merged = mapper.createArrayNode();
    for (int i = 2; i < args.length; i++) {
      Path file = Path.of(args[i]);
      if (Files.exists(file)) {
        mapper.readTree(Files.readString(file, StandardCharsets.UTF_8)).forEach(merged::add);
      }
    }
    String table = table(mapper.writeValueAsString(merged));
    Path footprint = Path.of(args[1]);
    if (Files.exists(footprint)) {
      table += "\nPeak heap of estate files (EstateFootprint):\n\n"
          + Files.readString(footprint, StandardCharsets.UTF_8);
    }
    Files.writeString(Path.of(args[0]), table, StandardCharsets.UTF_8);
    System.out.print(table);
  }

  /**
   * Formats JMH JSON results as a Markdown table.
   *
   * @param json the content of a JMH {@code -rf json} file
   * @return the table
   * @throws IOException if the JSON is malformed
   */
  public static String table(String json) throws IOException {
    JsonNode results = new ObjectMapper().readTree(json);
    List<Row> rows = new ArrayList<>();
    for (JsonNode result : results) {
      rows.add(new Row(result));
    }
    Map<String, Row> byKey = new LinkedHashMap<>();
    for (Row row : rows) {
      byKey.put(row.type + "." + row.method + " " + row.params, row);
    }
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | params | mode | ms/op | ± error | alloc B/op | compared with | ratio |\n");
    out.append("|---|---|---|---:|---:|---:|---|---:|\n");
    for (Row row : rows) {
      String referenceMethod = REFERENCE.get(row.type + "." + row.method);
      Row reference = referenceMethod == null ? null : byKey.get(row.type + "." + referenceMethod + " " + row.params);
      String compared = reference == null ? "" : referenceMethod;
      String ratio =
          reference == null ? "" : String.format(Locale.ROOT, "%.2fx", row.millis / reference.millis);
      out.append("| ")
          .append(row.type).append('.').append(row.method).append(" | ")
          .append(row.params).append(" | ")
          .append(row.mode).append(" | ")
          .append(format(row.millis)).append(" | ")
          .append(format(row.errorMillis)).append(" | ")
          .append(row.allocated < 0 ? "" : String.format(Locale.ROOT, "%,.0f", row.allocated)).append(" | ")
          .append(compared).append(" | ")
          .append(ratio).append(" |\n");
    }
    return out.toString();
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** One JMH result, its time converted to milliseconds. */
  private static final class Row {
    final String type;
    final String method;
    final String params;
    final String mode;
    final double millis;
    final double errorMillis;
    final double allocated;

    Row(JsonNode result) {
      String benchmark = result.get("benchmark").asText();
      String[] parts = benchmark.split("\\.");
      type = parts[parts.length - 2];
      method = parts[parts.length - 1];
      StringBuilder text = new StringBuilder();
      JsonNode params = result.get("params");
      if (params != null) {
        for (Map.Entry<String, JsonNode> param : params.properties()) {
          text.append(text.length() == 0 ? "" : ", ").append(param.getKey()).append('=').append(param.getValue().asText());
        }
      }
      this.params = text.toString();
      mode = result.get("mode").asText();
      JsonNode primary = result.get("primaryMetric");
      double toMillis = toMillis(primary.get("scoreUnit").asText());
      millis = primary.get("score").asDouble() * toMillis;
      errorMillis = primary.get("scoreError").asDouble() * toMillis;
      JsonNode secondary = result.get("secondaryMetrics");
      JsonNode norm = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
      if (norm == null && secondary != null) {
        norm = secondary.get("\u00b7gc.alloc.rate.norm");
      }
      allocated = norm == null ? -1 : norm.get("score").asDouble();
    }

    private static double toMillis(String unit) {
      switch (unit) {
        case "s/op":
          return 1_000;
        case "ms/op":
          return 1;
        case "us/op":
          return 1e-3;
        case "ns/op":
          return 1e-6;
        default:
          throw new IllegalArgumentException("unexpected unit \"" + unit + "\"");
      }
    }
  }
}
