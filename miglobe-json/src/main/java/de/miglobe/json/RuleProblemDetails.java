package de.miglobe.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders an {@link Evaluation} of the rules layer as RFC 9457 problem details ({@value
 * MiGlobeJsonException#PROBLEM_MEDIA_TYPE}), for HTTP APIs that refuse an operation ("this
 * consultation cannot be completed"): every violation with its code, severity, path, parameters
 * and a message in the caller's language.
 */
public final class RuleProblemDetails {
  /** The problem type URI. */
  public static final String TYPE = "https://miglobe.de/problems/rules-not-met";

  private static final JsonFactory FACTORY = new JsonFactory();

  private RuleProblemDetails() {}

  /**
   * The problem details of an evaluation: {@code type}, {@code title}, {@code status} 422, {@code
   * detail}, and an {@code errors} extension with one member per violation ({@code code}, {@code
   * severity}, {@code path}, {@code parameters}, {@code detail} in the given language).
   *
   * @param evaluation the evaluation, usually one with errors; not null
   * @param locale the language of the messages: English, or German for every other; not null
   * @return the JSON text
   */
  public static String of(Evaluation evaluation, Locale locale) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(locale, "locale");
    boolean english = locale.getLanguage().equals("en");
    int errors = evaluation.errors().size();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", TYPE);
      g.writeStringField("title", english ? "Rules not met" : "Regeln nicht erfüllt");
      g.writeNumberField("status", 422);
      g.writeStringField(
          "detail",
          english
              ? errors + (errors == 1 ? " rule is" : " rules are") + " not met."
              : errors + (errors == 1 ? " Regel ist" : " Regeln sind") + " nicht erfüllt.");
      g.writeArrayFieldStart("errors");
      for (Violation violation : evaluation.violations()) {
        g.writeStartObject();
        g.writeStringField("code", violation.code().code());
        g.writeStringField("severity", violation.severity().name().toLowerCase(Locale.ROOT));
        g.writeStringField("path", violation.path());
        g.writeObjectFieldStart("parameters");
        for (Map.Entry<String, String> parameter : violation.parameters().entrySet()) {
          g.writeStringField(parameter.getKey(), parameter.getValue());
        }
        g.writeEndObject();
        g.writeStringField("detail", violation.message(locale));
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
