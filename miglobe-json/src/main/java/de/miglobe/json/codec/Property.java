package de.miglobe.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import de.miglobe.json.ProblemCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One property of a JSON object: its name, whether it must be present, how private it is, and how
 * it is read into a builder and written from a value.
 *
 * @param <T> the type of the object
 * @param <B> the builder of the object
 */
public abstract class Property<T, B> {
  /** How a property is treated in the redacted form. */
  public enum Privacy {
    /** Always written. */
    PUBLIC,
    /** Contact details and addresses: never written in the redacted form. */
    CONTACT,
    /** Sensitive attributes (GDPR Art. 9): never written in the redacted form. */
    SENSITIVE,
    /** Free-text working notes that may name people: never written in the redacted form. */
    INTERNAL_NOTE,
    /** Written in the redacted form only where the object's consent allows it. */
    PROFILE
  }

  final String name;
  /** The name with its quoted UTF-8 form computed once (as jackson-databind's serializers keep it). */
  final SerializedString serializedName;
  final boolean required;
  final Privacy privacy;

  Property(String name, boolean required, Privacy privacy) {
    this.name = name;
    this.serializedName = new SerializedString(name);
    this.required = required;
    this.privacy = privacy;
  }

  /** Reads the value on which the parser stands into the builder; false if a problem was found. */
  abstract boolean read(JsonParser p, ReadContext r, B builder) throws IOException;

  /** Describes the property's value as a JSON Schema fragment. */
  abstract Map<String, Object> schema(SchemaDefinitions defs);

  /** Writes the property (name and value) unless it is absent. */
  abstract void write(T value, JsonGenerator g, WriteContext w) throws IOException;

  /**
   * A property that must be present.
   *
   * @param name the JSON name
   * @param codec how the value is read and written
   * @param get the value's accessor
   * @param set the builder's setter
   * @param <T> the object type
   * @param <B> the builder type
   * @param <V> the property's value type
   * @return the property
   */
  public static <T, B, V> Property<T, B> required(
      String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return new Single<>(name, true, Privacy.PUBLIC, codec, get, set);
  }

  /**
   * A property with a default in the model: always written, may be left out when reading (then the
   * model's default applies).
   *
   * @param name the property name in the JSON object
   * @param codec reads and writes the value
   * @param get the accessor on the value
   * @param set the setter on the builder
   * @param <T> the type that holds the property
   * @param <B> the builder of that type
   * @param <V> the property's type
   * @return the property
   * @see #required(String, Codec, Function, BiConsumer)
   */
  public static <T, B, V> Property<T, B> defaulted(
      String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return new Single<>(name, false, Privacy.PUBLIC, codec, get, set);
  }

  /**
   * An optional property: written only when present, may be left out when reading.
   *
   * @param name the property name in the JSON object
   * @param codec reads and writes the value
   * @param get the accessor on the value, empty when absent
   * @param set the setter on the builder
   * @param <T> the type that holds the property
   * @param <B> the builder of that type
   * @param <V> the property's type
   * @return the property
   * @see #required(String, Codec, Function, BiConsumer)
   */
  public static <T, B, V> Property<T, B> optional(
      String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    return new Single<>(
        name,
        false,
        Privacy.PUBLIC,
        codec,
        (T value) -> get.apply(value).orElse(null),
        set);
  }

  /**
   * A list: always written (possibly as {@code []}); left out when reading, it is empty. Elements
   * are added one by one to the builder, so the list is not copied twice.
   *
   * @param name the property name in the JSON object
   * @param element reads and writes one element
   * @param get the accessor on the value
   * @param add adds one element to the builder
   * @param <T> the type that holds the property
   * @param <B> the builder of that type
   * @param <E> the element type
   * @return the property
   * @see #required(String, Codec, Function, BiConsumer)
   */
  public static <T, B, E> Property<T, B> list(
      String name, Codec<E> element, Function<T, List<E>> get, BiConsumer<B, E> add) {
    return new Many<>(name, Privacy.PUBLIC, element, get, add, null, null);
  }

  /**
   * A set: written like a list; reading reports an element that appears twice. The elements are
   * handed to the builder at once, so a set with a default does not silently fall back to it.
   *
   * @param name the property name in the JSON object
   * @param element reads and writes one element
   * @param get the accessor on the value
   * @param setAll hands all elements to the builder
   * @param <T> the type that holds the property
   * @param <B> the builder of that type
   * @param <E> the element type
   * @return the property
   * @see #required(String, Codec, Function, BiConsumer)
   */
  public static <T, B, E> Property<T, B> set(
      String name, Codec<E> element, Function<T, Set<E>> get, BiConsumer<B, Iterable<E>> setAll) {
    return new Many<>(name, Privacy.PUBLIC, element, get, null, setAll, null);
  }

