/**
 * A report people can look at: one self-contained HTML file with the summary, the violations grouped by rule
 * with their evidence, and a coverage timeline for every open account over the horizon.
 */
package io.github.accountgovernance.examples.html;
