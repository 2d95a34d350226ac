/**
 * Reading and writing estates as YAML and JSON files, with errors that name the file, line, column and path of
 * every problem, and limits that keep untrusted files from exhausting memory or time.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.core.io;

import io.github.accountgovernance.core.api.PublicAPI;
