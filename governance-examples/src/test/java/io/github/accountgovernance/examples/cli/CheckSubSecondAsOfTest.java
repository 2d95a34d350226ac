package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An as-of instant with a fraction of a second is the whole second it falls in, in every format: the evaluation
 * fixes its time frame once, and renderers draw the coverage it analysed (the HTML report used to analyse the
 * estate again and exit 2 with "start must be a whole second").
 */
final class CheckSubSecondAsOfTest {

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit", "markdown", "html"})
  void subSecondAsOf_givesTheReportOfItsWholeSecond(String format) {
    Cli.Run fraction = Cli.run("check", "--example", BEFORE, "--format", format, "--as-of", "2021-04-06T09:00:00.5Z");
    Cli.Run whole = Cli.run("check", "--example", BEFORE, "--format", format, "--as-of", "2021-04-06T09:00:00Z");

    assertThat(fraction.code()).as("%s", fraction).isEqualTo(GovernanceCommand.VIOLATIONS);
    assertThat(fraction.err()).isEqualTo(whole.err());
    assertThat(fraction.out()).isEqualTo(whole.out()).contains("2021");
  }
}
