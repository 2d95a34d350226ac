/**
 * Workbooks: {@link io.github.accountgovernance.sources.xlsx.XlsxFormat} reads an account register, a people list,
 * an access list, closure plans, observed handles, a rota or absences from one sheet of an Office Open XML
 * workbook ({@code .xlsx}) whose first row names the estate file's fields, as a CSV file's header does.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.sources.xlsx;

import io.github.accountgovernance.core.api.PublicAPI;
