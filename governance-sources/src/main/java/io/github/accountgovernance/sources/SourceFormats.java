package io.github.accountgovernance.sources;

import io.github.accountgovernance.core.sources.SourceFormat;
import io.github.accountgovernance.sources.csv.CsvFormat;
import io.github.accountgovernance.sources.ical.ICalendarFormat;
import io.github.accountgovernance.sources.xlsx.XlsxFormat;
import java.util.List;

/**
 * The formats this artifact provides, as the estate reader finds them through {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * SourceFormats.all().forEach(format -> System.out.println(format.name()));
 * }</pre>
 */
public final class SourceFormats {

  private SourceFormats() {}

  /**
   * Returns every format of this artifact.
   *
   * @return the formats
   */
  public static List<SourceFormat> all() {
    return List.of(new CsvFormat(), new ICalendarFormat(), new XlsxFormat());
  }
}
