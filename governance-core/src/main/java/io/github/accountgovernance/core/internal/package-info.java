/**
 * The project's own Immutables style ({@link io.github.accountgovernance.core.internal.GovernanceStyle}); not API.
 * Exported only to {@code io.github.accountgovernance.rules} and {@code io.github.accountgovernance.examples}, whose
 * value types share it. The files layer that used to live here is {@link io.github.accountgovernance.core.files}.
 */
package io.github.accountgovernance.core.internal;
