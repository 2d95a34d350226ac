package io.github.accountgovernance.core.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.accountgovernance.core.api.PublicAPI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one check of the {@link PublicAPI} marks, which every module's tests run over their own packages (this
 * class ships in governance-core's test-jar, in a package the module does not export): the public types of the
 * packages a module exports to everyone, the use each is marked for (its own mark, else its package's), and the
 * types of its internal packages.
 *
 * <pre>{@code
 * PublicApiMarks marks = PublicApiMarks.of("io.github.accountgovernance.rules");
 * assertThat(marks.exportedPublicTypes()).filteredOn(type -> PublicApiMarks.usage(type).isEmpty()).isEmpty();
 * }</pre>
 *
 * <p>Reads the module's {@code target/classes}, so it runs in that module's own build.
 */
public final class PublicApiMarks {

  private final JavaClasses classes;
  private final Set<String> exported;

  private PublicApiMarks(JavaClasses classes, Set<String> exported) {
    this.classes = classes;
    this.exported = exported;
  }

  /**
   * Imports a module's main classes (not its tests) and reads which packages its descriptor exports to everyone.
   *
   * @param rootPackage the module's root package, such as {@code io.github.accountgovernance.rules}
   * @return the marks of the module
   * @throws UncheckedIOException if {@code target/classes/module-info.class} cannot be read
   */
  public static PublicApiMarks of(String rootPackage) {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(rootPackage);
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      Set<String> exported = ModuleDescriptor.read(in).exports().stream()
          .filter(export -> !export.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
      return new PublicApiMarks(classes, exported);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the module descriptor in target/classes", e);
    }
  }

  /**
   * Returns the use a type is marked for: its own mark, else its package's.
   *
   * @param type the type
   * @return the usage, or empty if neither the type nor its package is marked
   */
  public static Optional<PublicAPI.Usage> usage(JavaClass type) {
    if (type.isAnnotatedWith(PublicAPI.class)) {
      return Optional.of(type.getAnnotationOfType(PublicAPI.class).usage());
    }
    if (type.getPackage().isAnnotatedWith(PublicAPI.class)) {
      return Optional.of(type.getPackage().getAnnotationOfType(PublicAPI.class).usage());
    }
    return Optional.empty();
  }

  /**
   * Returns the public types of the packages the module exports to everyone, less the Immutables
   * implementations (whose abstract value types carry the marks).
   *
   * @return the types
   */
  public List<JavaClass> exportedPublicTypes() {
    return classes.stream()
        .filter(type -> exported.contains(type.getPackageName()))
        .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(type -> !type.getSimpleName().startsWith("Immutable"))
        .collect(Collectors.toList());
  }

  /**
   * Returns the names of the exported public types marked for {@link PublicAPI.Usage#INHERITANCE}.
   *
   * @return the class names
   */
  public List<String> markedForInheritance() {
    return exportedPublicTypes().stream()
        .filter(type -> usage(type).orElseThrow() == PublicAPI.Usage.INHERITANCE)
        .map(JavaClass::getName)
        .collect(Collectors.toList());
  }

  /**
   * Returns the types of the module's packages named {@code internal}.
   *
   * @return the types
   */
  public List<JavaClass> internalTypes() {
    return classes.stream()
        .filter(type -> type.getPackageName().endsWith(".internal"))
        .collect(Collectors.toList());
  }
}
