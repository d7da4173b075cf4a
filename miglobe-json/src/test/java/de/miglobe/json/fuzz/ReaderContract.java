package de.miglobe.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.organisation.Organisation;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.json.MiGlobeJson;
import de.miglobe.json.MiGlobeJsonException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * What a reader of a top-level document may do with any input: return a valid value, which writes
 * and reads back to an equal value, or throw the library's documented {@link MiGlobeJsonException}
 * with at least one problem. Anything else (another exception, a value that does not survive a
 * round trip) is a finding.
 */
final class ReaderContract {

  /**
   * The top-level documents, in the order the first byte of a fuzz input selects them (its value
   * modulo the size of this list). The seed files start with that byte.
   */
  static final List<Class<?>> DOCUMENTS =
      List.of(
          Programme.class,
          Advisor.class,
          QualificationPhase.class,
          Certificate.class,
          Municipality.class,
          Consultation.class,
          Organisation.class,
          ProgrammeEvent.class);

  private static final MiGlobeJson JSON = MiGlobeJson.standard();
  private static final ObjectMapper MAPPER = JSON.mapper();

  private ReaderContract() {}

  /**
   * The document type that a fuzz input's first byte selects.
   *
   * @param input a non-empty input
   * @return the type
   */
  static Class<?> documentOf(byte[] input) {
    return DOCUMENTS.get(Byte.toUnsignedInt(input[0]) % DOCUMENTS.size());
  }

  /**
   * The JSON text of a fuzz input: everything after the first byte.
   *
   * @param input a non-empty input
   * @return the text bytes
   */
  static byte[] textOf(byte[] input) {
    return Arrays.copyOfRange(input, 1, input.length);
  }

  /**
   * Reads the text with {@link MiGlobeJson#read(byte[], Class)} and checks the contract.
   *
   * @param type the document type
   * @param json the text in UTF-8 (or anything else)
   */
  static void readWithFacade(Class<?> type, byte[] json) {
    Object value;
    try {
      value = JSON.read(json, type);
    } catch (MiGlobeJsonException e) {
      assertDocumented(e);
      return;
    }
    assertValid(type, value);
  }

  /**
   * Reads the text with the facade's Jackson {@code ObjectMapper} and checks the contract. Besides
   * {@link MiGlobeJsonException}, this path may throw Jackson's own {@link JacksonException} or
   * {@link CharConversionException} for failures outside the model (documented on {@link
   * MiGlobeJson#mapper()}).
   *
   * @param type the document type
   * @param json the text in UTF-8 (or anything else)
   */
  static void readWithMapper(Class<?> type, byte[] json) {
    Object value;
    try {
      value = MAPPER.readValue(json, type);
    } catch (MiGlobeJsonException e) {
      assertDocumented(e);
      return;
    } catch (JacksonException e) {
      assertThat(e.getMessage()).isNotNull();
      return;
    } catch (CharConversionException e) {
      // jackson-core's own report of bytes that are no text in the detected encoding.
      assertThat(e.getMessage()).isNotNull();
      return;
    } catch (IOException e) {
      throw new AssertionError("reading from a byte array cannot fail with I/O", e);
    }
    // A JSON null at the top is Jackson's way of saying "no value": allowed on this path only.
    if (value != null) {
      assertValid(type, value);
    }
  }

  private static void assertDocumented(MiGlobeJsonException e) {
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.httpStatus()).isIn(400, 422);
    assertThat(e.getMessage()).isNotBlank();
    assertThat(e.toProblemDetails()).isNotBlank();
  }

  private static void assertValid(Class<?> type, Object value) {
    assertThat(value).isInstanceOf(type);
    assertThat(value.toString()).isNotNull();
    String written = JSON.write(value);
    Object again = JSON.read(written, type);
    assertThat(again).as("round trip of %s", written).isEqualTo(value);
    assertThat(JSON.write(again)).isEqualTo(written);
  }
}
