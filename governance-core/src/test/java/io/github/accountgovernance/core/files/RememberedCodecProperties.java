package io.github.accountgovernance.core.files;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.problem.InvalidFileException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A remembered codec reads each scalar as the codec it wraps does (the oracle): the same value, or null where the
 * codec gives null, whatever texts and kinds the reading met before, among thousands, many equal, some colliding
 * in the direct-mapped memory, of two codecs at once.
 */
final class RememberedCodecProperties {

  private static final List<LocatedNode.Kind> KINDS =
      List.of(LocatedNode.Kind.TEXT, LocatedNode.Kind.NUMBER, LocatedNode.Kind.BOOLEAN);

  /** Dates and instants, good and bad, many of them equal; the same texts are read as dates and as instants. */
  private static String text(Random random, int distinct) {
    int n = random.nextInt(distinct);
    return switch (n % 4) {
      case 0 -> "2021-" + (1 + n % 12 < 10 ? "0" : "") + (1 + n % 12) + "-" + (10 + n % 19);
      case 1 -> "2021-03-06T" + (10 + n % 14) + ":" + (10 + n % 50) + ":00Z";
      case 2 -> new String("2021-02-" + (20 + n % 12));
      default -> n % 3 == 0 ? "soon" : " 2021-04-12 ";
    };
  }

  @Test
  void readScalar_givesWhatTheCodecGives() {
    Codec<?> dates = Codecs.remembered(Codecs.date());
    Codec<?> instants = Codecs.remembered(Codecs.instant());
    qt().withExamples(40)
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 8_000), SourceDSL.integers().between(1, 20_000))
        .checkAssert((seed, count, distinct) -> {
          Random random = new Random(seed);
          Problems problems =
              new Problems("f.json", LocatedReader.Limits.smallFiles(), list -> new InvalidFileException("f", list));
          ObjectFields fields = ObjectFields.trial("a thing", problems);
          for (int i = 0; i < count; i++) {
            String text = text(random, distinct);
            LocatedNode.Kind kind = KINDS.get(random.nextInt(random.nextInt(4) == 0 ? 3 : 1));
            boolean date = random.nextBoolean();
            Object read = (date ? dates : instants).readScalar(fields, kind, text);
            Object oracle = (date ? Codecs.date() : Codecs.instant()).readScalar(fields, kind, text);
            assertThat(read).as("%s %s as %s", kind, text, date ? "date" : "instant").isEqualTo(oracle);
          }
          assertThat(problems.list()).isEmpty();
        });
  }
}
