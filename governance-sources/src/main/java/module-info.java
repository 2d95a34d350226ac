/**
 * Readers of the files an estate's {@code sources:} section names: the force's own registers, as CSV files
 * ({@link io.github.accountgovernance.sources.csv}). Each is a
 * {@link io.github.accountgovernance.core.sources.SourceFormat} that the estate reader finds with
 * {@link java.util.ServiceLoader}: putting this module on the path is all a user does.
 */
module io.github.accountgovernance.sources {
  requires transitive io.github.accountgovernance.core;
  requires org.apache.commons.csv;

  exports io.github.accountgovernance.sources;
  exports io.github.accountgovernance.sources.csv;

  provides io.github.accountgovernance.core.sources.SourceFormat with
      io.github.accountgovernance.sources.csv.CsvFormat;
}
