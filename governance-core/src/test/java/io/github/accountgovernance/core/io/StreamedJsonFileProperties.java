package io.github.accountgovernance.core.io;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.testing.EstateGens;
import io.github.accountgovernance.core.testing.EstateSize;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A UTF-8 JSON estate file read from its path is streamed (checked for UTF-8 a block at a time, then parsed a
 * block at a time) rather than held whole: the law is that this gives exactly what reading the same bytes from
 * memory gives, the same estate with the same places, or the same problems with the same messages, places and
 * order. The files are written estates, small and large (past the parser's and the check's blocks), as written or
 * with one byte replaced (by a byte that is not UTF-8, a lone lead or continuation byte, or JSON punctuation),
 * deleted, or the file cut short.
 */
final class StreamedJsonFileProperties {

  private static final byte[] REPLACEMENTS = {
    (byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0xE2, (byte) 0xF0, '"', '{', '}', ',', ':', '0', 'x', ' ', '\n'
  };

  @TempDir Path folder;

  @Test
  void aJsonFileReadFromItsPath_isReadAsItsBytesAre() {
    Gen<Estate> estates = Generate.frequency(
        Pair.of(4, EstateGens.validEstates()), Pair.of(1, EstateGens.validEstates(EstateSize.large())));
    qt().withExamples(300).forAll(estates, edits()).checkAssert((estate, edit) -> {
      byte[] bytes = edit.apply(EstateWriter.json().toBytes(estate));
      Path file = folder.resolve("estate.json");
      try {
        Files.write(file, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(outcome(() -> EstateReader.json().read(file)))
          .as("%s", edit)
          .isEqualTo(outcome(() -> EstateReader.json().read(new ByteArrayInputStream(bytes), file.toString())));
    });
  }

  /** An edit of a file's bytes, shown by what it does. */
  private record Edit(String kind, double where, byte replacement) {
    byte[] apply(byte[] bytes) {
      int at = (int) (where * bytes.length);
      switch (kind) {
        case "replace":
          byte[] replaced = bytes.clone();
          replaced[at] = replacement;
          return replaced;
        case "delete":
          byte[] shorter = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
          return shorter;
        case "cut":
          return Arrays.copyOf(bytes, at);
        default:
          return bytes;
      }
    }
  }

  private static Gen<Edit> edits() {
    Gen<Double> where = SourceDSL.doubles().between(0, 0.999_999);
    Gen<Byte> replacement = SourceDSL.integers().between(0, REPLACEMENTS.length - 1).map(i -> REPLACEMENTS[i]);
    return Generate.pick(List.of("none", "replace", "replace", "delete", "cut"))
        .zip(where, replacement, Edit::new);
  }

  /** The estate with the place of each account and contributor, or the refusal's type and message. */
  private static List<Object> outcome(Read read) {
    try {
      Estate estate = read.read();
      List<Object> outcome = new ArrayList<>();
      outcome.add(estate);
      Stream.concat(estate.accounts().stream(), estate.contributors().stream())
          .forEach(part -> outcome.add(estate.locationOf(part)));
      return outcome;
    } catch (RuntimeException | IOException refused) {
      return List.of(refused.getClass(), String.valueOf(refused.getMessage()));
    }
  }

  @FunctionalInterface
  private interface Read {
    Estate read() throws IOException;
  }
}
