/**
 * For everyone who uses the library: the marks that say which of its types are API and how they may be used
 * ({@link io.github.accountgovernance.core.api.PublicAPI}).
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.core.api;
