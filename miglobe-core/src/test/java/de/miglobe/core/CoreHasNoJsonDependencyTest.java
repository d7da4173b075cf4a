package de.miglobe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** miglobe-core must stay free of Jackson and every other JSON library (issue 2). */
class CoreHasNoJsonDependencyTest {

  /** Package names of the JSON libraries a dependency could bring in. */
  private static final List<String> JSON_PACKAGES =
      List.of(
          "com/fasterxml/jackson", "tools/jackson", "com/google/gson", "org/json", "javax/json",
          "jakarta/json", "com/alibaba/fastjson", "net/minidev/json", "com/squareup/moshi");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "com.fasterxml.jackson.databind.ObjectMapper",
        "com.fasterxml.jackson.core.JsonFactory",
        "com.fasterxml.jackson.annotation.JsonProperty",
        "tools.jackson.databind.ObjectMapper",
        "com.google.gson.Gson",
        "org.json.JSONObject",
        "jakarta.json.Json",
        "javax.json.Json"
      })
  void jsonLibrary_isNotOnTheTestClasspath(String className) {
    assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void pom_declaresNoJsonDependency() throws IOException {
    String pom = Files.readString(moduleDirectory().resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
    int count = 0;
    while (dependency.find()) {
      count++;
      assertThat(dependency.group(1).toLowerCase())
          .as("dependency of miglobe-core")
          .doesNotContain("jackson", "gson", "json");
    }
    assertThat(count).as("dependencies found in pom.xml").isPositive();
  }

  @Test
  void compiledClasses_referToNoJsonLibrary() throws IOException {
    Path classes = moduleDirectory().resolve("target/classes/de/miglobe/core");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertThat(files).as("compiled classes of miglobe-core").hasSizeGreaterThan(50);
    for (Path file : files) {
      // Class files keep referenced type names in their constant pool as internal names (a/b/C).
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String json : JSON_PACKAGES) {
        assertThat(constants).as(file + " refers to " + json).doesNotContain(json + "/");
      }
    }
  }

  @Test
  void runtimeClasspath_hasNoJsonJar() {
    String classpath = System.getProperty("java.class.path").toLowerCase();
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      String jar = Path.of(entry).getFileName().toString();
      assertThat(jar).as("class path entry " + entry).doesNotContain("jackson", "gson", "json");
    }
  }

  /** The miglobe-core directory: Surefire runs tests there; {@code basedir} is set by Maven. */
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }
}
