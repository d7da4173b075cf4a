package de.miglobe.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.miglobe.core.programme.Programme;
import de.miglobe.json.JsonProblem;
import de.miglobe.json.MiGlobeJson;
import de.miglobe.json.MiGlobeJsonException;
import de.miglobe.json.ProblemCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every finding of a fuzz campaign, minimised into a named test (the raw inputs stay in the seed
 * corpus as well). See docs/quality.md for the campaign that found each.
 */
class FuzzFindingsTest {

  /**
   * Finding 1: four leading zero bytes make jackson-core detect UTF-32; a following code point
   * above U+10FFFF made {@code read(byte[])} throw {@code UncheckedIOException} (a
   * CharConversionException), not the documented {@link MiGlobeJsonException}.
   */
  private static final byte[] INVALID_UTF32 =
      concat(new byte[] {0, 0, 0, 0, 0, 0, 0}, "rme\": \"".getBytes(StandardCharsets.US_ASCII));

  @Test
  void finding1_bytesThatAreNoTextInTheDetectedEncoding_areASyntaxError() {
    MiGlobeJsonException e =
        catchThrowableOfType(
            MiGlobeJsonException.class,
            () -> MiGlobeJson.standard().read(INVALID_UTF32, Programme.class));

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple(
                "", ProblemCode.SYNTAX_ERROR, "is not text in UTF-8, UTF-16 or UTF-32"));
    assertThat(e.httpStatus()).isEqualTo(400);
  }

  @Test
  void finding1_sameThroughAStream() {
    MiGlobeJsonException e =
        catchThrowableOfType(
            MiGlobeJsonException.class,
            () ->
                MiGlobeJson.standard()
                    .read(new ByteArrayInputStream(INVALID_UTF32), Programme.class));

    assertThat(e.problems()).extracting(JsonProblem::code).containsExactly(ProblemCode.SYNTAX_ERROR);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] all = new byte[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
