/**
 * Readers of the files an estate's {@code sources:} section names: the force's own registers, as CSV files
 * ({@link io.github.accountgovernance.sources.csv}) or sheets of an .xlsx workbook
 * ({@link io.github.accountgovernance.sources.xlsx}), and rotas and leave calendars as iCalendar files
 * ({@link io.github.accountgovernance.sources.ical}). Each is a
 * {@link io.github.accountgovernance.core.sources.SourceFormat} that the estate reader finds with
 * {@link java.util.ServiceLoader}: putting this module on the path is all a user does.
 */
module io.github.accountgovernance.sources {
  requires transitive io.github.accountgovernance.core;
  requires org.apache.commons.csv;
  // CsvWriter reads the estate's JSON form with the streaming parser that governance-core already uses.
  requires com.fasterxml.jackson.core;
  // The .xlsx reader: the JDK's StAX parser, with DTDs refused.
  requires java.xml;

  exports io.github.accountgovernance.sources;
  exports io.github.accountgovernance.sources.csv;
  exports io.github.accountgovernance.sources.ical;
  exports io.github.accountgovernance.sources.xlsx;

  provides io.github.accountgovernance.core.sources.SourceFormat with
      io.github.accountgovernance.sources.csv.CsvFormat,
      io.github.accountgovernance.sources.ical.ICalendarFormat,
      io.github.accountgovernance.sources.xlsx.XlsxFormat;
}
