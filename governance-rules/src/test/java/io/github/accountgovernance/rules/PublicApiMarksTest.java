package io.github.accountgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.architecture.PublicApiMarks;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.Rule;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public type of a package the module exports to everyone says how users may use it ({@link PublicAPI}),
 * by itself or through its package; what users implement says INHERITANCE.
 */
final class PublicApiMarksTest {

  private static final PublicApiMarks MARKS = PublicApiMarks.of("io.github.accountgovernance.rules");

  @Test
  void everyPublicTypeOfAnExportedPackage_saysHowItMayBeUsed() {
    assertThat(MARKS.exportedPublicTypes()).hasSizeGreaterThan(50)
        .filteredOn(type -> PublicApiMarks.usage(type).isEmpty()).extracting(JavaClass::getName).isEmpty();
  }

  @Test
  void theInterfacesUsersImplement_areMarkedForInheritance_andNothingElseIs() {
    List<String> inheritance = MARKS.markedForInheritance();
    List<String> publicInterfaces = MARKS.exportedPublicTypes().stream()
        .filter(JavaClass::isInterface)
        .filter(type -> !type.isAnnotation())
        // A sealed interface lists its implementations itself: users cannot implement it (Scenario.Change).
        .filter(type -> !type.reflect().isSealed())
        .map(JavaClass::getName)
        .collect(Collectors.toList());

    assertThat(inheritance).containsExactlyInAnyOrder(Rule.Check.class.getName(), Criterion.Judge.class.getName());
    assertThat(publicInterfaces).containsExactlyInAnyOrderElementsOf(inheritance);
  }

  @Test
  void theInternalPackage_isNotMarked() {
    assertThat(MARKS.internalTypes()).isNotEmpty()
        .allSatisfy(type -> assertThat(PublicApiMarks.usage(type)).isEmpty());
  }
}
