package de.miglobe.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A member of a closed set of values (an enum) with a stable code and labels in German and English.
 *
 * <p>The {@linkplain #code() code} is part of the data contract: it is what JSON carries and what
 * UIs store, and it does not change when a Java name changes. Labels come from the resource bundle
 * {@code de.miglobe.core.Labels} (German is the default; {@code Labels_en} holds English), so a UI
 * can render every closed list of the model without its own translation table.
 */
public interface Labelled {

  /** The bundle that holds every label; German is its base, English its {@code _en} variant. */
  String BUNDLE = "de.miglobe.core.Labels";

  /**
   * The stable code of this value, in lower snake case (for example {@code "fair_trade"}).
   *
   * @return the code; never null
   */
  String code();

  /**
   * The label in the given language; German for every language other than English.
   *
   * @param locale the language; not null
   * @return the label, for example {@code "Fairer Handel und faire öffentliche Beschaffung"}
   */
  default String label(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    // English, or the German base bundle: asking for Locale.ROOT never falls back to the JVM's
    // default locale, and unlike a ResourceBundle.Control it also works in a named module.
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT);
    return bundle.getString(labelKey());
  }

  /**
   * The key of this value's label in the bundle: {@code SimpleTypeName.code}.
   *
   * @return the key; never null
   */
  default String labelKey() {
    Class<?> type = this instanceof Enum<?> ? ((Enum<?>) this).getDeclaringClass() : getClass();
    return type.getSimpleName() + "." + code();
  }

  /**
   * Finds the constant of an enum by its stable code.
   *
   * @param type the enum type; not null
   * @param code the code; not null
   * @param <E> the enum type
   * @return the constant whose {@link #code()} equals {@code code}
   * @throws InvalidValueException if no constant has that code; the message lists the known codes
   */
  static <E extends Enum<E> & Labelled> E fromCode(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    if (code == null) {
      throw InvalidValueException.of(type.getSimpleName(), "code must not be null");
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    throw InvalidValueException.of(
        type.getSimpleName(),
        "has no code '"
            + code
            + "'; known codes: "
            + Arrays.stream(type.getEnumConstants())
                .map(Labelled::code)
                .collect(Collectors.joining(", ")));
  }
}
