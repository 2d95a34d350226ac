package io.github.accountgovernance.core.files;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.InvalidEstateException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The streaming UTF-8 check that a file read from its path goes through agrees with the check of its bytes in
 * memory, whatever the sizes of the blocks the stream hands over: characters of one to four bytes cut across
 * blocks, and a bad byte anywhere (or a character cut short at the end).
 */
final class Utf8StreamProperties {

  private static final String[] CHARACTERS = {"a", "\n", "é", "–", "€", "𝄞", "文", "\"", " "};

  @Test
  void theStreamedCheck_agreesWithTheCheckOfTheWholeBytes() {
    qt().withExamples(300)
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 200_000),
            SourceDSL.integers().between(0, 4))
        .checkAssert((seed, length, damage) -> {
          Random random = new Random(seed);
          byte[] bytes = damaged(text(random, length), damage, random);
          assertThat(streamedCheckPasses(chunked(bytes, random))).as("seed %d", seed)
              .isEqualTo(wholeCheckPasses(bytes));
        });
  }

  private static byte[] text(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** 0: as it is; 1: a byte 0xFF; 2: a lone continuation byte; 3: a lead byte alone; 4: the last byte cut. */
  private static byte[] damaged(byte[] bytes, int damage, Random random) {
    if (damage == 0 || bytes.length == 0) {
      return bytes;
    }
    if (damage == 4) {
      return Arrays.copyOf(bytes, bytes.length - 1);
    }
    byte[] copy = bytes.clone();
    copy[random.nextInt(copy.length)] = damage == 1 ? (byte) 0xFF : damage == 2 ? (byte) 0x80 : (byte) 0xE2;
    return copy;
  }

  private static boolean streamedCheckPasses(InputStream stream) {
    try {
      return Utf8.isUtf8(stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean wholeCheckPasses(byte[] bytes) {
    try {
      Utf8.check(bytes, new Problems("f.json", LocatedReader.Limits.smallFiles(), InvalidEstateException::new), "");
      return true;
    } catch (InvalidEstateException notUtf8) {
      return false;
    }
  }

  /** A stream that hands over its bytes in blocks of random sizes, from 1 to 70,000 bytes. */
  private static InputStream chunked(byte[] bytes, Random random) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] buffer, int offset, int length) {
        return super.read(buffer, offset, Math.min(length, 1 + random.nextInt(random.nextBoolean() ? 70_000 : 8)));
      }
    };
  }
}
