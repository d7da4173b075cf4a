package de.miglobe.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.miglobe.core.InvalidValueException;
import de.miglobe.json.FormatVersion;
import de.miglobe.json.ProblemCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A codec for a JSON object read into the model's builder, so that every invariant of the model
 * runs on every way in. Properties are written in the order given; reading collects every problem
 * of the object (unknown, duplicate, missing, wrong, invalid properties) before it gives up.
 *
 * @param <T> the type read and written
 * @param <B> its builder (or any mutable holder the build function turns into a value)
 */
public final class ObjectCodec<T, B> extends Codec<T> {
  private static final String REDACTED = "redacted";

  private final String type;
  private final boolean document;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final Property<T, B>[] properties;
  private final Map<String, Integer> index = new HashMap<>();
  private final long requiredMask;
  private final Predicate<T> profilePublic;

  @SuppressWarnings("unchecked")
  private ObjectCodec(
      String type,
      boolean document,
      Supplier<B> builder,
      Function<B, T> build,
      List<Property<T, B>> properties,
      Predicate<T> profilePublic) {
    super("an object (" + type + ")");
    if (properties.size() > 63) {
      throw new IllegalArgumentException("at most 63 properties");
    }
    this.type = type;
    this.document = document;
    this.builder = builder;
    this.build = build;
    this.properties = properties.toArray(new Property[0]);
    this.profilePublic = profilePublic;
    long mask = 0;
    for (int i = 0; i < this.properties.length; i++) {
      index.put(this.properties[i].name, i);
      if (this.properties[i].required) {
        mask |= 1L << i;
      }
    }
    this.requiredMask = mask;
  }

  /**
   * Starts the description of a value nested in documents.
   *
   * @param type the model type's simple name, as the model's invariant messages use it
   * @param builder a new builder
   * @param build builds the value (and runs its invariants)
   * @param <T> the value type
   * @param <B> the builder type
   * @return the description, to which properties are added in wire order
   */
  public static <T, B> Shape<T, B> value(String type, Supplier<B> builder, Function<B, T> build) {
    return new Shape<>(type, false, builder, build);
  }

  /**
   * Starts the description of a top-level document, which carries {@code formatVersion} when it
   * is the root of the JSON text.
   *
   * @param type the model type's simple name
   * @param builder a new builder
   * @param build builds the value
   * @param <T> the value type
   * @param <B> the builder type
   * @return the description
   */
  public static <T, B> Shape<T, B> document(String type, Supplier<B> builder, Function<B, T> build) {
    return new Shape<>(type, true, builder, build);
  }

  /**
   * The description of an object's properties, in wire order.
   *
   * @param <T> the value type
   * @param <B> the builder type
   */
  public static final class Shape<T, B> {
    private final String type;
    private final boolean document;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();
    private Predicate<T> profilePublic = v -> true;

    private Shape(String type, boolean document, Supplier<B> builder, Function<B, T> build) {
      this.type = type;
      this.document = document;
      this.builder = builder;
      this.build = build;
    }

    /**
     * Adds a property that must be present; see {@link Property#required}.
     *
     * @param name the JSON name
     * @param codec the value's codec
     * @param get the accessor
     * @param set the builder's setter
     * @param <V> the value type
     * @return this description
     */
    public <V> Shape<T, B> required(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      properties.add(Property.required(name, codec, get, set));
      return this;
    }

    /**
     * Adds a property with a default in the model; see {@link Property#defaulted}.
     *
     * @param name the JSON name
     * @param codec the value's codec
     * @param get the accessor
     * @param set the builder's setter
     * @param <V> the value type
     * @return this description
     */
    public <V> Shape<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      properties.add(Property.defaulted(name, codec, get, set));
      return this;
    }

    /**
     * Adds an optional property; see {@link Property#optional}.
     *
     * @param name the JSON name
     * @param codec the value's codec
     * @param get the accessor
     * @param set the builder's setter for a present value
     * @param <V> the value type
     * @return this description
     */
    public <V> Shape<T, B> optional(
        String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      properties.add(Property.optional(name, codec, get, set));
      return this;
    }

