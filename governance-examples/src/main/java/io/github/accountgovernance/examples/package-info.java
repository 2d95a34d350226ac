/**
 * The North Yorkshire story end to end: the bundled example estates ({@link
 * io.github.accountgovernance.examples.ExampleEstates}), the command line in {@code examples.cli} and the HTML
 * report in {@code examples.html}. Every person in the example data is fictional.
 */
package io.github.accountgovernance.examples;
