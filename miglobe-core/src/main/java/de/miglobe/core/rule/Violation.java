package de.miglobe.core.rule;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule that does not hold: its {@link RuleCode}, {@link Severity}, the path of the offending
 * value (see the package documentation for the syntax, for example {@code consultations[3].team[1]})
 * and its parameters (limits, counts, identifiers, dates) as an ordered map of strings, ready for
 * JSON.
 *
 * <p>{@link #message(Locale)} renders the message from the bundle {@code
 * de.miglobe.core.rule.Messages} (German, the default) or {@code Messages_en} (English) with {@link
 * MessageFormat}; a message refers to parameters by name, for example {@code {max}}, or by name and
 * type, for example {@code {status:ConsultationStatus}}, to show the label of a code ("Laufend",
 * "In progress") instead of the code ({@code in_progress}).
 *
 * <p>Parameters carry identifiers, numbers, dates and codes only, never names or contact details;
 * {@code toString()} shows severity, code and path and nothing else.
 */
public final class Violation {

  /** The base name of the message bundles. */
  public static final String BUNDLE = "de.miglobe.core.rule.Messages";

  /** The model's labels, for typed placeholders such as {@code {status:ConsultationStatus}}. */
  private static final String LABELS = "de.miglobe.core.Labels";

  private static final Pattern TYPED = Pattern.compile("\\{(\\w+):(\\w+)}");

  private final RuleCode code;
  private final Severity severity;
  private final String path;
  private final Map<String, String> parameters;

  private Violation(RuleCode code, Severity severity, String path, Map<String, String> parameters) {
    this.code = code;
    this.severity = severity;
    this.path = path;
    this.parameters = parameters;
  }

  /**
   * A violation with the code's default severity.
   *
   * @param code the rule; not null
   * @param path the path of the offending value; not null, {@code ""} for the evaluated value
   * @param parameterPairs names and values alternately ({@code "max", "2", "size", "3"}); an even
   *     number of non-null strings
   * @return the violation
   * @throws IllegalArgumentException if the pairs are odd in number or contain null
   */
  public static Violation of(RuleCode code, String path, String... parameterPairs) {
    Objects.requireNonNull(parameterPairs, "parameterPairs");
    if (parameterPairs.length % 2 != 0) {
      throw new IllegalArgumentException(
          "parameterPairs must be name/value pairs, had " + parameterPairs.length + " elements");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < parameterPairs.length; i += 2) {
      if (parameterPairs[i] == null || parameterPairs[i + 1] == null) {
        throw new IllegalArgumentException("parameterPairs must not contain null, at " + i);
      }
      parameters.put(parameterPairs[i], parameterPairs[i + 1]);
    }
    return of(code, code.severity(), path, parameters);
  }

  /**
   * A violation with every part given.
   *
   * @param code the rule; not null
   * @param severity the severity; not null (usually {@link RuleCode#severity()})
   * @param path the path of the offending value; not null
   * @param parameters the parameters in display order; not null, no null keys or values; copied
   * @return the violation
   */
  public static Violation of(
      RuleCode code, Severity severity, String path, Map<String, String> parameters) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(parameters, "parameters");
    Map<String, String> copy = new LinkedHashMap<>();
    parameters.forEach(
        (k, v) -> copy.put(Objects.requireNonNull(k, "parameter name"), Objects.requireNonNull(v, k)));
    return new Violation(code, severity, path, Collections.unmodifiableMap(copy));
  }

  /** @return the rule that does not hold; never null */
  public RuleCode code() {
    return code;
  }

  /** @return the severity; never null */
  public Severity severity() {
    return severity;
  }

  /** @return true if the severity is {@link Severity#ERROR} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** @return the path of the offending value; never null, {@code ""} for the evaluated value */
  public String path() {
    return path;
  }

  /** @return the parameters in display order, unmodifiable; never null */
  public Map<String, String> parameters() {
    return parameters;
  }

  /**
   * The same violation with a path inside an enclosing value: {@code team[1]} with prefix {@code
   * consultations[3]} becomes {@code consultations[3].team[1]}.
   *
   * @param prefix the path of the enclosing value; not null; {@code ""} leaves the path unchanged
   * @return the violation with the longer path
   */
  public Violation under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Violation(code, severity, joined, parameters);
  }

  /**
   * The message in a language: English for {@link Locale#ENGLISH} (and its variants), German for
   * every other locale.
   *
   * @param locale the language; not null
   * @return the rendered message, for example {@code "Das Team hat 3 Berater*innen; erlaubt sind
   *     höchstens 2."}
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return render(code.code(), locale, parameters);
  }

  /**
   * Renders a message of the rule bundles with named parameters. Used for violations and for the
   * held requirements of a certification explanation.
   *
   * @param key the key in the bundle; not null
   * @param locale the language; not null
   * @param parameters the parameters by name; not null
   * @return the rendered message
   * @throws MissingResourceException if the bundle lacks the key
   */
  public static String render(String key, Locale locale, Map<String, String> parameters) {
    // English, or the German base bundle: asking for Locale.ROOT never falls back to the JVM's
    // default locale, and unlike a ResourceBundle.Control it also works in a named module.
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT);
    String template = labelled(bundle.getString(key).replace("'", "''"), bundle, locale, parameters);
    Object[] arguments = new Object[parameters.size()];
    int index = 0;
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      template = template.replace("{" + parameter.getKey() + "}", "{" + index + "}");
      arguments[index++] = parameter.getValue();
    }
    return new MessageFormat(template, locale).format(arguments);
  }

  /**
   * Replaces typed placeholders {@code {name:Type}} by the label of the parameter's value: the key
   * {@code Type.value} of the rule bundle (operations, kinds of element), else of the model's
   * labels {@code de.miglobe.core.Labels} (statuses, federal states), else the value itself.
   */
  private static String labelled(
      String template, ResourceBundle messages, Locale locale, Map<String, String> parameters) {
    Matcher typed = TYPED.matcher(template);
    if (!typed.find()) {
      return template;
    }
    ResourceBundle labels = ResourceBundle.getBundle(LABELS, bundleLocale(locale));
    StringBuilder out = new StringBuilder();
    do {
      String value = parameters.get(typed.group(1));
      String text;
      if (value == null) {
        text = typed.group();
      } else {
        String labelKey = typed.group(2) + "." + value;
        text =
            messages.containsKey(labelKey)
                ? messages.getString(labelKey)
                : labels.containsKey(labelKey) ? labels.getString(labelKey) : value;
        text = text.replace("'", "''");
      }
      typed.appendReplacement(out, Matcher.quoteReplacement(text));
    } while (typed.find());
    typed.appendTail(out);
    return out.toString();
  }

  private static Locale bundleLocale(Locale locale) {
    return locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation other = (Violation) o;
    return code == other.code
        && severity == other.severity
        && path.equals(other.path)
        && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, path, parameters);
  }

  /** @return {@code "ERROR CONSULTATION_TEAM_TOO_LARGE at team"}: no parameters, no personal data */
  @Override
  public String toString() {
    return severity + " " + code.code() + " at " + (path.isEmpty() ? "(value)" : path);
  }
}