    /**
     * Adds a list; see {@link Property#list}.
     *
     * @param name the JSON name
     * @param element the elements' codec
     * @param get the accessor
     * @param add the builder's adder of one element
     * @param <E> the element type
     * @return this description
     */
    public <E> Shape<T, B> list(String name, Codec<E> element, Function<T, List<E>> get, BiConsumer<B, E> add) {
      properties.add(Property.list(name, element, get, add));
      return this;
    }

    /**
     * Adds a set; see {@link Property#set}.
     *
     * @param name the JSON name
     * @param element the elements' codec
     * @param get the accessor
     * @param setAll the builder's setter of all elements
     * @param <E> the element type
     * @return this description
     */
    public <E> Shape<T, B> set(
        String name, Codec<E> element, Function<T, Set<E>> get, BiConsumer<B, Iterable<E>> setAll) {
      properties.add(Property.set(name, element, get, setAll));
      return this;
    }

    /**
     * Gives the property added last another privacy.
     *
     * @param privacy how the redacted form treats it
     * @return this description
     */
    public Shape<T, B> privacy(Property.Privacy privacy) {
      properties.set(properties.size() - 1, properties.get(properties.size() - 1).privacy(privacy));
      return this;
    }

    /**
     * Writes only published elements of the list added last in the redacted form.
     *
     * @param published which elements may be published
     * @return this description
     */
    public Shape<T, B> publishedOnly(Predicate<Object> published) {
      properties.set(
          properties.size() - 1, properties.get(properties.size() - 1).publishedOnly(published));
      return this;
    }

    /**
     * Sets which values may show their {@link Property.Privacy#PROFILE} properties in the redacted
     * form; the others are written with {@code "redacted": true} instead. All may by default.
     *
     * @param profilePublic true for a value whose profile may be published
     * @return this description
     */
    public Shape<T, B> profilePublicWhen(Predicate<T> profilePublic) {
      this.profilePublic = profilePublic;
      return this;
    }

