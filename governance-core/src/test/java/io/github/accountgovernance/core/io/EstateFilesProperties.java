package io.github.accountgovernance.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.testing.EstateArbitraries;
import io.github.accountgovernance.core.testing.EstateParts;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class EstateFilesProperties {

  @Property(tries = 200)
  void yaml_readOfWrittenEstateEqualsIt(@ForAll("estates") Estate estate) {
    String yaml = EstateWriter.yaml().writeToString(estate);

    assertThat(EstateReader.yaml().read(yaml, "written.yaml")).isEqualTo(estate);
  }

  @Property(tries = 200)
  void json_readOfWrittenEstateEqualsIt(@ForAll("estates") Estate estate) {
    String json = EstateWriter.json().writeToString(estate);

    assertThat(EstateReader.json().read(json, "written.json")).isEqualTo(estate);
  }

  @Property(tries = 200)
  void roundTrip_keepsTextThatLooksLikeYamlSyntax(@ForAll("estatesWithAwkwardText") Estate estate) {
    for (EstateFormat format : EstateFormat.values()) {
      String text = EstateWriter.of(format).writeToString(estate);

      assertThat(EstateReader.of(format).read(text, "awkward." + format.extensions().get(0)))
          .as("%s:%n%s", format, text)
          .isEqualTo(estate);
    }
  }

  @Property(tries = 100)
  void write_givesTheSameBytesEveryTime(@ForAll("estates") Estate estate) {
    for (EstateFormat format : EstateFormat.values()) {
      assertThat(EstateWriter.of(format).toBytes(estate)).isEqualTo(EstateWriter.of(format).toBytes(estate));
    }
  }

  @Property(tries = 100)
  void write_givesTheSameBytesWhateverOrderTheEstateWasBuiltIn(
      @ForAll("parts") EstateParts parts, @ForAll Random random) {
    Estate inOrder = parts.build();
    Estate shuffled = parts.shuffled(random).build();

    for (EstateFormat format : EstateFormat.values()) {
      assertThat(EstateWriter.of(format).toBytes(shuffled)).isEqualTo(EstateWriter.of(format).toBytes(inOrder));
    }
  }

  @Property(tries = 100)
  void yamlAndJson_describeTheSameEstate(@ForAll("estates") Estate estate) {
    Estate viaYaml = EstateReader.yaml().read(EstateWriter.yaml().writeToString(estate), "e.yaml");
    Estate viaJson = EstateReader.json().read(EstateWriter.json().writeToString(estate), "e.json");

    assertThat(EstateWriter.json().writeToString(viaYaml)).isEqualTo(EstateWriter.json().writeToString(viaJson));
  }

  @Provide
  Arbitrary<Estate> estates() {
    return EstateArbitraries.validEstates();
  }

  @Provide
  Arbitrary<EstateParts> parts() {
    return EstateArbitraries.validEstateParts();
  }

  /** Estates whose accounts' display names and bios are text a careless YAML writer would mangle. */
  @Provide
  Arbitrary<Estate> estatesWithAwkwardText() {
    Arbitrary<String> awkward =
        Arbitraries.oneOf(
            Arbitraries.of(
                "yes", "no", "on", "off", "true", "False", "null", "~", "1402", "0x1F", "1e5", "-1", "08:00",
                "2021-03-31", "@NYP_York", "- item", "key: value", "# not a comment", "&anchor", "*alias",
                "!tag", "| block", "> folded", "'single'", "\"double\"", "[1, 2]", "{a: b}", " leading space",
                "trailing space ", "two\nlines", "tab\there", "24/7", "% percent", "`tick`", "York — Acomb",
                "Ysgol Gymraeg ❤ 🚓", "\\back\\slash"),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(30).withCharRange(' ', '~'),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(10).all().filter(EstateFilesProperties::isWritable));
    return Combinators.combine(EstateArbitraries.validEstates(), awkward.list().ofMinSize(1).ofMaxSize(5))
        .as(EstateFilesProperties::withTexts);
  }

  /** Unpaired surrogates cannot be encoded in UTF-8 at all, so no file format can hold them. */
  private static boolean isWritable(String text) {
    return !text.isBlank() && text.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
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
