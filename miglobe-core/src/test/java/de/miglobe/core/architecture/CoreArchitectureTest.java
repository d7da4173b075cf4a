package de.miglobe.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Enforces {@link CoreArchitectureRules} on the main code of {@code miglobe-core}. */
@AnalyzeClasses(
    packages = CoreArchitectureRules.CORE,
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule core_uses_no_json_library = CoreArchitectureRules.CORE_USES_NO_JSON_LIBRARY;

  @ArchTest
  static final ArchRule core_packages_are_free_of_cycles =
      CoreArchitectureRules.packagesAreFreeOfCycles(CoreArchitectureRules.CORE);

  @ArchTest
  static final ArchRule public_api_exposes_no_generated_or_internal_type =
      CoreArchitectureRules.PUBLIC_API_HIDES_GENERATED_AND_INTERNAL_TYPES;

  @ArchTest
  static final ArchRule main_code_reads_no_system_clock = CoreArchitectureRules.NO_HIDDEN_CLOCK;
}
