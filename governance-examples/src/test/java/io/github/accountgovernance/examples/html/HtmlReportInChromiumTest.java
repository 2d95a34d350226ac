package io.github.accountgovernance.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.examples.TestTools;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the before estate's report in a real browser, headless Chromium, as scripts/render-report.sh does: the page
 * the browser builds has the summary and one timeline row per open account, and its picture is the size asked for
 * and not blank. Chromium is {@code /usr/bin/chromium} (Debian's package) or the program {@code CHROMIUM} names.
 * Where it is missing the test is skipped, except under {@code CI=true}, where it fails, as it does wherever the
 * browser cannot start; {@code scripts/install-test-tools.sh} installs it and {@code .ci/run} runs that first.
 */
final class HtmlReportInChromiumTest {

  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static final Estate BEFORE = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);

  @Test
  void chromium_buildsThePageWithTheSummaryAndOneTimelineRowPerOpenAccount(@TempDir Path folder) throws IOException {
    long open = BEFORE.accounts().stream().filter(account -> account.status().isOpen()).count();

    TestTools.Run run = chromium(folder, "--dump-dom");

    // The DOM as the browser parsed it, not the file as written: a stray tag would move or drop elements.
    String dom = run.output();
    assertThat(dom).as("the page Chromium built").contains("<h1>North Yorkshire Police</h1>")
        .contains("<title>North Yorkshire Police — NPCC consolidated model (North Yorkshire, 2021)</title>");
    assertThat(Pattern.compile("<div class=\"row\"><span class=\"name\"").matcher(dom).results().count())
        .as("timeline rows in the page Chromium built").isEqualTo(open).isGreaterThan(100);
  }

  @Test
  void chromium_rendersTheBeforeReportToAPicture(@TempDir Path folder) throws IOException {
    Path png = folder.resolve("report.png");

    chromium(folder, "--hide-scrollbars", "--window-size=1280,1800", "--screenshot=" + png);

    assertThat(png).exists();
    byte[] picture = Files.readAllBytes(png);
    assertThat(picture).startsWith(PNG_SIGNATURE);
    ByteBuffer header = ByteBuffer.wrap(picture, 16, 8);
    assertThat(header.getInt()).as("width").isEqualTo(1280);
    assertThat(header.getInt()).as("height").isEqualTo(1800);
    // A blank 1280x1800 page compresses to a few kilobytes; the summary, tables and timelines need far more.
    assertThat(picture.length).isGreaterThan(50_000);
  }

  /** Writes the before report and opens it in headless Chromium with the flags given; it must start and end well. */
  private static TestTools.Run chromium(Path folder, String... flags) throws IOException {
    TestTools.require(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    Path html = Files.writeString(folder.resolve("report.html"),
        HtmlReport.render(PolicyPacks.npcc2021().evaluate(BEFORE), BEFORE), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + folder.resolve("profile")));
    command.addAll(List.of(flags));
    command.add(html.toUri().toString());

    // The wait is bounded so that a hung browser cannot hang the build; it asserts nothing about speed.
    Optional<TestTools.Run> run = TestTools.run(command, folder, 3);

    assertThat(run).as("Chromium started and finished").isPresent();
    assertThat(run.get().code()).as("Chromium's exit code; its output:%n%s", run.get().output()).isZero();
    return run.get();
  }
}