  /**
   * This property with another privacy.
   *
   * @param privacy how the redacted form treats it
   * @return a property like this one
   */
  public abstract Property<T, B> privacy(Privacy privacy);

  /**
   * For a list: in the redacted form, only elements that pass the filter are written.
   *
   * @param published which elements may be published
   * @return a property like this one
   */
  public Property<T, B> publishedOnly(Predicate<Object> published) {
    throw new UnsupportedOperationException("only lists filter their elements");
  }

  private static final class Single<T, B, V> extends Property<T, B> {
    private final Codec<V> codec;
    private final Function<T, V> get;
    private final BiConsumer<B, V> set;

    Single(
        String name,
        boolean required,
        Privacy privacy,
        Codec<V> codec,
        Function<T, V> get,
        BiConsumer<B, V> set) {
      super(name, required, privacy);
      this.codec = codec;
      this.get = get;
      this.set = set;
    }

    @Override
    boolean read(JsonParser p, ReadContext r, B builder) throws IOException {
      V value = codec.read(p, r);
      if (value == null) {
        return false;
      }
      set.accept(builder, value);
      return true;
    }

    @Override
    void write(T value, JsonGenerator g, WriteContext w) throws IOException {
      V v = get.apply(value);
      if (v != null) {
        g.writeFieldName(serializedName);
        codec.write(v, g, w);
      }
    }

    @Override
    Map<String, Object> schema(SchemaDefinitions defs) {
      return codec.schema(defs);
    }

    @Override
    public Property<T, B> privacy(Privacy privacy) {
      return new Single<>(name, required, privacy, codec, get, set);
    }
  }

  private static final class Many<T, B, E> extends Property<T, B> {
    private static final int SMALL_SET = 16;

    private final Codec<E> element;
    private final Function<T, ? extends Collection<E>> get;
    private final BiConsumer<B, E> add;
    private final BiConsumer<B, Iterable<E>> setAll;
    private final Predicate<Object> published;

    Many(
        String name,
        Privacy privacy,
        Codec<E> element,
        Function<T, ? extends Collection<E>> get,
        BiConsumer<B, E> add,
        BiConsumer<B, Iterable<E>> setAll,
        Predicate<Object> published) {
      super(name, false, privacy);
      this.element = element;
      this.get = get;
      this.add = add;
      this.setAll = setAll;
      this.published = published;
    }

    @Override
    boolean read(JsonParser p, ReadContext r, B builder) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        r.problem(
            p,
            p.currentToken() == JsonToken.VALUE_NULL ? ProblemCode.NULL_VALUE : ProblemCode.WRONG_TYPE,
            "must be an array of " + element.expected() + "; an empty array is []");
        return false;
      }
      boolean ok = true;
      List<E> all = setAll == null ? null : new ArrayList<>(4);
      Set<E> seen = null; // sets are mostly small: a linear search until they are not
      while (p.nextToken() != JsonToken.END_ARRAY) {
        E e = element.read(p, r);
        if (e == null) {
          ok = false;
        } else if (setAll == null) {
          add.accept(builder, e);
        } else {
          if (seen == null && all.size() >= SMALL_SET) {
            seen = new HashSet<>(all);
          }
          if (seen == null ? all.contains(e) : !seen.add(e)) {
            r.problem(p, ProblemCode.DUPLICATE_ELEMENT, "must not contain the same element twice");
            ok = false;
          } else {
            all.add(e);
          }
        }
      }
      if (ok && setAll != null) {
        setAll.accept(builder, all);
      }
      return ok;
    }

    @Override
    void write(T value, JsonGenerator g, WriteContext w) throws IOException {
      Collection<E> elements = get.apply(value);
      g.writeFieldName(serializedName);
      g.writeStartArray();
      for (E e : elements) {
        if (published == null || !w.redacted() || published.test(e)) {
          element.write(e, g, w);
        }
      }
      g.writeEndArray();
    }

    @Override
    Map<String, Object> schema(SchemaDefinitions defs) {
      Map<String, Object> schema = SchemaDefinitions.object("type", "array", "items", element.schema(defs));
      if (setAll != null) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }

    @Override
    public Property<T, B> privacy(Privacy privacy) {
      return new Many<>(name, privacy, element, get, add, setAll, published);
    }

    @Override
    public Property<T, B> publishedOnly(Predicate<Object> published) {
      return new Many<>(name, privacy, element, get, add, setAll, published);
    }
  }
}
