package de.miglobe.examples.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.miglobe.core.rule.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem details document ({@value #MEDIA_TYPE}) of the example API: {@code type},
 * {@code title}, {@code status}, {@code detail}, and for refused operations a {@code violations}
 * member that lists every unmet rule with its code, severity, path, parameters and its message in
 * German and English.
 *
 * <p>Documents that cannot be read are answered with {@link
 * de.miglobe.json.MiGlobeJsonException#toProblemDetails()} instead, which lists the problems
 * found in the JSON (pointer, code, detail).
 *
 * <p>Nothing here repeats personal data: violations carry identifiers, counts and dates only.
 */
final class ProblemDetails {

  /** The media type of problem details. */
  static final String MEDIA_TYPE = "application/problem+json";

  private static final String TYPES = "https://miglobe.de/problems/";
  private static final JsonFactory FACTORY = new JsonFactory();

  private final int status;
  private final String type;
  private final String title;
  private final String detail;
  private final List<Violation> violations;

  private ProblemDetails(
      int status, String type, String title, String detail, List<Violation> violations) {
    this.status = status;
    this.type = TYPES + type;
    this.title = title;
    this.detail = Objects.requireNonNull(detail, "detail");
    this.violations = List.copyOf(violations);
  }

  /**
   * 422: an operation was refused by the rules.
   *
   * @param operation the operation's name, for example {@code "approve"}; not null
   * @param violations every violation of the refusal; not null
   * @return the problem
   */
  static ProblemDetails refused(String operation, List<Violation> violations) {
    return new ProblemDetails(
        422,
        "operation-refused",
        "Operation refused",
        "The operation " + operation + " was refused: " + violations.size()
            + (violations.size() == 1 ? " violation." : " violations."),
        violations);
  }

  /**
   * 404: no such resource.
   *
   * @param detail what was not found, without personal data; not null
   * @return the problem
   */
  static ProblemDetails notFound(String detail) {
    return new ProblemDetails(404, "not-found", "Not found", detail, List.of());
  }

  /**
   * 400: a query parameter is missing or malformed, or a value breaks an invariant.
   *
   * @param detail which parameter and why; not null
   * @return the problem
   */
  static ProblemDetails badRequest(String detail) {
    return new ProblemDetails(400, "invalid-request", "Invalid request", detail, List.of());
  }

  /**
   * 405: the resource exists but not for this method.
   *
   * @param method the method used; not null
   * @return the problem
   */
  static ProblemDetails methodNotAllowed(String method) {
    return new ProblemDetails(
        405, "method-not-allowed", "Method not allowed", method + " is not allowed here.", List.of());
  }

  /**
   * 415: the body is not JSON.
   *
   * @return the problem
   */
  static ProblemDetails unsupportedMediaType() {
    return new ProblemDetails(
        415,
        "unsupported-media-type",
        "Unsupported media type",
        "The body must be sent as application/json.",
        List.of());
  }

  /**
   * 413: the body is larger than the API reads.
   *
   * @param limit the largest body read, in bytes
   * @return the problem
   */
  static ProblemDetails payloadTooLarge(int limit) {
    return new ProblemDetails(
        413, "payload-too-large", "Payload too large", "The body exceeds " + limit + " bytes.", List.of());
  }

  /**
   * 500: something failed that should not; the details stay in the server's log.
   *
   * @return the problem
   */
  static ProblemDetails internalError() {
    return new ProblemDetails(
        500, "internal-error", "Internal error", "The request could not be processed.", List.of());
  }

  /** @return the HTTP status */
  int status() {
    return status;
  }

  /** @return the JSON text of the problem */
  String toJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("type", type);
      g.writeStringField("title", title);
      g.writeNumberField("status", status);
      g.writeStringField("detail", detail);
      if (!violations.isEmpty()) {
        g.writeFieldName("violations");
        writeViolations(g, violations);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes violations as a JSON array: {@code code}, {@code severity}, {@code path}, {@code
   * parameters} and {@code message} with {@code de} and {@code en}.
   *
   * @param g where to write; not null
   * @param violations the violations; not null
   * @throws IOException if writing fails
   */
  static void writeViolations(JsonGenerator g, List<Violation> violations) throws IOException {
    g.writeStartArray();
    for (Violation violation : violations) {
      g.writeStartObject();
      g.writeStringField("code", violation.code().name());
      g.writeStringField("severity", violation.severity().name().toLowerCase(Locale.ROOT));
      g.writeStringField("path", violation.path());
      g.writeObjectFieldStart("parameters");
      for (Map.Entry<String, String> parameter : violation.parameters().entrySet()) {
        g.writeStringField(parameter.getKey(), parameter.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("message");
      g.writeStringField("de", violation.message(Locale.GERMAN));
      g.writeStringField("en", violation.message(Locale.ENGLISH));
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
