/**
 * What the readers of tables with a header row share (a CSV file, a sheet of a workbook): the header's checks, the
 * row limit, the cell-length limit and the rows keyed by column name. Not exported: internal to the module.
 */
package io.github.accountgovernance.sources.table;
