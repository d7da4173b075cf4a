package de.miglobe.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import de.miglobe.json.MiGlobeJsonOption;
import de.miglobe.json.codec.Codec;
import de.miglobe.json.codec.WriteContext;
import java.io.IOException;
import java.util.Objects;

/**
 * Adapts a {@link Codec} to jackson-databind's serializer contract. Personal data is redacted when
 * the writer carries the attribute {@link MiGlobeJsonOption#REDACT_PERSONAL_DATA} with value
 * {@code true}: {@code mapper.writer().withAttribute(MiGlobeJsonOption.REDACT_PERSONAL_DATA, true)}.
 *
 * @param <T> the type written
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  /**
   * @param type the type written; not null
   * @param codec its codec; not null
   */
  public CodecSerializer(Class<T> type, Codec<T> codec) {
    super(Objects.requireNonNull(type, "type"));
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    boolean redacted =
        Boolean.TRUE.equals(provider.getAttribute(MiGlobeJsonOption.REDACT_PERSONAL_DATA));
    codec.write(value, g, redacted ? WriteContext.REDACTED : WriteContext.FULL);
  }
}
