package io.github.accountgovernance.benchmarks;

import io.github.accountgovernance.core.io.EstateFormat;
import io.github.accountgovernance.core.io.EstateWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end workload (issue 13): the command line's {@code governance check <national estate file>} in a
 * fresh JVM each run, its wall time and its peak resident set size, written as a Markdown table.
 *
 * <p>{@code EndToEnd <end-to-end.md> <governance.jar or governance> <directory of the estate files> <runs> <JVM
 * options> <estate>...}: each estate ({@link Estates} name) is written as {@code <name>.json} into the directory
 * unless it is there already, then checked {@code runs} times with {@code java <JVM options> -jar governance.jar
 * check}, or, given the {@code governance} launcher script, as a user runs it: {@code governance check} with the
 * options in {@code GOVERNANCE_JAVA_OPTS} and this JVM as its {@code JAVA_HOME}.
 * Peak RSS comes from {@code /usr/bin/time -f %M} where it exists, else from the child's {@code VmHWM} in
 * {@code /proc}, read every 20 ms until it exits. The check's report goes to a file in the directory; its exit
 * code (1 when the national estate's planted defects are found) is in the table.
 */
public final class EndToEnd {

  private static final Path TIME = Path.of("/usr/bin/time");
  private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

  private EndToEnd() {}

  /**
   * Writes the estate files that are missing, runs the checks and writes the table.
   *
   * @param args the table to write, the jar or the launcher script, the estate files' directory, the number of
   *     runs, the JVM options (one argument, split at spaces; empty or {@code -} for none), then the estates'
   *     names
   * @throws IOException if a file cannot be written or a process cannot be started
   * @throws InterruptedException if interrupted while waiting for a check
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 6) {
      throw new IllegalArgumentException(
          "usage: EndToEnd <end-to-end.md> <governance.jar or governance> <directory> <runs> <JVM options>"
              + " <estate>...");
    }
    Path table = Path.of(args[0]);
    Path jar = Path.of(args[1]);
    Path directory = Files.createDirectories(Path.of(args[2]));
    int runs = Integer.parseInt(args[3]);
    List<String> options =
        args[4].isBlank() || args[4].equals("-") ? List.of() : Arrays.asList(args[4].trim().split("\\s+"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(jar + " does not exist: build governance-examples first");
    }
    StringBuilder out = new StringBuilder();
    out.append(header(jar, options));
    for (String estate : Arrays.asList(args).subList(5, args.length)) {
      Path file = directory.resolve(estate + ".json");
      if (!Files.exists(file)) {
        System.out.println("writing " + file);
        Files.write(file, EstateWriter.of(EstateFormat.JSON).toBytes(Estates.named(estate)));
      }
      for (int run = 1; run <= runs; run++) {
        Run result = check(jar, options, file, directory.resolve(estate + ".report.txt"));
        String row = row(estate, Files.size(file), run, result);
        System.out.print(row);
        out.append(row);
      }
    }
    Files.writeString(table, out.toString(), StandardCharsets.UTF_8);
  }

  /** Tells whether the command is the {@code governance} launcher script rather than the jar. */
  static boolean isLauncher(Path command) {
    return !command.getFileName().toString().endsWith(".jar");
  }

  static String header(Path command, List<String> options) {
    String run = isLauncher(command)
        ? (options.isEmpty() ? "" : "GOVERNANCE_JAVA_OPTS=\"" + String.join(" ", options) + "\" ")
            + "governance check <estate>.json` (the launcher script)"
        : "java " + String.join(" ", options) + (options.isEmpty() ? "" : " ") + "-jar governance.jar check "
            + "<estate>.json`";
    return "`" + run + ", a fresh JVM per run; " + Runtime.getRuntime().availableProcessors() + " processors.\n\n"
        + "| estate | file size | run | exit code | wall | peak RSS | load average before |\n"
        + "|---|---:|---:|---:|---:|---:|---|\n";
  }

  static String row(String estate, long fileBytes, int run, Run result) {
    return String.format(Locale.ROOT, "| %s | %.1f MB | %d | %d | %.2f s | %s | %s |%n", estate, fileBytes / 1e6,
        run, result.exitCode(), result.wallNanos() / 1e9,
        result.peakRssKb() < 0 ? "?" : String.format(Locale.ROOT, "%.0f MB", result.peakRssKb() / 1024.0),
        result.loadBefore());
  }

  /**
   * One check: its exit code, wall time, peak RSS in KiB (-1 if unknown) and the load average before it.
   *
   * @param exitCode the command's exit code
   * @param wallNanos the wall time from start to exit
   * @param peakRssKb the peak resident set size in KiB, or -1
   * @param loadBefore the first three fields of /proc/loadavg before the run, or "?"
   */
  record Run(int exitCode, long wallNanos, long peakRssKb, String loadBefore) {}

  static Run check(Path jar, List<String> options, Path file, Path report)
      throws IOException, InterruptedException {
    Path rss = Files.createTempFile("end-to-end", ".rss");
    try {
      List<String> command = new ArrayList<>();
      boolean timed = Files.isExecutable(TIME);
      if (timed) {
        command.addAll(List.of(TIME.toString(), "-f", "%M", "-o", rss.toString()));
      }
      ProcessBuilder builder = new ProcessBuilder(command);
      if (isLauncher(jar)) {
        // The launcher script, as a user runs it: the JVM options go in GOVERNANCE_JAVA_OPTS, this JVM is its Java.
        command.addAll(List.of(jar.toString(), "check", file.toString()));
        builder.environment().put("GOVERNANCE_JAVA_OPTS", String.join(" ", options));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      } else {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString(), "check", file.toString()));
      }
      String load = loadAverage();
      long start = System.nanoTime();
      Process process = builder.redirectErrorStream(true).redirectOutput(report.toFile()).start();
      long peak = -1;
      while (!process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (!timed) {
          peak = Math.max(peak, vmHwmKb(process.pid()));
        }
      }
      long wall = System.nanoTime() - start;
      if (timed) {
        peak = peakRssKb(Files.readString(rss, StandardCharsets.UTF_8));
      }
      return new Run(process.exitValue(), wall, peak, load);
    } finally {
      Files.deleteIfExists(rss);
    }
  }

  /** The last number {@code /usr/bin/time -f %M} wrote (a failing command adds a line before it), or -1. */
  static long peakRssKb(String timeOutput) {
    String[] lines = timeOutput.strip().split("\n");
    String last = lines[lines.length - 1].strip();
    return last.matches("\\d+") ? Long.parseLong(last) : -1;
  }

  private static long vmHwmKb(long pid) {
    try {
      Matcher matcher = VM_HWM.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
      return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    } catch (IOException | RuntimeException gone) {
      return -1;
    }
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException none) {
      return "?";
    }
  }
}
