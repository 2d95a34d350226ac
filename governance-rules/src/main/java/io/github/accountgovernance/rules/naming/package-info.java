/**
 * Naming: handle conventions as templates per tier, an index of official handles that finds lookalikes by
 * Unicode TR39 confusable skeleton or edit distance, mention extraction that follows each platform's rules, and
 * mixed-script detection for display names.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.naming;

import io.github.accountgovernance.core.api.PublicAPI;
