package io.github.accountgovernance.core.io;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.testing.EstateGens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** An estate file declares a platform the library does not know, and its accounts use it. */
final class DeclaredPlatformsTest {

  private static final String HEAD =
      """
      schema: account-governance/estate@1
      force:
        name: North Yorkshire Police
      asOf: 2021-04-06T00:00:00Z
      """;

  private static final String PIXELFED =
      HEAD
          + """
          platforms:
            - name: pixelfed
              displayName: Pixelfed
              handlePattern: "[A-Za-z0-9_]{1,30}"
              handleDescription: 1 to 30 letters, digits or underscores
              ignoredCharacters: "_"
          accounts:
            - id: force-pixelfed
              platform: pixelfed
              handle: "@NYorks_Police"
              displayName: North Yorkshire Police
              tier: force-wide
              status: active
            - id: force-tiktok
              platform: tiktok
              handle: "@nyorkspolice"
              displayName: North Yorkshire Police
              tier: force-wide
              status: active
          """;

  @Test
  void read_givesAccountsOnTheDeclaredPlatform() {
    Estate estate = EstateReader.yaml().read(PIXELFED, "estate.yaml");

    Platform pixelfed = estate.declaredPlatforms().get(0);
    assertThat(pixelfed.displayName()).isEqualTo("Pixelfed");
    assertThat(pixelfed.syntaxDescription()).isEqualTo("1 to 30 letters, digits or underscores");
    assertThat(estate.account("force-pixelfed").orElseThrow().handle())
        .isEqualTo(Handle.of(pixelfed, "nyorkspolice"));
    assertThat(estate.account("force-tiktok").orElseThrow().platform()).isEqualTo(Platform.TIKTOK);
  }

  @Test
  void write_givesThePlatformsBackInBothFormats() {
    Estate estate = EstateReader.yaml().read(PIXELFED, "estate.yaml");
    String yaml = EstateWriter.yaml().writeToString(estate);

    assertThat(yaml).contains("platforms:", "- name: pixelfed", "ignoredCharacters: _")
        .doesNotContain("caseSensitive", "mentionPrefix");
    assertThat(EstateReader.yaml().read(yaml, "written.yaml")).isEqualTo(estate);
    assertThat(EstateReader.json().read(EstateWriter.json().writeToString(estate), "written.json"))
        .isEqualTo(estate);
  }

  @Test
  void read_locatesEveryBadPartOfADeclarationAtOnce() {
    String yaml =
        HEAD
            + """
            platforms:
              - name: tiktok
                handlePattern: "[a-z]+"
              - name: fedi
                handlePattern: "(a)\\\\1"
                caseSensitive: "yes"
                mentionPrefix: at
                handlePatern: "[a-z]+"
              - name: vk
                handlePattern: "[a-z]+"
              - name: vk
                handlePattern: "[a-z]+"
            """;

    assertThatThrownBy(() -> EstateReader.yaml().read(yaml, "estate.yaml"))
        .isInstanceOfSatisfying(
            InvalidEstateException.class,
            e -> {
              List<String> found = new ArrayList<>();
              for (Problem problem : e.problems()) {
                found.add(problem.path() + " @" + problem.location().orElseThrow().line() + ": " + problem.message());
              }
              assertThat(found)
                  .anySatisfy(p -> assertThat(p).startsWith("platforms[0].name @6: \"tiktok\" is a built-in"))
                  .anySatisfy(p -> assertThat(p).startsWith("platforms[1].handlePattern @9: \"(a)\\1\" is not a"
                      + " pattern this library can run"))
                  .anySatisfy(p -> assertThat(p).startsWith("platforms[1].caseSensitive @10: expected true or"
                      + " false"))
                  .anySatisfy(p -> assertThat(p).startsWith("platforms[1].handlePatern @12: unknown field")
                      .contains("did you mean \"handlePattern\""))
                  .anySatisfy(p -> assertThat(p).isEqualTo("platforms[3].name @15: platform \"vk\" is declared"
                      + " twice (first at platforms[2]); keep one"));
            });
  }

  @Test
  void read_reportsAnUnknownPlatformWithTheDeclaredOnesAmongTheSuggestions() {
    String yaml = PIXELFED.replace("platform: pixelfed", "platform: pixelfd");

    assertThatThrownBy(() -> EstateReader.yaml().read(yaml, "estate.yaml"))
        .isInstanceOfSatisfying(
            InvalidEstateException.class,
            e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                  assertThat(p.path()).isEqualTo("accounts[0].platform");
                  assertThat(p.message()).contains("unknown platform \"pixelfd\"", "did you mean \"pixelfed\"",
                      "or declare it under platforms");
                }));
  }

  @Test
  void read_refusesPlatformsDeclaredAfterTheAccountsThatUseThem() {
    int accounts = PIXELFED.indexOf("accounts:");
    int platforms = PIXELFED.indexOf("platforms:");
    String yaml = HEAD + PIXELFED.substring(accounts) + PIXELFED.substring(platforms, accounts);

    assertThatThrownBy(() -> EstateReader.yaml().read(yaml, "estate.yaml"))
        .isInstanceOfSatisfying(
            InvalidEstateException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("accounts[0].platform", "platforms"));
  }

  @Test
  void overlay_refusesPlatforms() {
    Estate base = EstateReader.yaml().read(PIXELFED, "estate.yaml");
    String overlay =
        """
        schema: account-governance/estate@1
        platforms: []
        """;

    assertThatThrownBy(() -> EstateReader.yaml().readOverlay(base, overlay, "overlay.yaml"))
        .isInstanceOf(InvalidEstateException.class)
        .hasMessageContaining("\"platforms\" belongs in the estate file");
  }

  /** Estates of the usual generator with some more declared platforms, used or not. */
  static Gen<Estate> estatesWithDeclaredPlatforms() {
    return EstateGens.validEstates()
        .zip(SourceDSL.lists().of(EstateGens.declaredPlatforms()).ofSizeBetween(0, 3), (estate, declared) -> {
          List<Platform> distinct = new ArrayList<>(estate.declaredPlatforms());
          for (Platform platform : declared) {
            if (distinct.stream().noneMatch(p -> p.fileName().equals(platform.fileName()))) {
              distinct.add(platform);
            }
          }
          return Estate.builder().from(estate).declaredPlatforms(distinct).build();
        });
  }

  @Test
  void yamlAndJson_readOfWrittenEstateWithDeclaredPlatformsEqualsIt() {
    qt().withExamples(200).forAll(estatesWithDeclaredPlatforms()).checkAssert(estate -> {
      assertThat(EstateReader.yaml().read(EstateWriter.yaml().writeToString(estate), "w.yaml")).isEqualTo(estate);
      assertThat(EstateReader.json().read(EstateWriter.json().writeToString(estate), "w.json")).isEqualTo(estate);
    });
  }
}
