package io.github.accountgovernance.core.io;

import io.github.accountgovernance.core.model.EstateProblem;
import io.github.accountgovernance.core.model.EstateProblem.SourceLocation;
import io.github.accountgovernance.core.model.InvalidEstateException;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file, each located. A problem that makes further reading pointless (bad syntax, a
 * limit reached) is {@linkplain #fatal fatal} and is reported alone.
 */
final class Problems {

  private final String source;
  private final int max;
  private final List<EstateProblem> problems = new ArrayList<>();

  Problems(String source, int max) {
    this.source = source;
    this.max = max;
  }

  String source() {
    return source;
  }

  SourceLocation location(int line, int column) {
    return new SourceLocation(source, line, column);
  }

  void add(String path, String message, int line, int column) {
    problems.add(EstateProblem.at(path, message).withLocation(location(line, column)));
    if (problems.size() >= max) {
      List<EstateProblem> all = new ArrayList<>(problems);
      all.add(
          EstateProblem.at(
                  path,
                  "stopped reading after " + max + " problems (ReadLimits.maxProblems); fix these first, or raise"
                      + " the limit with ReadLimits.builder().maxProblems(...)")
              .withLocation(location(line, column)));
      throw new InvalidEstateException(all);
    }
  }

  /** Throws at once with only this problem: what follows it in the file cannot be read reliably. */
  InvalidEstateException fatal(String path, String message, int line, int column) {
    throw new InvalidEstateException(
        List.of(EstateProblem.at(path, message).withLocation(location(line, column))));
  }

  int count() {
    return problems.size();
  }

  List<EstateProblem> all() {
    return problems;
  }
}
