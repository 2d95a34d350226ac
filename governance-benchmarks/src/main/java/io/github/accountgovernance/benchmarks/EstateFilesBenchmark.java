package io.github.accountgovernance.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.accountgovernance.core.io.EstateFormat;
import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.io.ReadLimits;
import io.github.accountgovernance.core.model.Estate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Workload 5, estate files: writing the national 10k estate to bytes and reading it back, in YAML and in JSON.
 * Setup checks that what is read equals what was written. Peak heap is measured apart, by
 * {@link EstateFootprint}, because JMH's allocation profiler counts bytes allocated, not bytes live at once.
 *
 * <p>The floor of a read is {@link #tokens()}: the parser the reader sits on (Jackson for JSON, SnakeYAML through
 * jackson-dataformat-yaml for YAML) tokenizing the same bytes and taking the text of every name and value, and
 * nothing else. Setup checks that it saw every token of the file (counted apart, from Jackson's tree of it) and
 * that the file holds the estate's accounts.
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
  Path onDisk;
  EstateReader reader;
  EstateWriter writer;
  JsonFactory parsers;

  /**
   * Writes the file once and checks that reading it gives the estate back, and that the floor sees every token of
   * the file.
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    subject = Estates.named(estate);
    writer = EstateWriter.of(format);
    reader = reader(format);
    parsers = parsers(format);
    file = write();
    onDisk = Files.createTempFile("national-", "." + format.extensions().get(0));
    Files.write(onDisk, file);
    Agreement.require("estate read back", read(), "estate written", subject);
    Agreement.require("estate read back from its file", readFile(), "estate written", subject);
    JsonNode tree = new ObjectMapper(parsers).readTree(file);
    Agreement.require("accounts in the file", tree.path("accounts").size(), "accounts in the estate",
        subject.accounts().size());
    Agreement.require("tokens seen by the floor", tokens().count(), "tokens of the file's tree", tokenCount(tree));
  }

  /**
   * The parsers of the floor, with no limit that a national file reaches (SnakeYAML's default code point limit is
   * 3 MB).
   */
  static JsonFactory parsers(EstateFormat format) {
    StreamReadConstraints constraints = StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build();
    if (format == EstateFormat.JSON) {
      return JsonFactory.builder().streamReadConstraints(constraints).build();
    }
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(Integer.MAX_VALUE);
    return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
  }

  /** The number of tokens a parser gives for the tree: its start and end, and a name before each field. */
  static long tokenCount(JsonNode node) {
    if (node.isObject()) {
      long count = 2;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        count += 1 + tokenCount(field.getValue());
      }
      return count;
    }
    if (node.isArray()) {
      long count = 2;
      for (JsonNode element : node) {
        count += tokenCount(element);
      }
      return count;
    }
    return 1;
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

  /** Deletes the file {@link #readFile} reads. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(onDisk);
  }

  /**
   * Reads the estate from its file, as {@code EstateFiles.read} and the command line do: a JSON file is streamed
   * (read twice from the disk's cache, once for the UTF-8 check and once by the parser) rather than copied into
   * memory first.
   *
   * @return the estate
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public Estate readFile() throws IOException {
    return reader.read(onDisk);
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

  /**
   * The floor of {@link #read()}: the format's own parser tokenizing the same bytes, with the text of every field
   * name and scalar value ({@code nextToken()} and {@code getText()}), building nothing.
   *
   * @return the number of tokens and of characters of text seen
   * @throws IOException never, the bytes are in memory and well formed
   */
  @Benchmark
  public Tokens tokens() throws IOException {
    long count = 0;
    long characters = 0;
    try (JsonParser parser = parsers.createParser(file)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        count++;
        if (token == JsonToken.FIELD_NAME || token.isScalarValue()) {
          characters += parser.getText().length();
        }
      }
    }
    return new Tokens(count, characters);
  }

  /**
   * What the floor saw.
   *
   * @param count the number of tokens
   * @param characters the number of characters of text of the names and values
   */
  public record Tokens(long count, long characters) {}
}
