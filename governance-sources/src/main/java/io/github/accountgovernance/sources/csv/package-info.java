/**
 * CSV registers: {@link io.github.accountgovernance.sources.csv.CsvFormat} reads an account register, a people
 * list, an access list, closure plans, observed handles, a rota or absences from a CSV file whose header row names
 * the estate file's fields; {@link io.github.accountgovernance.sources.csv.CsvWriter} writes one.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.sources.csv;

import io.github.accountgovernance.core.api.PublicAPI;
