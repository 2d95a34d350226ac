package io.github.accountgovernance.sources.csv;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateFiles;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.testing.EstateGens;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.report.ReportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** An estate written as CSV registers reads back as itself, and the order of a register's rows changes nothing. */
final class CsvRegistersProperties {

  private static final List<String> PARTS = List.of(
      "accounts", "contributors", "grants", "rota", "absences", "closurePlans", "posts", "observedHandles");

  @TempDir Path dir;
  private int written;

  /**
   * Writes the estate's force, date and declared platforms inline and every part as a register, and returns the
   * estate file.
   */
  private Path registers(Estate estate, List<Integer> order) {
    try {
      Path folder = Files.createDirectories(dir.resolve("estate-" + written++));
      StringBuilder file = new StringBuilder(EstateWriter.yaml().writeToString(
          Estate.builder().force(estate.force()).asOf(estate.asOf())
              .declaredPlatforms(estate.declaredPlatforms()).build()));
      file.append("sources:\n");
      for (String part : PARTS) {
        String csv = CsvWriter.write(estate, part);
        Files.writeString(folder.resolve(part + ".csv"), order == null ? csv : shuffled(csv, order));
        file.append("  ").append(part).append(": ").append(part).append(".csv\n");
      }
      Path estateFile = folder.resolve("estate.yaml");
      Files.writeString(estateFile, file);
      return estateFile;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows below the header, reordered by the keys drawn (a row without a key keeps its place last). */
  private static String shuffled(String csv, List<Integer> keys) {
    List<String> lines = new ArrayList<>(List.of(csv.split("\r\n")));
    String header = lines.remove(0);
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      index.add(i);
    }
    index.sort(Comparator.comparing(i -> i < keys.size() ? keys.get(i) : Integer.MAX_VALUE));
    StringBuilder out = new StringBuilder(header).append("\r\n");
    index.forEach(i -> out.append(lines.get(i)).append("\r\n"));
    return out.toString();
  }

  private static Estate read(Path file) {
    try {
      return EstateFiles.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void registersWritten_readBackAsTheSameEstate() {
    qt().withExamples(100).forAll(EstateGens.validEstates()).checkAssert(estate ->
        assertThat(read(registers(estate, null))).isEqualTo(estate));
  }

  @Test
  void shuffledRows_giveByteIdenticalReports() {
    Gen<List<Integer>> keys = SourceDSL.lists().of(Generate.range(0, 1000)).ofSizeBetween(0, 40);
    PolicyPack pack = PolicyPacks.npcc2021();
    qt().withExamples(40).forAll(EstateGens.validEstates(), keys).checkAssert((estate, order) -> {
      String inOrder = ReportFormat.JSON.render(pack.evaluate(read(registers(estate, null))).withoutLocations());
      String shuffled = ReportFormat.JSON.render(pack.evaluate(read(registers(estate, order))).withoutLocations());

      assertThat(shuffled).isEqualTo(inOrder);
    });
  }
}
