package io.github.accountgovernance.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.testing.Theories;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.files.BaselineFiles;
import io.github.accountgovernance.rules.files.PackFiles;
import io.github.accountgovernance.rules.files.WaiverFiles;
import io.github.accountgovernance.rules.report.ReportFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the four readers and of read-evaluate-render, in the normal build (a QuickTheories-driven
 * stand-in for coverage-guided fuzzing): each example is a seed file with a few random byte-level mutations
 * (flipped, inserted, deleted or duplicated bytes, swapped lines, and tokens YAML treats specially). The
 * invariant: the reader either succeeds, and then an estate evaluates and renders, or throws the documented
 * {@link InvalidFileException} whose every problem has a file, line and column; nothing else escapes.
 * A campaign runs more examples: {@code -Dfuzz.examples=300000} for each reader, {@code -Dfuzz.examples.estate=N}
 * for the estate alone (see docs/fuzzing.md); a failure prints the seed to replay it.
 */
final class MutatedFilesFuzzTest {

  private static final String[] TOKENS = {
    "\n", ": ", "- ", "[", "]", "{", "}", ",", "\"", "'", "*a", "&a ", "!!str ", "? ", "|", ">", "#", "\t", "%",
    "\u0085", "\u2028", "\ufeff", "\u0000", "9999999999999999999d", "-1", "0", "1900-01-01", "+999999999-12-31",
    "{district}", "{function}", "(\\w+)+\\1", "@", "null", "~", "true", "---", "...",
  };

  private static final PolicyPack PACK = PolicyPacks.npcc2021();

  private static byte[] seed(String resource) {
    try (InputStream in = MutatedFilesFuzzTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final byte[] ESTATE =
      seed("/io/github/accountgovernance/examples/estates/north-yorkshire-2021-after.yaml");
  private static final byte[] PACK_FILE = ("schema: account-governance/pack@1\nid: nyp\nname: NYP\nderivesFrom:"
      + " npcc2021\nparameters:\n  maxGap: 12h\n  minNotice: 2d\n  maxNotice: 31d\n  collarPattern: '[A-Z]{0,2}\\d{1,5}'\n"
      + "  maxEdits: 2\n  allowedTiers: [force-wide, district]\ndisable: [EST-4]\nnoteEmptySelections: false\n")
      .getBytes(StandardCharsets.UTF_8);
  private static final byte[] WAIVERS = ("schema: account-governance/waivers@1\nwaivers:\n  - rule: MON-5\n"
      + "    subject: \"@NYPRoadCrime\"\n    reason: closes on 31 March\n    approvedBy: Supt. Example\n"
      + "    expires: 2021-04-30\n").getBytes(StandardCharsets.UTF_8);
  private static final byte[] BASELINE = ("schema: account-governance/baseline@1\nentries:\n  - rule: MON-1\n"
      + "    subject: account:craven-x\n    key: ''\n    message: has 1 monitor\n").getBytes(StandardCharsets.UTF_8);

  /** The seed with one to four mutations drawn from the random source. */
  static byte[] mutate(byte[] seed, Random random) {
    byte[] bytes = seed.clone();
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations && bytes.length > 0; m++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(6)) {
        case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
        case 1 -> bytes = splice(bytes, at, 0, new byte[] {(byte) random.nextInt(256)});
        case 2 -> bytes = splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(8)), new byte[0]);
        case 3 -> {
          int length = Math.min(bytes.length - at, 1 + random.nextInt(64));
          byte[] copy = java.util.Arrays.copyOfRange(bytes, at, at + length);
          bytes = splice(bytes, random.nextInt(bytes.length), 0, copy);
        }
        case 4 -> bytes = splice(bytes, at, 0,
            TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
        default -> bytes = splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(12)),
            TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes;
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] out = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
    return out;
  }

  private static void fuzz(String reader, byte[] seed, Consumer<byte[]> read) {
    int examples = Integer.getInteger("fuzz.examples." + reader, Integer.getInteger("fuzz.examples", 400));
    Theories.qt().withExamples(examples).forAll(longs().all())
        .checkAssert(s -> ReaderFuzzTest.readOrRefuseWithLocations(() -> read.accept(mutate(seed, new Random(s)))));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void mutatedEstates_areReadEvaluatedAndRendered_orRefusedWithLocations() {
    fuzz("estate", ESTATE, bytes -> {
      try {
        Estate estate = EstateReader.yaml().read(new ByteArrayInputStream(bytes), "estate.yaml");
        Report report = Evaluation.of(PACK).evaluate(estate);
        assertThat(ReportFormat.TEXT.render(report)).isNotEmpty();
        assertThat(ReportFormat.JSON.render(report)).isNotEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void mutatedPackFiles_areReadOrRefusedWithLocations() {
    fuzz("pack", PACK_FILE, bytes -> PackFiles.read(text(bytes), "pack.yaml"));
  }

  @Test
  void mutatedWaiverFiles_areReadOrRefusedWithLocations() {
    fuzz("waivers", WAIVERS, bytes -> WaiverFiles.read(text(bytes), "waivers.yaml"));
  }

  @Test
  void mutatedBaselineFiles_areReadOrRefusedWithLocations() {
    fuzz("baseline", BASELINE, bytes -> BaselineFiles.read(text(bytes), "baseline.yaml"));
  }
}
