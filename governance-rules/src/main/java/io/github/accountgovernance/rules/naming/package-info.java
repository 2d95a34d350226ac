/**
 * Naming: handle conventions as templates per tier, an index of official handles that finds lookalikes by
 * Unicode TR39 confusable skeleton or edit distance, mention extraction that follows each platform's rules, and
 * mixed-script detection for display names.
 */
package io.github.accountgovernance.rules.naming;
