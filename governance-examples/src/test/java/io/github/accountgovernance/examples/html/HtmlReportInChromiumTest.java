package io.github.accountgovernance.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the before estate's report in a real browser, headless Chromium, as scripts/render-report.sh does. Skipped
 * (not passed) on machines without Chromium; install it with {@code apt-get install chromium}.
 */
final class HtmlReportInChromiumTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void chromium_rendersTheBeforeReportToAPicture(@TempDir Path folder) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + " (apt-get install chromium)");
    Estate estate = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);
    Path html = Files.writeString(folder.resolve("report.html"),
        HtmlReport.render(PolicyPacks.npcc2021().evaluate(estate), estate), StandardCharsets.UTF_8);
    Path png = folder.resolve("report.png");
    Path log = folder.resolve("chromium.log");

    Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + folder.resolve("profile"), "--hide-scrollbars",
            "--window-size=1280,1800", "--screenshot=" + png, html.toUri().toString()))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    // A hung browser must not hang the build; this bounds the wait, it asserts nothing about speed.
    boolean finished = chromium.waitFor(3, TimeUnit.MINUTES);
    if (!finished) {
      chromium.destroyForcibly();
    }

    assertThat(finished).as("Chromium finished; its output:%n%s", Files.readString(log)).isTrue();
    assertThat(chromium.exitValue()).as("Chromium's exit code; its output:%n%s", Files.readString(log)).isZero();
    assertThat(png).exists();
    byte[] picture = Files.readAllBytes(png);
    assertThat(picture).startsWith(PNG_SIGNATURE);
    ByteBuffer header = ByteBuffer.wrap(picture, 16, 8);
    assertThat(header.getInt()).as("width").isEqualTo(1280);
    assertThat(header.getInt()).as("height").isEqualTo(1800);
    // A blank 1280x1800 page compresses to a few kilobytes; the summary, tables and timelines need far more.
    assertThat(picture.length).isGreaterThan(50_000);
  }
}
