package io.github.accountgovernance.benchmarks;

import io.github.accountgovernance.core.io.EstateFormat;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Estate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Peak and retained heap of reading and writing the national 10k estate, which JMH's allocation rate does not
 * show: before each step, a full collection and a reset of every heap pool's peak; after it, the sum of the
 * pools' peaks above the heap in use before (an upper bound of the step's peak, since pools peak at different
 * moments) and, after another full collection with the result still reachable, the heap it retains.
 *
 * <p>Run by the bench profile after JMH, in its own JVM: {@code EstateFootprint <out.md>}.
 */
public final class EstateFootprint {

  private EstateFootprint() {}

  /**
   * Measures and writes a Markdown table.
   *
   * @param args the output file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Estate estate = Estates.named("national-10k");
    StringBuilder table = new StringBuilder();
    table.append("| step | format | file size | peak heap above baseline | retained after GC |\n");
    table.append("|---|---|---:|---:|---:|\n");
    for (EstateFormat format : EstateFormat.values()) {
      long before = settle();
      byte[] file = EstateWriter.of(format).toBytes(estate);
      long peakWrite = peak() - before;
      long retainedWrite = settle() - before;
      row(table, "write", format, file.length, peakWrite, retainedWrite);
      long beforeRead = settle();
      Estate read =
          EstateFilesBenchmark.reader(format).read(new ByteArrayInputStream(file), "national." + format.name());
      long peakRead = peak() - beforeRead;
      long retainedRead = settle() - beforeRead;
      row(table, "read", format, file.length, peakRead, retainedRead);
      if (!read.equals(estate)) {
        throw new IllegalStateException("the estate read back differs from the one written");
      }
    }
    System.out.print(table);
    if (args.length > 0) {
      Files.writeString(Path.of(args[0]), table, StandardCharsets.UTF_8);
    }
  }

  private static void row(StringBuilder table, String step, EstateFormat format, long size, long peak, long kept) {
    table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", step, format, mb(size), mb(peak), mb(kept)));
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  /** Collects fully, resets the peaks, and returns the heap in use. */
  private static long settle() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static long peak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
