package io.github.accountgovernance.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.architecture.PublicApiMarks;
import io.github.accountgovernance.core.files.Codec;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.ObjectMapping;
import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.sources.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * Every public type of a package core exports to everyone says how users may use it ({@link PublicAPI}), by itself
 * or through its package; what users implement or extend (codecs, checks and bodies of readers of new file
 * formats, the file exception they throw) says INHERITANCE.
 */
final class PublicApiMarksTest {

  private static final PublicApiMarks MARKS = PublicApiMarks.of("io.github.accountgovernance.core");

  @Test
  void everyPublicTypeOfAnExportedPackage_saysHowItMayBeUsed() {
    assertThat(MARKS.exportedPublicTypes()).hasSizeGreaterThan(50)
        .filteredOn(type -> PublicApiMarks.usage(type).isEmpty()).extracting(JavaClass::getName).isEmpty();
  }

  @Test
  void whatReadersOfNewFileFormatsImplement_isMarkedForInheritance() {
    assertThat(MARKS.markedForInheritance()).containsExactlyInAnyOrder(
        Codec.class.getName(),
        LocatedReader.Body.class.getName(),
        ObjectMapping.Check.class.getName(),
        InvalidFileException.class.getName(),
        SourceFormat.class.getName());
  }

  @Test
  void theInternalPackage_isNotMarked() {
    assertThat(MARKS.internalTypes()).isNotEmpty()
        .allSatisfy(type -> assertThat(PublicApiMarks.usage(type)).isEmpty());
  }
}
