package de.miglobe.examples.docs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs code with standard output captured, for snippets that print. */
final class StandardOutput {

  /** Code that may throw. */
  @FunctionalInterface
  interface Code {
    void run() throws Exception;
  }

  private StandardOutput() {}

  /** @return what the code printed */
  static String capture(Code code) {
    PrintStream standard = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      code.run();
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      System.setOut(standard);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
