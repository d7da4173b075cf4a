package de.miglobe.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code snippets shared by a Markdown page and a test source, so that the documentation shows only
 * code that compiles and runs.
 *
 * <p>In Markdown, a snippet is the fenced {@code java} block right after {@code <!-- snippet: name
 * -->}. In Java, it is the lines between {@code // snippet: name} and {@code // end snippet}, with
 * their common indentation removed.
 */
final class Snippets {

  private static final Pattern MARKDOWN =
      Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern JAVA_START = Pattern.compile("^\\s*// snippet: ([a-z0-9-]+)\\s*$");
  private static final Pattern JAVA_END = Pattern.compile("^\\s*// end snippet\\s*$");

  private Snippets() {}

  /** The repository's root: the examples module runs its tests in {@code examples/}. */
  static Path repository() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) ? here : here.getParent();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the named snippets of a Markdown text, in order */
  static Map<String, String> inMarkdown(String markdown) {
    Map<String, String> snippets = new LinkedHashMap<>();
    Matcher m = MARKDOWN.matcher(markdown);
    while (m.find()) {
      snippets.put(m.group(1), m.group(2));
    }
    return snippets;
  }

  /** @return the number of fenced {@code java} blocks of a Markdown text */
  static int javaBlocks(String markdown) {
    return markdown.split("```java\\n", -1).length - 1;
  }

  /** @return the named snippets of a Java source, in order, without their common indentation */
  static Map<String, String> inJava(String source) {
    Map<String, String> snippets = new LinkedHashMap<>();
    String name = null;
    List<String> lines = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      Matcher start = JAVA_START.matcher(line);
      if (name == null && start.matches()) {
        name = start.group(1);
        lines.clear();
      } else if (name != null && JAVA_END.matcher(line).matches()) {
        snippets.put(name, outdent(lines));
        name = null;
      } else if (name != null) {
        lines.add(line);
      }
    }
    return snippets;
  }

  private static String outdent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
