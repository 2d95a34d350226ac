package io.github.accountgovernance.benchmarks;

import io.github.accountgovernance.core.io.EstateFormat;
import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.io.ReadLimits;
import io.github.accountgovernance.core.model.Estate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workload 5, estate files: writing the national 10k estate to bytes and reading it back, in YAML and in JSON.
 * Setup checks that what is read equals what was written. Peak heap is measured apart, by
 * {@link EstateFootprint}, because JMH's allocation profiler counts bytes allocated, not bytes live at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EstateFilesBenchmark {

  /** The estate, by {@link Estates} name. */
  @Param({"national-10k"})
  public String estate;

  /** The file format. */
  @Param({"YAML", "JSON"})
  public EstateFormat format;

  Estate subject;
  byte[] file;
  EstateReader reader;
  EstateWriter writer;

  /** Writes the file once and checks that reading it gives the estate back. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    subject = Estates.named(estate);
    writer = EstateWriter.of(format);
    reader = reader(format);
    file = write();
    Agreement.require("estate read back", read(), "estate written", subject);
  }

  /**
   * A reader for national estates: the default limits but for the file size (a national estate is larger).
   *
   * @param format the format
   * @return the reader
   */
  static EstateReader reader(EstateFormat format) {
    return EstateReader.of(format).withLimits(ReadLimits.builder().maxFileBytes(1L << 30).build());
  }

  /**
   * Writes the estate.
   *
   * @return the file's bytes
   */
  @Benchmark
  public byte[] write() {
    return writer.toBytes(subject);
  }

  /**
   * Reads the estate, with every check the reader makes.
   *
   * @return the estate
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public Estate read() throws IOException {
    return reader.read(new ByteArrayInputStream(file), "national." + format.extensions().get(0));
  }
}
