package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated example estates and their generators cannot drift apart: the committed file must be exactly
 * what the generator writes. Run with {@code -DregenerateEstates=true} to rewrite the files first.
 */
final class GeneratedEstateFilesTest {

  static final List<GeneratedEstate> ALL =
      List.of(
          NorthYorkshireBeforeGenerator.GENERATED,
          NorthamptonshireRetainGenerator.GENERATED,
          NorthYorkshireLookalikesGenerator.GENERATED);

  static Stream<GeneratedEstate> generated() {
    return ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void committedFile_isExactlyWhatItsGeneratorWrites(GeneratedEstate generated) throws IOException {
    if (Boolean.getBoolean("regenerateEstates")) {
      generated.writeInto(Path.of(""));
      // The classpath still holds the old copy until the next build, so compare with the source file.
      assertThat(Path.of("").resolve(GeneratedEstate.SOURCE_DIRECTORY).resolve(generated.fileName()))
          .hasContent(generated.text());
      return;
    }

    assertThat(generated.committedText())
        .as("%s differs from what its generator writes; if the generator changed on purpose, regenerate with: %s",
            generated.fileName(), GeneratedEstate.REGENERATE)
        .isEqualTo(generated.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void generator_givesTheSameEstateEveryTime(GeneratedEstate generated) {
    assertThat(generated.estate()).isEqualTo(generated.estate());
  }
}
