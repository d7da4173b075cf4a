package de.miglobe.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.programme.Programme;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hardening limits: each is on by default, configurable, and reported as limit_exceeded. */
class LimitsTest {
  private static final String ADVISOR =
      "{\"formatVersion\":\"1.0\",\"id\":\"adv-1\",\"name\":{\"familyName\":\"Yılmaz\"},\"status\":\"applicant\"";

  private static MiGlobeJsonException failure(MiGlobeJson json, String text, Class<?> type) {
    return catchThrowableOfType(MiGlobeJsonException.class, () -> json.read(text, type));
  }

  @Test
  void nestingDepth_defaultStopsDeepDocuments() {
    String deep = "[".repeat(MiGlobeJson.DEFAULT_MAX_NESTING_DEPTH + 1) + "]".repeat(MiGlobeJson.DEFAULT_MAX_NESTING_DEPTH + 1);
    MiGlobeJson lenient = MiGlobeJson.builder().enable(MiGlobeJsonOption.ALLOW_UNKNOWN_PROPERTIES).build();

    MiGlobeJsonException e = failure(lenient, ADVISOR + ",\"x\":" + deep + "}", Advisor.class);

    assertThat(e.problems()).extracting(JsonProblem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED);
    assertThat(e.problems().get(0).message()).isEqualTo("exceeds a reading limit: Document nesting depth (65) exceeds the maximum allowed (64)");
  }

  @Test
  void nestingDepth_isConfigurable() {
    MiGlobeJson shallow = MiGlobeJson.builder().maxNestingDepth(2).build();

    MiGlobeJsonException e = failure(shallow, ADVISOR + ",\"consent\":{\"consents\":[]}}", Advisor.class);

    assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/consent/consents", ProblemCode.LIMIT_EXCEEDED));
    assertThat(MiGlobeJson.builder().maxNestingDepth(3).build().read(ADVISOR + ",\"consent\":{\"consents\":[]}}", Advisor.class))
        .isNotNull();
  }

  @Test
  void stringLength_defaultStopsHugeStrings() {
    String huge = "a".repeat(MiGlobeJson.DEFAULT_MAX_STRING_LENGTH + 1);

    MiGlobeJsonException e = failure(MiGlobeJson.standard(), ADVISOR + ",\"profile\":\"" + huge + "\"}", Advisor.class);

    assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/profile", ProblemCode.LIMIT_EXCEEDED));
  }

  @Test
  void stringLength_isConfigurable() {
    MiGlobeJson tight = MiGlobeJson.builder().maxStringLength(20).build();

    MiGlobeJsonException e = failure(tight, ADVISOR + ",\"profile\":\"" + "a".repeat(21) + "\"}", Advisor.class);

    assertThat(e.problems()).extracting(JsonProblem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED);
    assertThat(tight.read(ADVISOR + ",\"profile\":\"" + "a".repeat(20) + "\"}", Advisor.class).profile()).isPresent();
  }

  @Test
  void numberLength_defaultStopsLongNumbers() {
    String digits = "1".repeat(MiGlobeJson.DEFAULT_MAX_NUMBER_LENGTH + 1);

    MiGlobeJsonException e = failure(MiGlobeJson.standard(), ADVISOR + ",\"capacity\":" + digits + "}", Advisor.class);

    assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/capacity", ProblemCode.LIMIT_EXCEEDED));
  }

  @Test
  void numberLength_isConfigurable() {
    MiGlobeJson tight = MiGlobeJson.builder().maxNumberLength(1).build();

    assertThat(failure(tight, ADVISOR + ",\"capacity\":10}", Advisor.class).problems())
        .extracting(JsonProblem::code)
        .containsExactly(ProblemCode.LIMIT_EXCEEDED);
  }

  @Test
  void nameLength_defaultStopsLongPropertyNames() {
    String name = "n".repeat(MiGlobeJson.DEFAULT_MAX_NAME_LENGTH + 1);

    MiGlobeJsonException e = failure(MiGlobeJson.standard(), ADVISOR + ",\"" + name + "\":1}", Advisor.class);

    assertThat(e.problems()).extracting(JsonProblem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED);
  }

  @Test
  void documentLength_isConfigurable_forTextAndBytes() {
    MiGlobeJson small = MiGlobeJson.builder().maxDocumentLength(50).build();
    String text = ADVISOR + ",\"profile\":\"" + "a".repeat(100) + "\"}";

    assertThat(failure(small, text, Advisor.class).problems())
        .extracting(JsonProblem::code)
        .containsExactly(ProblemCode.LIMIT_EXCEEDED);
    MiGlobeJsonException bytes =
        catchThrowableOfType(
            MiGlobeJsonException.class, () -> small.read(text.getBytes(StandardCharsets.UTF_8), Advisor.class));
    assertThat(bytes.problems()).extracting(JsonProblem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED);
  }

  @Test
  void read_fromAStream_leavesTheStreamOpen() {
    boolean[] closed = {false};
    java.io.InputStream in =
        new java.io.ByteArrayInputStream((ADVISOR + "}").getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    MiGlobeJson.standard().read(in, Advisor.class);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void documentLength_defaultIs512MiB() {
    assertThat(MiGlobeJson.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(512L * 1024 * 1024);
  }

  @Test
  void limits_mustBePositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MiGlobeJson.builder().maxNestingDepth(0))
        .withMessage("depth must be at least 1, was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MiGlobeJson.builder().maxDocumentLength(-1))
        .withMessage("length must be at least 1, was -1");
  }

  @Test
  void typeIdsFromInput_areUnknownProperties() {
    String json = "{\"formatVersion\":\"1.0\",\"@class\":\"java.lang.ProcessBuilder\",\"name\":\"P\"}";

    MiGlobeJsonException e = failure(MiGlobeJson.standard(), json, Programme.class);

    assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/@class", ProblemCode.UNKNOWN_PROPERTY));
  }

  @Test
  void problems_stopAtOneHundred() {
    StringBuilder json = new StringBuilder(ADVISOR);
    for (int i = 0; i < 150; i++) {
      json.append(",\"x").append(i).append("\":1");
    }

    MiGlobeJsonException e = failure(MiGlobeJson.standard(), json.append('}').toString(), Advisor.class);

    assertThat(e.problems()).hasSize(100);
  }
}
