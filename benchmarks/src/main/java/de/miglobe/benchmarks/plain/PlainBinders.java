package de.miglobe.benchmarks.plain;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.runtime.Settings;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The binders of the baselines, configured the way a user would configure them for the MiGlobe
 * wire format and no further: no custom deserializers, no tuning.
 */
public final class PlainBinders {

  private PlainBinders() {}

  /**
   * Stock jackson-databind with jackson-datatype-jsr310: ISO dates instead of the module's default
   * timestamp arrays, and absent values left out (the wire format omits them). Unknown properties
   * fail, as by default.
   *
   * @return a new mapper; thread-safe once built
   */
  public static ObjectMapper jackson() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }

  /**
   * A plain jackson-core factory, for the tokenizing-only floor.
   *
   * @return a new factory; thread-safe
   */
  public static JsonFactory tokenizer() {
    return new JsonFactory();
  }

  /**
   * DSL-JSON with its runtime converters (java.time, BigDecimal, lists) and the converters its
   * annotation processor generated for {@link PlainProgramme}; absent values are left out when
   * writing.
   *
   * @return a new instance; thread-safe for reading and writing with fresh readers and writers
   */
  public static DslJson<Object> dslJson() {
    return new DslJson<>(Settings.withRuntime().includeServiceLoader().skipDefaultValues(true));
  }
}
