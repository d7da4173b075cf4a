package de.miglobe.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import de.miglobe.json.MiGlobeJsonException;
import de.miglobe.json.codec.Codec;
import de.miglobe.json.codec.ReadContext;
import java.io.IOException;
import java.util.Objects;

/**
 * Adapts a {@link Codec} to jackson-databind's deserializer contract. Every problem of the value is
 * collected and thrown as one {@link MiGlobeJsonException}; unknown properties are skipped when
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is disabled (it is enabled by default).
 *
 * <p>At the root of a read the exception reaches the caller as it is; nested in a bean of the
 * caller's own, jackson-databind wraps it in a {@code JsonMappingException} whose cause it is.
 *
 * @param <T> the type read
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  /**
   * @param type the type read; not null
   * @param codec its codec; not null
   */
  public CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(Objects.requireNonNull(type, "type"));
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    ReadContext r =
        new ReadContext(!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    T value;
    try {
      value = codec.read(p, r);
    } catch (JsonProcessingException e) {
      throw r.fatal(p, e);
    }
    if (r.hasProblems()) {
      throw new MiGlobeJsonException(r.problems(), null);
    }
    return value;
  }
}
