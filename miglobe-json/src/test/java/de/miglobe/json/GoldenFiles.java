package de.miglobe.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Access to the golden files under {@code src/test/resources/golden}. Run the tests with {@code
 * -Dgolden.update=true} to (re)write them from the current writer; review the diff, it is a change
 * of the contract.
 */
final class GoldenFiles {
  static final Path DIRECTORY = Paths.get("src", "test", "resources", "golden");

  private GoldenFiles() {}

  static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  static String read(String name) {
    try {
      return Files.readString(DIRECTORY.resolve(name + ".json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("golden file " + name + ".json is missing; run with -Dgolden.update=true", e);
    }
  }

  static void write(String name, String text) {
    try {
      Files.createDirectories(DIRECTORY);
      Files.writeString(DIRECTORY.resolve(name + ".json"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
