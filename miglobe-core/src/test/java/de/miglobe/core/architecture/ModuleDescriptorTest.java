package de.miglobe.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.miglobe.core.Labelled;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code module-info.java} of {@code miglobe-core} against the code: every package of the
 * main code is exported except {@code de.miglobe.core.internal}, so a new package cannot be
 * forgotten, and Immutables stays a compile-time-only dependency.
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Labelled.class.getResourceAsStream("/module-info.class")) {
      assertThat(in).as("compiled module-info.class of miglobe-core").isNotNull();
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsEveryMainPackageButInternal() throws IOException {
    Set<String> mainPackages =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(CoreArchitectureRules.CORE)
            .stream()
            .map(JavaClass::getPackageName)
            .filter(name -> !name.equals(CoreArchitectureRules.INTERNAL))
            .collect(Collectors.toCollection(TreeSet::new));

    Set<String> exported =
        descriptor().exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(descriptor().name()).isEqualTo("de.miglobe.core");
    assertThat(exported).isEqualTo(mainPackages).doesNotContain(CoreArchitectureRules.INTERNAL);
    assertThat(descriptor().exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
  }

  @Test
  void needsImmutablesOnlyAtCompileTime() throws IOException {
    assertThat(descriptor().requires())
        .filteredOn(r -> r.name().equals("org.immutables.value.annotations"))
        .singleElement()
        .satisfies(
            r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }
}
