package io.github.accountgovernance.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.architecture.PublicApiMarks;
import io.github.accountgovernance.sources.csv.CsvFormat;
import io.github.accountgovernance.sources.csv.CsvWriter;
import io.github.accountgovernance.sources.ical.ICalendarFormat;
import io.github.accountgovernance.sources.xlsx.XlsxFormat;
import org.junit.jupiter.api.Test;

/**
 * Every public type of a package the sources module exports to everyone says how users may use it
 * ({@link PublicAPI}): the readers are found through the service loader and called, the writer is called; users
 * implement nothing here (they implement core's {@code SourceFormat}), so nothing says INHERITANCE.
 */
final class PublicApiMarksTest {

  private static final PublicApiMarks MARKS = PublicApiMarks.of("io.github.accountgovernance.sources");

  @Test
  void everyPublicTypeOfAnExportedPackage_saysHowItMayBeUsed() {
    assertThat(MARKS.exportedPublicTypes())
        .extracting(JavaClass::getName)
        .contains(CsvFormat.class.getName(), CsvWriter.class.getName(), ICalendarFormat.class.getName(),
            XlsxFormat.class.getName());
    assertThat(MARKS.exportedPublicTypes())
        .filteredOn(type -> PublicApiMarks.usage(type).isEmpty()).extracting(JavaClass::getName).isEmpty();
  }

  @Test
  void nothingIsMarkedForInheritance() {
    assertThat(MARKS.markedForInheritance()).isEmpty();
  }
}
