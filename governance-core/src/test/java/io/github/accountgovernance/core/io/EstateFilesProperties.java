package io.github.accountgovernance.core.io;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.testing.EstateGens;
import io.github.accountgovernance.core.testing.EstateParts;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

final class EstateFilesProperties {

  @Test
  void yaml_readOfWrittenEstateEqualsIt() {
    qt().withExamples(200).forAll(estates()).checkAssert(estate -> {
      String yaml = EstateWriter.yaml().writeToString(estate);

      assertThat(EstateReader.yaml().read(yaml, "written.yaml")).isEqualTo(estate);
    });
  }

  @Test
  void json_readOfWrittenEstateEqualsIt() {
    qt().withExamples(200).forAll(estates()).checkAssert(estate -> {
      String json = EstateWriter.json().writeToString(estate);

      assertThat(EstateReader.json().read(json, "written.json")).isEqualTo(estate);
    });
  }

  @Test
  void roundTrip_keepsTextThatLooksLikeYamlSyntax() {
    qt().withExamples(200).forAll(estatesWithAwkwardText()).checkAssert(estate -> {
      for (EstateFormat format : EstateFormat.values()) {
        String text = EstateWriter.of(format).writeToString(estate);

        assertThat(EstateReader.of(format).read(text, "awkward." + format.extensions().get(0)))
            .as("%s:%n%s", format, text)
            .isEqualTo(estate);
      }
    });
  }

  @Test
  void write_givesTheSameBytesEveryTime() {
    qt().withExamples(100).forAll(estates()).checkAssert(estate -> {
      for (EstateFormat format : EstateFormat.values()) {
        assertThat(EstateWriter.of(format).toBytes(estate)).isEqualTo(EstateWriter.of(format).toBytes(estate));
      }
    });
  }

  @Test
  void write_givesTheSameBytesWhateverOrderTheEstateWasBuiltIn() {
    qt().withExamples(100).forAll(parts(), SourceDSL.longs().all()).checkAssert((parts, shuffleSeed) -> {
      Estate inOrder = parts.build();
      Estate shuffled = parts.shuffled(new Random(shuffleSeed)).build();

      for (EstateFormat format : EstateFormat.values()) {
        assertThat(EstateWriter.of(format).toBytes(shuffled)).isEqualTo(EstateWriter.of(format).toBytes(inOrder));
      }
    });
  }

  @Test
  void yamlAndJson_describeTheSameEstate() {
    qt().withExamples(100).forAll(estates()).checkAssert(estate -> {
      Estate viaYaml = EstateReader.yaml().read(EstateWriter.yaml().writeToString(estate), "e.yaml");
      Estate viaJson = EstateReader.json().read(EstateWriter.json().writeToString(estate), "e.json");

      assertThat(EstateWriter.json().writeToString(viaYaml)).isEqualTo(EstateWriter.json().writeToString(viaJson));
    });
  }

  static Gen<Estate> estates() {
    return EstateGens.validEstates();
  }

  static Gen<EstateParts> parts() {
    return EstateGens.validEstateParts();
  }

  /** Estates whose accounts' display names and bios are text a careless YAML writer would mangle. */
  static Gen<Estate> estatesWithAwkwardText() {
    Gen<String> awkward =
        Generate.frequency(
            Pair.of(
                1,
                Generate.pick(
                    List.of(
                        "yes", "no", "on", "off", "true", "False", "null", "~", "1402", "0x1F", "1e5", "-1", "08:00",
                        "2021-03-31", "@NYP_York", "- item", "key: value", "# not a comment", "&anchor", "*alias",
                        "!tag", "| block", "> folded", "'single'", "\"double\"", "[1, 2]", "{a: b}", " leading space",
                        "trailing space ", "two\nlines", "tab\there", "24/7", "% percent", "`tick`", "York — Acomb",
                        "Ysgol Gymraeg ❤ 🚓", "\\back\\slash"))),
            Pair.of(1, SourceDSL.strings().betweenCodePoints(' ', '~').ofLengthBetween(1, 30)),
            Pair.of(1, anyWritableChars()));
    return EstateGens.validEstates()
        .zip(SourceDSL.lists().of(awkward).ofSizeBetween(1, 5), EstateFilesProperties::withTexts);
  }

  /**
   * One to ten of any {@code char} but a surrogate, which alone cannot be encoded in UTF-8 at all, so no file format
   * can hold it; control characters and NUL included. Blank strings are refused, which cannot starve: only some
   * thirty of these 63,488 characters are white space.
   */
  private static Gen<String> anyWritableChars() {
    Gen<Integer> belowSurrogates = Generate.range(0, Character.MIN_SURROGATE - 1);
    Gen<Integer> aboveSurrogates = Generate.range(Character.MAX_SURROGATE + 1, Character.MAX_VALUE);
    Gen<Character> chars =
        Generate.frequency(
                Pair.of((int) Character.MIN_SURROGATE, belowSurrogates),
                Pair.of(Character.MAX_VALUE - Character.MAX_SURROGATE, aboveSurrogates))
            .map(c -> (char) c.intValue());
    return SourceDSL.lists()
        .of(chars)
        .ofSizeBetween(1, 10)
        .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()))
        .assuming(text -> !text.isBlank());
  }

  private static Estate withTexts(Estate estate, List<String> texts) {
    List<Account> accounts =
        estate.accounts().stream()
            .map(
                a ->
                    Account.builder()
                        .from(a)
                        .displayName(texts.get(a.id().length() % texts.size()))
                        .bio(texts.get((a.id().length() + 1) % texts.size()))
                        .build())
            .collect(Collectors.toList());
    return Estate.builder().from(estate).accounts(accounts).build();
  }
}
