package de.miglobe.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.miglobe.core.MiGlobeException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a JSON document cannot be read into a MiGlobe value. It carries every problem found
 * (each with a JSON Pointer, a {@link ProblemCode} and a message), not only the first, so that a UI
 * can show them all at once; a syntax error or an exceeded limit stops the reading, so the problems
 * found before it and that one are reported.
 *
 * <p>For HTTP APIs, {@link #toProblemDetails()} renders the exception as RFC 9457 problem details
 * ({@value #PROBLEM_MEDIA_TYPE}). Reading never returns a half-built value: either the whole
 * document is valid, or this exception is thrown.
 */
public final class MiGlobeJsonException extends MiGlobeException {
  private static final long serialVersionUID = 1L;

  /** The media type of {@link #toProblemDetails()}. */
  public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

  /** The problem type URI of problem details rendered by this exception. */
  public static final String PROBLEM_TYPE = "https://miglobe.de/problems/invalid-json-document";

  private static final int MESSAGE_PROBLEMS = 5;
  private static final JsonFactory FACTORY = new JsonFactory();

  private final transient List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, in document order; not null, not empty
   * @param cause the low-level exception that stopped reading, if any; may be null
   */
  public MiGlobeJsonException(List<JsonProblem> problems, Throwable cause) {
    super(messageOf(problems), cause);
    this.problems = List.copyOf(problems);
  }

  private static String messageOf(List<JsonProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder message =
        new StringBuilder("JSON document has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem: " : " problems: ");
    for (int i = 0; i < Math.min(MESSAGE_PROBLEMS, problems.size()); i++) {
      message.append(i == 0 ? "" : "; ").append(problems.get(i));
    }
    if (problems.size() > MESSAGE_PROBLEMS) {
      message.append("; ...");
    }
    return message.toString();
  }

  /**
   * Every problem found, in document order.
   *
   * @return the problems; never empty, unmodifiable
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * The HTTP status that fits: 400 when the text is not readable JSON (syntax, limits, trailing
   * content), 422 when it is JSON that breaks the format or the model's invariants.
   *
   * @return 400 or 422
   */
  public int httpStatus() {
    return problems.stream().anyMatch(p -> p.code().isFatal()) ? 400 : 422;
  }

  /**
   * Renders this exception as RFC 9457 problem details: {@code type}, {@code title}, {@code
   * status}, {@code detail} and an {@code errors} extension with one member per problem ({@code
   * pointer}, {@code code}, {@code detail}).
   *
   * @return the JSON text, media type {@value #PROBLEM_MEDIA_TYPE}
   */
  public String toProblemDetails() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", PROBLEM_TYPE);
      g.writeStringField("title", "Invalid MiGlobe JSON document");
      g.writeNumberField("status", httpStatus());
      g.writeStringField(
          "detail",
          "The document has " + problems.size() + (problems.size() == 1 ? " problem." : " problems."));
      g.writeArrayFieldStart("errors");
      for (JsonProblem problem : problems) {
        g.writeStartObject();
        g.writeStringField("pointer", problem.pointer());
        g.writeStringField("code", problem.code().code());
        g.writeStringField("detail", problem.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
