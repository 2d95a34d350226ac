package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.District;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DisplayNamesTest {

  private static final District YORK = District.of("york", "York");
  private static final District HARROGATE = District.of("harrogate", "Harrogate Borough", "Harrogate");

  @Test
  void scripts_flagsACyrillicLetterInALatinDisplayName() {
    ScriptMix mix = DisplayNames.scripts("North Yorkshire Police - Y\u043Erk");

    assertThat(mix.isMixed()).isTrue();
    assertThat(mix.restriction()).isEqualTo(ScriptRestriction.MINIMALLY_RESTRICTIVE);
    assertThat(mix.scripts()).containsExactly("Cyrillic", "Latin");
    assertThat(mix.strayCharacters()).containsExactly("Cyrillic '\u043E' (U+043E) at 26");
    assertThat(mix.explanation())
        .isEqualTo("mixes scripts Cyrillic and Latin: Cyrillic '\u043E' (U+043E) at 26");
  }

  @Test
  void scripts_acceptsOneScriptWithCommonCharacters() {
    ScriptMix ascii = DisplayNames.scripts("North Yorkshire Police - York 24/7");
    ScriptMix welsh = DisplayNames.scripts("Heddlu Dyfed-Powys \u2014 Caerfyrddin \uD83D\uDE93 \u00E2");

    assertThat(ascii.isMixed()).isFalse();
    assertThat(ascii.restriction()).isEqualTo(ScriptRestriction.ASCII);
    assertThat(welsh.isMixed()).isFalse();
    assertThat(welsh.restriction()).isEqualTo(ScriptRestriction.SINGLE_SCRIPT);
    assertThat(welsh.scripts()).containsExactly("Latin");
    assertThat(welsh.explanation()).isEqualTo("one script: Latin");
  }

  @Test
  void scripts_reportsLatinWithHanAsHighlyRestrictiveButMixed() {
    ScriptMix mix = DisplayNames.scripts("Police \u8B66\u5BDF");

    assertThat(mix.restriction()).isEqualTo(ScriptRestriction.HIGHLY_RESTRICTIVE);
    assertThat(mix.isMixed()).isTrue();
    assertThat(mix.strayCharacters()).hasSize(2);
  }

  @Test
  void namesForce_acceptsTheFullNameOrAShortFormIgnoringCase() {
    assertThat(DisplayNames.namesForce("north yorkshire  police - York", HandleConventionTest.NYP)).isTrue();
    assertThat(DisplayNames.namesForce("NYP Operational Support Unit", HandleConventionTest.NYP, List.of("NYP")))
        .isTrue();
    assertThat(DisplayNames.namesForce("Operational Support Unit", HandleConventionTest.NYP, List.of("NYP")))
        .isFalse();
    assertThat(DisplayNames.namesForce("NYPD News", HandleConventionTest.NYP, List.of("NYP"))).isFalse();
  }

  @Test
  void namesDistrict_matchesNameOrTokenAsAWholePhrase() {
    assertThat(DisplayNames.namesDistrict("North Yorkshire Police - York", YORK)).isTrue();
    assertThat(DisplayNames.namesDistrict("North Yorkshire Police", YORK)).isFalse();
    assertThat(DisplayNames.namesDistrict("NYP Harrogate", HARROGATE)).isTrue();
    assertThat(DisplayNames.namesDistrict("NYP - Harrogate Borough", HARROGATE)).isTrue();
    assertThat(DisplayNames.namesDistrict("North Yorkshire Police - Y\u043Erk", YORK)).isFalse();
  }
}