    /** @return the codec */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(type, document, builder, build, properties, profilePublic);
    }
  }

  /** @return true if this codec reads and writes a top-level document */
  public boolean isDocument() {
    return document;
  }

  @Override
  public void write(T value, JsonGenerator g, WriteContext w) throws IOException {
    boolean root = g.getOutputContext().inRoot();
    g.writeStartObject();
    if (document && root) {
      g.writeStringField(FormatVersion.PROPERTY, FormatVersion.CURRENT);
    }
    boolean hideProfile = w.redacted() && !profilePublic.test(value);
    for (Property<T, B> property : properties) {
      if (!w.redacted()
          || property.privacy == Property.Privacy.PUBLIC
          || (property.privacy == Property.Privacy.PROFILE && !hideProfile)) {
        property.write(value, g, w);
      }
    }
    if (hideProfile) {
      g.writeBooleanField(REDACTED, true);
    }
    g.writeEndObject();
  }

  @Override
  public T read(JsonParser p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return r.wrongType(p, this);
    }
    boolean root = p.getParsingContext().getParent().inRoot();
    B b = builder.get();
    boolean complete = true; // every property read so far went into the builder
    boolean clean = true; // no unknown, duplicate or redacted property
    boolean versioned = false;
    long seen = 0;
    int next = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      // Names from jackson-core are interned, so the property expected next in wire order is
      // found by identity; the map serves documents in another order.
      Integer i =
          next < properties.length && name == properties[next].name
              ? Integer.valueOf(next)
              : index.get(name);
      if (i == null) {
        if (document && FormatVersion.PROPERTY.equals(name)) {
          clean &= FormatVersion.check(p, r, versioned);
          versioned = true;
        } else if (REDACTED.equals(name)) {
          clean = r.problem(p, ProblemCode.REDACTED_INPUT, "is a redacted display form and cannot be read back") != null;
        } else if (!r.allowUnknownProperties()) {
          clean = r.problem(p, ProblemCode.UNKNOWN_PROPERTY, "is not a property of " + type) != null;
        } else {
          p.skipChildren();
        }
        continue;
      }
      next = i + 1;
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        clean = r.problem(p, ProblemCode.DUPLICATE_PROPERTY, "must appear only once") != null;
        continue;
      }
      seen |= bit;
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        complete = r.problem(p, ProblemCode.NULL_VALUE, "must not be null; leave an absent value out") != null;
        continue;
      }
      complete &= properties[i].read(p, r, b);
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      // nextFieldName() returned null on a token other than a name: cannot happen in valid JSON.
      return r.problem(p, ProblemCode.SYNTAX_ERROR, "must be a property name");
    }
    // The pointer is built only for a problem: building it for every object cost 15 % of reading.
    if ((seen & requiredMask) != requiredMask) {
      String pointer = ReadContext.pointerOfEnded(p);
      for (int i = 0; i < properties.length; i++) {
        if (properties[i].required && (seen & (1L << i)) == 0) {
          r.problemAt(pointer + "/" + properties[i].name, ProblemCode.MISSING_PROPERTY, "is required in " + type);
        }
      }
      complete = false;
    }
    if (document && root && !versioned) {
      r.problemAt(
          ReadContext.pointerOfEnded(p),
          ProblemCode.UNSUPPORTED_FORMAT_VERSION,
          "formatVersion is required at the root, for example \"" + FormatVersion.CURRENT + "\"");
      clean = false;
    }
    if (!complete) {
      return null;
    }
    // Build even when the object is not clean, so that its invariants are reported too.
    try {
      T value = build.apply(b);
      return clean ? value : null;
    } catch (InvalidValueException e) {
      String pointer = ReadContext.pointerOfEnded(p);
      String property = propertyOf(e.attribute());
      r.problemAt(property == null ? pointer : pointer + "/" + property, ProblemCode.INVALID_VALUE, e.reason());
      return null;
    }
  }

  @Override
  public Map<String, Object> schema(SchemaDefinitions defs) {
    return defs.ref(type, () -> definition(defs));
  }

  private Map<String, Object> definition(SchemaDefinitions defs) {
    Map<String, Object> schema = SchemaDefinitions.object("type", "object");
    Map<String, Object> properties = new java.util.LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    List<String> profileRequired = new ArrayList<>();
    boolean hasProfile = false;
    if (document) {
      properties.put(
          FormatVersion.PROPERTY,
          defs.ref(
              "FormatVersion",
              () ->
                  SchemaDefinitions.object(
                      "description",
                      "The wire format version major.minor; required at the root of a document.",
                      "type",
                      "string",
                      "pattern",
                      "^1\\.(0|[1-9][0-9]{0,3})$")));
    }
    for (Property<T, B> property : this.properties) {
      properties.put(property.name, property.schema(defs));
      hasProfile |= property.privacy == Property.Privacy.PROFILE;
      if (property.required) {
        (property.privacy == Property.Privacy.PROFILE ? profileRequired : required).add(property.name);
      }
    }
    if (hasProfile) {
      properties.put(
          REDACTED,
          SchemaDefinitions.object(
              "description",
              "Only in the redacted form: personal properties were left out for lack of consent.",
              "const",
              true));
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    if (!profileRequired.isEmpty()) {
      schema.put(
          "anyOf",
          List.of(
              SchemaDefinitions.object("required", profileRequired),
              SchemaDefinitions.object("required", List.of(REDACTED))));
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /** @return the model type's simple name, which is also the name of its schema definition */
  public String typeName() {
    return type;
  }

  /** The JSON property that an invariant names as {@code Type.attribute}, if this object has it. */
  private String propertyOf(String attribute) {
    int comma = attribute.indexOf(',');
    String first = comma < 0 ? attribute : attribute.substring(0, comma);
    int dot = first.lastIndexOf('.');
    String name = dot < 0 ? first : first.substring(dot + 1);
    return index.containsKey(name) ? ReadContext.escape(name) : null;
  }
}
