package io.github.accountgovernance.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.files.Codec;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.ObjectMapping;
import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.sources.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public type of a package core exports to everyone says how users may use it ({@link PublicAPI}), by itself
 * or through its package; what users implement or extend (codecs, checks and bodies of readers of new file
 * formats, the file exception they throw) says INHERITANCE.
 */
final class PublicApiMarksTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.accountgovernance.core");

  private static Set<String> exportedToEveryone() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in).exports().stream()
          .filter(export -> !export.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
    }
  }

  private static Optional<PublicAPI.Usage> usage(JavaClass type) {
    if (type.isAnnotatedWith(PublicAPI.class)) {
      return Optional.of(type.getAnnotationOfType(PublicAPI.class).usage());
    }
    if (type.getPackage().isAnnotatedWith(PublicAPI.class)) {
      return Optional.of(type.getPackage().getAnnotationOfType(PublicAPI.class).usage());
    }
    return Optional.empty();
  }

  private static List<JavaClass> publicTypesOfExportedPackages() throws IOException {
    Set<String> exported = exportedToEveryone();
    return CORE.stream()
        .filter(type -> exported.contains(type.getPackageName()))
        .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(type -> !type.getSimpleName().startsWith("Immutable"))
        .collect(Collectors.toList());
  }

  @Test
  void everyPublicTypeOfAnExportedPackage_saysHowItMayBeUsed() throws IOException {
    List<JavaClass> types = publicTypesOfExportedPackages();

    assertThat(types).hasSizeGreaterThan(50);
    assertThat(types).filteredOn(type -> usage(type).isEmpty()).extracting(JavaClass::getName).isEmpty();
  }

  @Test
  void whatReadersOfNewFileFormatsImplement_isMarkedForInheritance() throws IOException {
    assertThat(publicTypesOfExportedPackages())
        .filteredOn(type -> usage(type).orElseThrow() == PublicAPI.Usage.INHERITANCE)
        .extracting(JavaClass::getName)
        .containsExactlyInAnyOrder(
            Codec.class.getName(),
            LocatedReader.Body.class.getName(),
            ObjectMapping.Check.class.getName(),
            InvalidFileException.class.getName(),
            SourceFormat.class.getName());
  }

  @Test
  void theInternalPackage_isNotMarked() {
    assertThat(CORE.stream().filter(type -> type.getPackageName().endsWith(".internal")))
        .isNotEmpty()
        .allSatisfy(type -> assertThat(usage(type)).isEmpty());
  }
}
