package de.miglobe.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.miglobe.core.Hours;
import de.miglobe.core.InvalidValueException;
import de.miglobe.core.Labelled;
import de.miglobe.json.ProblemCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/** Codecs for JSON scalars: text, numbers, booleans, codes, dates and hours. */
public final class ScalarCodecs {
  private ScalarCodecs() {}

  /** Any string; the model's builders check it further (not blank, no control characters). */
  public static final Codec<String> STRING =
      new Codec<>("a string") {
        @Override
        public Map<String, Object> schema(SchemaDefinitions defs) {
          return SchemaDefinitions.object("type", "string", "pattern", "\\S");
        }

        @Override
        public void write(String value, JsonGenerator g, WriteContext w) throws IOException {
          g.writeString(value);
        }

        @Override
        public String read(JsonParser p, ReadContext r) throws IOException {
          return p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : r.wrongType(p, this);
        }
      };

  /** A whole number in the range of a Java {@code int}. */
  public static final Codec<Integer> INT =
      new Codec<>("a whole number") {
        @Override
        public Map<String, Object> schema(SchemaDefinitions defs) {
          return SchemaDefinitions.object("type", "integer", "minimum", Integer.MIN_VALUE, "maximum", Integer.MAX_VALUE);
        }

        @Override
        public void write(Integer value, JsonGenerator g, WriteContext w) throws IOException {
          g.writeNumber(value.intValue());
        }

        @Override
        public Integer read(JsonParser p, ReadContext r) throws IOException {
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return r.wrongType(p, this);
          }
          if (p.getNumberType() != JsonParser.NumberType.INT) {
            return r.problem(p, ProblemCode.INVALID_VALUE, "must be between -2147483648 and 2147483647");
          }
          return p.getIntValue();
        }
      };

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN =
      new Codec<>("true or false") {
        @Override
        public Map<String, Object> schema(SchemaDefinitions defs) {
          return SchemaDefinitions.object("type", "boolean");
        }

        @Override
        public void write(Boolean value, JsonGenerator g, WriteContext w) throws IOException {
          g.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonParser p, ReadContext r) throws IOException {
          JsonToken token = p.currentToken();
          if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          return token == JsonToken.VALUE_FALSE ? Boolean.FALSE : r.wrongType(p, this);
        }
      };

  /**
   * A calendar day as {@code yyyy-MM-dd} (years 0000 to 9999). Parsed by hand without a
   * formatter: dates dominate the reading time of large documents.
   */
  public static final Codec<LocalDate> DATE =
      new Codec<>("a date of the form yyyy-MM-dd") {
        @Override
        public Map<String, Object> schema(SchemaDefinitions defs) {
          return defs.ref(
              "Date",
              () ->
                  SchemaDefinitions.object(
                      "description", "A calendar day, ISO-8601 yyyy-MM-dd.",
                      "type", "string",
                      "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                      "format", "date"));
        }

        @Override
        public void write(LocalDate value, JsonGenerator g, WriteContext w) throws IOException {
          int year = value.getYear();
          if (year < 0 || year > 9999) {
            g.writeString(value.toString());
            return;
          }
          char[] text = new char[10];
          digits(text, 0, year, 4);
          text[4] = '-';
          digits(text, 5, value.getMonthValue(), 2);
          text[7] = '-';
          digits(text, 8, value.getDayOfMonth(), 2);
          g.writeString(text, 0, 10);
        }

        @Override
        public LocalDate read(JsonParser p, ReadContext r) throws IOException {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return r.wrongType(p, this);
          }
          char[] c = p.getTextCharacters();
          int o = p.getTextOffset();
          if (p.getTextLength() == 10 && c[o + 4] == '-' && c[o + 7] == '-') {
            int year = number(c, o, 4);
            int month = number(c, o + 5, 2);
            int day = number(c, o + 8, 2);
            if (year >= 0 && month >= 0 && day >= 0) {
              try {
                return LocalDate.of(year, month, day);
              } catch (DateTimeException e) {
                return r.problem(p, ProblemCode.INVALID_VALUE, "must be a day of the calendar");
              }
            }
          }
          return r.problem(p, ProblemCode.INVALID_VALUE, "must be a date of the form yyyy-MM-dd");
        }
      };

  /** Hours as a JSON number with at most two decimals, for example {@code 1.5}. */
  public static final Codec<Hours> HOURS =
      new Codec<>("a number of hours") {
        @Override
        public Map<String, Object> schema(SchemaDefinitions defs) {
          return defs.ref(
              "Hours",
              () ->
                  SchemaDefinitions.object(
                      "description", "Working hours, a number with at most two decimals.",
                      "type", "number",
                      "minimum", 0,
                      "maximum", 100000));
        }

        @Override
        public void write(Hours value, JsonGenerator g, WriteContext w) throws IOException {
          long hundredths = value.hundredths();
          if (hundredths % 100 == 0) {
            g.writeNumber(hundredths / 100);
          } else {
            g.writeNumber(value.toString());
          }
        }

        @Override
        public Hours read(JsonParser p, ReadContext r) throws IOException {
          JsonToken token = p.currentToken();
          if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            return r.wrongType(p, this);
          }
          try {
            long hundredths = hundredths(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (hundredths >= 0) {
              return Hours.ofHundredths(hundredths);
            }
            BigDecimal decimal = p.getDecimalValue();
            if (decimal.precision() - decimal.scale() > 7) {
              // Also guards against exponents such as 1e999999999 that would be costly to scale.
              return r.problem(p, ProblemCode.INVALID_VALUE, "must not exceed 100000");
            }
            return Hours.of(decimal);
          } catch (InvalidValueException e) {
            return r.problem(p, ProblemCode.INVALID_VALUE, e.reason());
          }
        }
      };

  /**
   * A codec for a value written as a JSON string and built by a factory of the model.
   *
   * @param expected what the string must be, for messages
   * @param of the factory; throws {@link InvalidValueException} for bad text
   * @param text the wire form of a value
   * @param name the name of its schema definition
   * @param definition its schema definition
   * @param <T> the value type
   * @return the codec
   */
  public static <T> Codec<T> text(
      String expected,
      Function<String, T> of,
      Function<T, String> text,
      String name,
      Map<String, Object> definition) {
    int slot = ReadContext.newSlot();
    return new Codec<>(expected) {
      @Override
      public Map<String, Object> schema(SchemaDefinitions defs) {
        return defs.ref(name, () -> definition);
      }

      @Override
      public void write(T value, JsonGenerator g, WriteContext w) throws IOException {
        g.writeString(text.apply(value));
      }

      @Override
      public T read(JsonParser p, ReadContext r) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return r.wrongType(p, this);
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        int hash = TextCache.hash(chars, offset, length);
        TextCache cache = r.cache(slot);
        @SuppressWarnings("unchecked")
        T known = (T) cache.get(chars, offset, length, hash);
        if (known != null) {
          return known;
        }
        String wire = new String(chars, offset, length);
        try {
          T value = of.apply(wire);
          cache.put(chars, offset, length, hash, value);
          return value;
        } catch (InvalidValueException e) {
          return r.problem(p, ProblemCode.INVALID_VALUE, e.reason());
        }
      }
    };
  }

  /**
   * A codec for a closed list, written as its stable {@link Labelled#code()}.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E> & Labelled> Codec<E> code(Class<E> type) {
    return code(type, Labelled::code);
  }

  /**
   * A codec for a closed list, written as the given stable code.
   *
   * @param type the enum
   * @param code the stable code of a constant
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> code(Class<E> type, Function<? super E, String> code) {
    Map<String, E> byCode = new LinkedHashMap<>();
    StringJoiner known = new StringJoiner(", ");
    for (E constant : type.getEnumConstants()) {
      byCode.put(code.apply(constant), constant);
      known.add(code.apply(constant));
    }
    String unknown = "must be one of the codes " + known;
    char[][] codes = byCode.keySet().stream().map(String::toCharArray).toArray(char[][]::new);
    List<E> constants = new ArrayList<>(byCode.values());
    return new Codec<>("a code of " + type.getSimpleName()) {
      @Override
      public Map<String, Object> schema(SchemaDefinitions defs) {
        return defs.ref(
            type.getSimpleName(),
            () -> SchemaDefinitions.object("type", "string", "enum", new ArrayList<>(byCode.keySet())));
      }

      @Override
      public void write(E value, JsonGenerator g, WriteContext w) throws IOException {
        g.writeString(code.apply(value));
      }

      @Override
      public E read(JsonParser p, ReadContext r) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return r.wrongType(p, this);
        }
        // Compare the token's characters with the few codes instead of creating a string.
        char[] text = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        for (int i = 0; i < codes.length; i++) {
          if (codes[i].length == length && Arrays.equals(codes[i], 0, length, text, offset, offset + length)) {
            return constants.get(i);
          }
        }
        return r.problem(p, ProblemCode.UNKNOWN_CODE, unknown);
      }
    };
  }

  /** Any string, also an empty one (for paths and parameters of rule violations). */
  public static final Codec<String> ANY_STRING =
      new Codec<>("a string") {
        @Override
        public Map<String, Object> schema(SchemaDefinitions defs) {
          return SchemaDefinitions.object("type", "string");
        }

        @Override
        public void write(String value, JsonGenerator g, WriteContext w) throws IOException {
          g.writeString(value);
        }

        @Override
        public String read(JsonParser p, ReadContext r) throws IOException {
          return p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : r.wrongType(p, this);
        }
      };

  /** An object whose property values are strings, in order (parameters of rule violations). */
  public static final Codec<Map<String, String>> STRING_MAP =
      new Codec<>("an object of strings") {
        @Override
        public Map<String, Object> schema(SchemaDefinitions defs) {
          return SchemaDefinitions.object("type", "object", "additionalProperties", SchemaDefinitions.object("type", "string"));
        }

        @Override
        public void write(Map<String, String> value, JsonGenerator g, WriteContext w) throws IOException {
          g.writeStartObject();
          for (Map.Entry<String, String> entry : value.entrySet()) {
            g.writeStringField(entry.getKey(), entry.getValue());
          }
          g.writeEndObject();
        }

        @Override
        public Map<String, String> read(JsonParser p, ReadContext r) throws IOException {
          if (p.currentToken() != JsonToken.START_OBJECT) {
            return r.wrongType(p, this);
          }
          Map<String, String> map = new LinkedHashMap<>();
          boolean ok = true;
          for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            String value = ANY_STRING.read(p, r);
            if (value == null) {
              ok = false;
            } else if (map.putIfAbsent(name, value) != null) {
              ok = r.problem(p, ProblemCode.DUPLICATE_PROPERTY, "must appear only once") != null;
            }
          }
          return ok ? map : null;
        }
      };

  private static void digits(char[] into, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      into[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The number in {@code width} ASCII digits, or -1 if a character is not a digit. */
  private static int number(char[] c, int at, int width) {
    int value = 0;
    for (int i = at; i < at + width; i++) {
      int digit = c[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * Hundredths of a plain decimal such as {@code 12} or {@code 1.5}, or -1 if the text has another
   * form (a sign, an exponent, more than two decimals, too many digits): the slow path then decides.
   */
  static long hundredths(char[] c, int at, int length) {
    long whole = 0;
    int i = at;
    int end = at + length;
    int digits = 0;
    while (i < end && c[i] >= '0' && c[i] <= '9') {
      whole = whole * 10 + (c[i++] - '0');
      if (++digits > 9) {
        return -1;
      }
    }
    if (digits == 0) {
      return -1;
    }
    long fraction = 0;
    if (i < end && c[i] == '.') {
      i++;
      int decimals = 0;
      while (i < end && c[i] >= '0' && c[i] <= '9') {
        fraction = fraction * 10 + (c[i++] - '0');
        decimals++;
      }
      if (decimals == 0 || decimals > 2) {
        return -1;
      }
      if (decimals == 1) {
        fraction *= 10;
      }
    }
    return i == end ? whole * 100 + fraction : -1;
  }
}
