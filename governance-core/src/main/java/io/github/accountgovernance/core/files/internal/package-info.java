/**
 * Implementation details of the files layer shared with the estate reader; not API. The module does not export
 * this package, so nothing outside {@code governance-core} can use it on the module path.
 */
package io.github.accountgovernance.core.files.internal;
