package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.model.Estate;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The estate file that comes with the policy-team template ({@code src/test/resources/our-estate.yaml}) is a copy
 * of the bundled after example, so that the template runs as copied; this keeps the copy from drifting.
 */
final class PolicyTeamEstateFileTest {

  @Test
  void ourEstateFile_isTheSameEstateAsTheBundledAfterExample() throws IOException {
    Estate copy;
    try (InputStream in = PolicyTeamEstateFileTest.class.getClassLoader().getResourceAsStream("our-estate.yaml")) {
      assertThat(in).as("our-estate.yaml on the test class path").isNotNull();
      copy = EstateReader.yaml().read(in, "our-estate.yaml");
    }

    assertThat(copy).isEqualTo(ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_AFTER));
  }
}
