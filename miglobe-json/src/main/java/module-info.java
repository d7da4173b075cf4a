/**
 * The MiGlobe JSON wire format on Jackson 2: {@link de.miglobe.json.MiGlobeJson} as a hardened
 * reader and writer, {@link de.miglobe.json.MiGlobeModule} for an {@code ObjectMapper} of your own
 * (also found by {@code ObjectMapper.findAndRegisterModules()} through this module's {@code
 * provides}), and {@link de.miglobe.json.MiGlobeJsonException} for every problem of a bad document.
 *
 * <p>The codecs are exported for adapters (another Jackson major version); the databind
 * serializers and deserializers are an implementation detail.
 */
module de.miglobe.json {
  requires transitive de.miglobe.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;

  exports de.miglobe.json;
  exports de.miglobe.json.codec;

  provides com.fasterxml.jackson.databind.Module with
      de.miglobe.json.MiGlobeModule;
}
