package de.miglobe.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.miglobe.json.codec.Codec;
import de.miglobe.json.codec.ModelCodecs;
import de.miglobe.json.codec.ReadContext;
import de.miglobe.json.codec.WriteContext;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The entry point for people without an {@code ObjectMapper} of their own: reads and writes every
 * public type of {@code miglobe-core} in the MiGlobe wire format with hardened defaults.
 *
 * <pre>{@code
 * MiGlobeJson json = MiGlobeJson.standard();
 * String text = json.write(programme);
 * Programme again = json.read(text, Programme.class);   // equal to programme
 * String export = MiGlobeJson.builder().enable(MiGlobeJsonOption.REDACT_PERSONAL_DATA).build().write(programme);
 * }</pre>
 *
 * <p>Reading is strict: any problem (syntax, limits, trailing content, wrong types, missing or
 * unknown properties, duplicate keys, unknown codes, invariants of the model) ends in one {@link
 * MiGlobeJsonException} listing every problem found. Limits default to {@link
 * #DEFAULT_MAX_NESTING_DEPTH}, {@link #DEFAULT_MAX_STRING_LENGTH}, {@link
 * #DEFAULT_MAX_NUMBER_LENGTH}, {@link #DEFAULT_MAX_NAME_LENGTH} and {@link
 * #DEFAULT_MAX_DOCUMENT_LENGTH}. No type ids or class names are ever taken from input.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MiGlobeJson {
  /** Default deepest nesting of objects and arrays: 64 (MiGlobe documents need at most 8). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** Default longest string value: 100,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** Default longest number: 32 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 32;
  /** Default longest property name: 256 characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;
  /** Default largest document: 512 MiB (a programme of 100,000 consultations is about 150 MB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();
  private static final MiGlobeJson STANDARD = builder().build();

  private final Set<MiGlobeJsonOption> options;
  private final JsonFactory factory;
  private final ObjectMapper mapper;

  private MiGlobeJson(Builder builder) {
    this.options = EnumSet.copyOf(builder.options);
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(builder.maxNestingDepth)
            .maxStringLength(builder.maxStringLength)
            .maxNumberLength(builder.maxNumberLength)
            .maxNameLength(builder.maxNameLength)
            .maxDocumentLength(builder.maxDocumentLength)
            .build();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(limits)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    JsonMapper.Builder mapperBuilder =
        JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
            .addModule(new MiGlobeModule())
            .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .configure(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                !options.contains(MiGlobeJsonOption.ALLOW_UNKNOWN_PROPERTIES))
            .defaultPrettyPrinter(PRETTY)
            .configure(SerializationFeature.INDENT_OUTPUT, options.contains(MiGlobeJsonOption.PRETTY_PRINT));
    this.mapper = mapperBuilder.build();
    if (options.contains(MiGlobeJsonOption.REDACT_PERSONAL_DATA)) {
      this.mapper.setConfig(
          this.mapper
              .getSerializationConfig()
              .withAttribute(MiGlobeJsonOption.REDACT_PERSONAL_DATA, Boolean.TRUE));
    }
  }

  /** @return the instance with every default (strict, full, pretty) */
  public static MiGlobeJson standard() {
    return STANDARD;
  }

  /** @return a builder that starts from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether an option is on.
   *
   * @param option the option; not null
   * @return true if on
   */
  public boolean isEnabled(MiGlobeJsonOption option) {
    return options.contains(Objects.requireNonNull(option, "option"));
  }

  /**
   * Reads a document.
   *
   * @param json the JSON text; not null
   * @param type a public type of {@code miglobe-core}, for example {@code Programme.class}
   * @param <T> the type
   * @return the value; never null, valid by construction
   * @throws MiGlobeJsonException listing every problem if the text is not a valid document
   * @throws IllegalArgumentException if the type is not a type of the model
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(() -> factory.createParser(json), codecFor(type));
  }

  /**
   * Reads a document from UTF-8 bytes (the fastest way in).
   *
   * @param json the JSON text in UTF-8; not null
   * @param type a public type of {@code miglobe-core}
   * @param <T> the type
   * @return the value; never null
   * @throws MiGlobeJsonException listing every problem if the text is not a valid document
   * @throws IllegalArgumentException if the type is not a type of the model
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(() -> factory.createParser(json), codecFor(type));
  }

  /**
   * Reads a document from a stream, which is read to its end but not closed.
   *
   * @param json the JSON text (UTF-8, UTF-16 or UTF-32, detected); not null
   * @param type a public type of {@code miglobe-core}
   * @param <T> the type
   * @return the value; never null
   * @throws MiGlobeJsonException listing every problem if the text is not a valid document
   * @throws UncheckedIOException if the stream fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(() -> factory.createParser(json), codecFor(type));
  }

  /** Opens a parser; creating one may already fail on a limit (the document length of a text). */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private <T> T read(ParserSource source, Codec<T> codec) {
    ReadContext r = new ReadContext(options.contains(MiGlobeJsonOption.ALLOW_UNKNOWN_PROPERTIES));
    JsonParser p = null;
    try {
      p = source.open();
      if (p.nextToken() == null) {
        throw new MiGlobeJsonException(
            List.of(JsonProblem.of("", ProblemCode.SYNTAX_ERROR, "is empty; a document is expected")),
            null);
      }
      T value = codec.read(p, r);
      r.finish(p);
      return value;
    } catch (JsonProcessingException e) {
      throw r.fatal(p, e);
    } catch (CharConversionException e) {
      // Bytes that are no text in the detected encoding; found by fuzzing (docs/quality.md).
      throw new MiGlobeJsonException(
          List.of(
              JsonProblem.of("", ProblemCode.SYNTAX_ERROR, "is not text in UTF-8, UTF-16 or UTF-32")),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      close(p);
    }
  }

  private static void close(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException e) {
        // Nothing was written; a failure to release the input does not change the result.
      }
    }
  }

  /**
   * Writes a value in the wire format, redacted if {@link MiGlobeJsonOption#REDACT_PERSONAL_DATA}
   * is on.
   *
   * @param value a value of a public type of {@code miglobe-core}; not null
   * @return the JSON text
   * @throws IllegalArgumentException if the value is not of a type of the model
   */
  public String write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    write(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a value in the wire format as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param value a value of a public type of {@code miglobe-core}; not null
   * @param out where to write; not null
   * @throws IllegalArgumentException if the value is not of a type of the model
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    @SuppressWarnings("unchecked")
    Codec<Object> codec = (Codec<Object>) codecFor(value.getClass());
    boolean pretty = options.contains(MiGlobeJsonOption.PRETTY_PRINT);
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.setPrettyPrinter(PRETTY);
      }
      codec.write(
          value,
          g,
          options.contains(MiGlobeJsonOption.REDACT_PERSONAL_DATA)
              ? WriteContext.REDACTED
              : WriteContext.FULL);
      if (pretty) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new mapper configured like this instance (the module, the limits, strictness, redaction and
   * pretty printing as set), for code that wants jackson-databind's API. Jackson's own failures
   * (trailing tokens, for example) surface there as Jackson exceptions; {@link #read(String,
   * Class)} reports them as {@link MiGlobeJsonException}.
   *
   * @return a new mapper; changing it does not change this instance
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  @SuppressWarnings("unchecked")
  private static <T> Codec<T> codecFor(Class<T> type) {
    Objects.requireNonNull(type, "type");
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Codec<?> codec = ModelCodecs.BY_TYPE.get(c);
      if (codec != null) {
        return (Codec<T>) codec;
      }
    }
    throw new IllegalArgumentException(type.getName() + " is not a type of the MiGlobe model");
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** Builds a {@link MiGlobeJson}; every setting starts at its documented default. */
  public static final class Builder {
    private final Set<MiGlobeJsonOption> options = EnumSet.noneOf(MiGlobeJsonOption.class);
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;

    private Builder() {
      for (MiGlobeJsonOption option : MiGlobeJsonOption.values()) {
        if (option.isEnabledByDefault()) {
          options.add(option);
        }
      }
    }

    /**
     * Switches an option on.
     *
     * @param option the option; not null
     * @return this builder
     */
    public Builder enable(MiGlobeJsonOption option) {
      options.add(Objects.requireNonNull(option, "option"));
      return this;
    }

    /**
     * Switches an option off.
     *
     * @param option the option; not null
     * @return this builder
     */
    public Builder disable(MiGlobeJsonOption option) {
      options.remove(Objects.requireNonNull(option, "option"));
      return this;
    }

    /**
     * @param depth the deepest nesting of objects and arrays, at least 1
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth, "depth");
      return this;
    }

    /**
     * @param length the longest string value in characters, at least 1
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive(length, "length");
      return this;
    }

    /**
     * @param length the longest number in characters, at least 1
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive(length, "length");
      return this;
    }

    /**
     * @param length the longest property name in characters, at least 1
     * @return this builder
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = positive(length, "length");
      return this;
    }

    /**
     * @param length the largest document in bytes (characters for text input), at least 1
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      if (length < 1) {
        throw new IllegalArgumentException("length must be at least 1, was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /** @return the configured instance */
    public MiGlobeJson build() {
      return new MiGlobeJson(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}
