package de.miglobe.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import de.miglobe.json.codec.Codec;
import de.miglobe.json.codec.ModelCodecs;
import de.miglobe.json.deser.CodecDeserializer;
import de.miglobe.json.ser.CodecSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The Jackson module that maps every public type of {@code miglobe-core} to the MiGlobe wire format
 * (see {@code docs/json-format.md}). Register it on a mapper of your own:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new MiGlobeModule()).build();
 * Programme programme = mapper.readValue(json, Programme.class);
 * }</pre>
 *
 * <p>{@code ObjectMapper.findAndRegisterModules()} finds it through {@code META-INF/services}.
 * Reading fails with {@link MiGlobeJsonException}, carrying every problem of the value. For the
 * hardened defaults (limits, trailing content, the canonical pretty form) use {@link MiGlobeJson}.
 */
public final class MiGlobeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The version of this module, from the build. */
  public static final Version VERSION = buildVersion();

  /** Creates the module with a (de)serializer for every public type of the model. */
  public MiGlobeModule() {
    super("MiGlobeModule", VERSION);
    for (Map.Entry<Class<?>, Codec<?>> codec : ModelCodecs.BY_TYPE.entrySet()) {
      register(codec.getKey(), codec.getValue());
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Class<T> type, Codec<?> codec) {
    addSerializer(type, new CodecSerializer<>(type, (Codec<T>) codec));
    addDeserializer(type, new CodecDeserializer<>(type, (Codec<T>) codec));
  }

  private static Version buildVersion() {
    Properties properties = new Properties();
    try (InputStream in = MiGlobeModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version", "0.0.0"), "de.miglobe", "miglobe-json");
  }
}
