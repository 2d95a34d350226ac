/**
 * Readers of a force's own registers for an estate's {@code sources:} section. They are found by the estate
 * reader through {@link java.util.ServiceLoader}; a user puts this artifact on the path and names the files in the
 * estate file:
 *
 * <pre>{@code
 * schema: account-governance/estate@1
 * force: {name: North Yorkshire Police, zone: Europe/London}
 * asOf: 2021-04-06
 * sources:
 *   accounts: accounts.csv
 *   contributors: {file: people.csv, separator: ";"}
 * }</pre>
 *
 * <p>The formats: {@link io.github.accountgovernance.sources.csv.CsvFormat} (RFC 4180, comma or semicolon, with or
 * without a byte-order mark). The columns of each file are the estate file's field names, described in
 * {@code docs/estate-format.md}.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.sources;

import io.github.accountgovernance.core.api.PublicAPI;
