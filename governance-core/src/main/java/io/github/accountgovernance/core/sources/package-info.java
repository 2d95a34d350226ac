/**
 * The service-provider interface through which an estate file's {@code sources:} section reads parts of the
 * estate (accounts, contributors, grants, closure plans, observed handles, rota, absences) from other files: CSV
 * registers, spreadsheet workbooks, iCalendar calendars. A {@link io.github.accountgovernance.core.sources.SourceFormat}
 * turns one file into a {@link io.github.accountgovernance.core.sources.SourceTable} of rows of located text
 * cells, named by the estate file's field names; the estate reader then reads each row exactly as it reads an
 * entry of the estate file (same codecs, same checks, same wording), reports unknown and missing columns once, and
 * merges the rows with the entries written inline.
 *
 * <p>Formats are found with {@link java.util.ServiceLoader}: the library's own are in the
 * {@code governance-sources} artifact (module {@code io.github.accountgovernance.sources}); without it on the
 * class or module path, an estate that names a source file fails with a located problem saying which artifact to
 * add.
 *
 * <pre>{@code
 * public final class PipeSeparated implements SourceFormat {
 *   public String name() { return "pipe-separated text"; }
 *   public boolean reads(Path file) { return file.toString().endsWith(".psv"); }
 *   public SourceTable read(SourceRequest request) throws IOException { ... }
 * }
 * }</pre>
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.core.sources;

import io.github.accountgovernance.core.api.PublicAPI;
