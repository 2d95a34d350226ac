package io.github.accountgovernance.consumertests;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one test class with the JUnit Platform, in a JVM of its own, as a user's build tool would, and exits 0 only
 * when tests were found and every one passed. {@link PolicyTeamTemplateTest} starts it.
 */
final class TemplateRunner {

  private TemplateRunner() {}

  public static void main(String[] args) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(args[0])).build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    out.println("tests found " + summary.getTestsFoundCount() + ", succeeded " + summary.getTestsSucceededCount()
        + ", failed " + summary.getTotalFailureCount());
    summary.printFailuresTo(out, 5);
    out.flush();
    System.exit(summary.getTestsFoundCount() > 0 && summary.getTotalFailureCount() == 0 ? 0 : 1);
  }
}
