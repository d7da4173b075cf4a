package de.miglobe.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.QualificationPhase;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A corpus of malformed documents: each ends in one exception whose problem names where and what. */
class MalformedDocumentTest {
  private static final MiGlobeJson JSON = MiGlobeJson.standard();

  private static final String ADVISOR = "\"id\":\"adv-1\",\"name\":{\"familyName\":\"Yılmaz\"},\"status\":\"applicant\"";
  private static final String CERTIFICATE =
      "\"id\":\"cert-1\",\"advisor\":\"adv-1\",\"phase\":\"qp-1\",\"issuers\":[\"org-1\"],\"title\":\"Zertifikat\"";
  private static final String MUNICIPALITY =
      "\"id\":\"mun-salach\",\"officialName\":\"Salach\",\"type\":\"gemeinde\"";

  private static String doc(String body) {
    return "{\"formatVersion\":\"1.0\"," + body + "}";
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        // syntax, limits of the text itself
        row("truncated text", Programme.class, "{\"formatVersion\":\"1.0\",\"name\":", "/name", ProblemCode.SYNTAX_ERROR),
        row("empty text", Programme.class, "", "", ProblemCode.SYNTAX_ERROR),
        row("unquoted name", Programme.class, "{formatVersion:\"1.0\"}", "", ProblemCode.SYNTAX_ERROR),
        row("comment", Programme.class, "{/* hi */\"formatVersion\":\"1.0\",\"name\":\"P\"}", "", ProblemCode.SYNTAX_ERROR),
        row("trailing comma", Programme.class, doc("\"name\":\"P\",\"partners\":[\"a\",]"), "/partners/1", ProblemCode.SYNTAX_ERROR),
        row("trailing content", Programme.class, doc("\"name\":\"P\"") + " {}", "", ProblemCode.TRAILING_CONTENT),
        // format version
        row("no formatVersion", Programme.class, "{\"name\":\"P\"}", "", ProblemCode.UNSUPPORTED_FORMAT_VERSION),
        row("major version 2", Programme.class, "{\"formatVersion\":\"2.0\",\"name\":\"P\"}", "/formatVersion", ProblemCode.UNSUPPORTED_FORMAT_VERSION),
        row("version as number", Programme.class, "{\"formatVersion\":1.0,\"name\":\"P\"}", "/formatVersion", ProblemCode.UNSUPPORTED_FORMAT_VERSION),
        // structure
        row("array for a document", Programme.class, "[]", "", ProblemCode.WRONG_TYPE),
        row("unknown property", Programme.class, doc("\"name\":\"P\",\"colour\":\"blue\""), "/colour", ProblemCode.UNKNOWN_PROPERTY),
        row("duplicate key", Programme.class, doc("\"name\":\"P\",\"name\":\"Q\""), "/name", ProblemCode.DUPLICATE_PROPERTY),
        row("null for a value", Programme.class, doc("\"name\":null"), "/name", ProblemCode.NULL_VALUE),
        row("missing required", Programme.class, doc("\"partners\":[]"), "/name", ProblemCode.MISSING_PROPERTY),
        row("number for a string", Programme.class, doc("\"name\":42"), "/name", ProblemCode.WRONG_TYPE),
        row("string for an array", Advisor.class, doc(ADVISOR + ",\"languages\":\"de\""), "/languages", ProblemCode.WRONG_TYPE),
        row("null in an array", Advisor.class, doc(ADVISOR + ",\"languages\":[null]"), "/languages/0", ProblemCode.NULL_VALUE),
        row("decimal for a whole number", Advisor.class, doc(ADVISOR + ",\"capacity\":2.5"), "/capacity", ProblemCode.WRONG_TYPE),
        row("object for a code", Advisor.class, doc(ADVISOR.replace("\"applicant\"", "{}")), "/status", ProblemCode.WRONG_TYPE),
        row("unknown nested property", Programme.class,
            doc("\"name\":\"P\",\"advisors\":[{" + ADVISOR + ",\"nickname\":\"A\"}]"), "/advisors/0/nickname", ProblemCode.UNKNOWN_PROPERTY),
        row("missing nested property", Advisor.class,
            doc("\"id\":\"adv-1\",\"name\":{\"givenNames\":\"Ada\"},\"status\":\"applicant\""), "/name/familyName", ProblemCode.MISSING_PROPERTY),
        row("duplicate set element", Advisor.class, doc(ADVISOR + ",\"languages\":[\"de\",\"de\"]"), "/languages/1", ProblemCode.DUPLICATE_ELEMENT),
        row("redacted form read back", Advisor.class, doc(ADVISOR + ",\"redacted\":true"), "/redacted", ProblemCode.REDACTED_INPUT),
        // codes
        row("unknown status code", Advisor.class, doc(ADVISOR.replace("applicant", "expert")), "/status", ProblemCode.UNKNOWN_CODE),
        row("Java name instead of code", Municipality.class,
            doc(MUNICIPALITY.replace("gemeinde", "GEMEINDE") + ",\"key\":\"08117042\",\"federalState\":\"DE-BW\""), "/type", ProblemCode.UNKNOWN_CODE),
        row("unknown federal state", Municipality.class,
            doc(MUNICIPALITY + ",\"key\":\"08117042\",\"federalState\":\"BW\""), "/federalState", ProblemCode.UNKNOWN_CODE),
        // invariants of the model
        row("blank name", Programme.class, doc("\"name\":\"   \""), "/name", ProblemCode.INVALID_VALUE),
        row("key of seven digits", Municipality.class,
            doc(MUNICIPALITY + ",\"key\":\"0811704\",\"federalState\":\"DE-BW\""), "/key", ProblemCode.INVALID_VALUE),
        row("state disagrees with key", Municipality.class,
            doc(MUNICIPALITY + ",\"key\":\"08117042\",\"federalState\":\"DE-NW\""), "/federalState", ProblemCode.INVALID_VALUE),
        row("capacity zero", Advisor.class, doc(ADVISOR + ",\"capacity\":0"), "/capacity", ProblemCode.INVALID_VALUE),
        row("capacity beyond int", Advisor.class, doc(ADVISOR + ",\"capacity\":3000000000"), "/capacity", ProblemCode.INVALID_VALUE),
        row("language not a code", Advisor.class, doc(ADVISOR + ",\"languages\":[\"Deutsch\"]"), "/languages/0", ProblemCode.INVALID_VALUE),
        row("sensitive without consent", Advisor.class,
            doc(ADVISOR + ",\"sensitive\":{\"countries\":[\"MN\"]}"), "/sensitive", ProblemCode.INVALID_VALUE),
        row("identifier with a space", Advisor.class, doc(ADVISOR.replace("adv-1", "adv 1")), "/id", ProblemCode.INVALID_VALUE),
        row("malformed e-mail", Advisor.class,
            doc(ADVISOR + ",\"contact\":{\"email\":\"no-at-sign\"}"), "/contact/email", ProblemCode.INVALID_VALUE),
        row("phone e164 not matching", Advisor.class,
            doc(ADVISOR + ",\"contact\":{\"phone\":{\"typed\":\"0711 2484808\",\"e164\":\"+4930123456\"}}"), "/contact/phone/e164", ProblemCode.INVALID_VALUE),
        row("repeated phone number with another e164", Advisor.class,
            doc(ADVISOR + ",\"contact\":{\"phone\":{\"typed\":\"0711 2484808\",\"e164\":\"+497112484808\"},"
                + "\"fax\":{\"typed\":\"0711 2484808\",\"e164\":\"+4930123456\"}}"), "/contact/fax/e164", ProblemCode.INVALID_VALUE),
        row("30 February", Certificate.class, doc(CERTIFICATE + ",\"issuedOn\":\"2018-02-30\""), "/issuedOn", ProblemCode.INVALID_VALUE),
        row("German date notation", Certificate.class, doc(CERTIFICATE + ",\"issuedOn\":\"28.09.2018\""), "/issuedOn", ProblemCode.INVALID_VALUE),
        row("hours with three decimals", QualificationPhase.class, phase("1.125"), "/modules/0/hours", ProblemCode.INVALID_VALUE),
        row("negative hours", QualificationPhase.class, phase("-1"), "/modules/0/hours", ProblemCode.INVALID_VALUE),
        row("hours with a huge exponent", QualificationPhase.class, phase("1e999999999"), "/modules/0/hours", ProblemCode.INVALID_VALUE),
        row("period ends before it starts", QualificationPhase.class,
            doc("\"id\":\"qp-1\",\"name\":\"Q\",\"region\":\"DE-BW\",\"period\":{\"start\":\"2018-09-28\",\"end\":\"2017-12-01\"}"),
            "/period/end", ProblemCode.INVALID_VALUE),
        row("two advisors with one id", Programme.class,
            doc("\"name\":\"P\",\"advisors\":[{" + ADVISOR + "},{" + ADVISOR + "}]"), "/advisors", ProblemCode.INVALID_VALUE),
        row("status without history", Consultation.class, consultation("\"completed\""), "/history", ProblemCode.INVALID_VALUE));
  }

  private static String phase(String hours) {
    return doc(
        "\"id\":\"qp-1\",\"name\":\"Q\",\"region\":\"DE-BW\","
            + "\"period\":{\"start\":\"2017-12-01\",\"end\":\"2018-09-28\"},"
            + "\"modules\":[{\"number\":1,\"title\":\"Kommunalstrukturen\",\"topic\":\"municipal_structures\",\"hours\":"
            + hours
            + "}]");
  }

  private static String consultation(String status) {
    return doc(
        "\"id\":\"con-1\",\"municipality\":\"mun-1\",\"format\":\"kick_off_talk\",\"title\":\"T\",\"status\":"
            + status
            + ",\"request\":{\"requestedOn\":\"2018-03-12\",\"requestedBy\":{\"name\":{\"familyName\":\"Becker\"}},"
            + "\"goals\":[\"Vereine einbinden\"]}");
  }

  private static Arguments row(String label, Class<?> type, String json, String pointer, ProblemCode code) {
    return Arguments.of(label, type, json, pointer, code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void read_reportsThePointerAndCode(String label, Class<?> type, String json, String pointer, ProblemCode code) {
    MiGlobeJsonException e = catchThrowableOfType(MiGlobeJsonException.class, () -> JSON.read(json, type));

    assertThat(e).as(label).isNotNull();
    assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::code).containsExactly(tuple(pointer, code));
  }

  @Test
  void corpus_hasAtLeastThirtyCases() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void read_reportsEveryProblemOfTheDocumentInDocumentOrder() {
    String json =
        doc("\"id\":\"adv 1\",\"name\":{},\"status\":\"expert\",\"capacity\":\"two\",\"languages\":[\"de\",\"xx1\"],\"hobby\":1");

    MiGlobeJsonException e = catchThrowableOfType(MiGlobeJsonException.class, () -> JSON.read(json, Advisor.class));

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(
            tuple("/id", ProblemCode.INVALID_VALUE),
            tuple("/name/familyName", ProblemCode.MISSING_PROPERTY),
            tuple("/status", ProblemCode.UNKNOWN_CODE),
            tuple("/capacity", ProblemCode.WRONG_TYPE),
            tuple("/languages/1", ProblemCode.INVALID_VALUE),
            tuple("/hobby", ProblemCode.UNKNOWN_PROPERTY));
  }

  @Test
  void read_messagesStateTheRuleForUsers() {
    MiGlobeJsonException e =
        catchThrowableOfType(
            MiGlobeJsonException.class,
            () -> JSON.read(doc(MUNICIPALITY + ",\"key\":\"0811704\",\"federalState\":\"DE-BW\""), Municipality.class));

    assertThat(e.problems()).extracting(JsonProblem::message)
        .containsExactly("must have 8 digits (or 5 for a Landkreis), was 7");
    assertThat(e.getMessage())
        .isEqualTo("JSON document has 1 problem: /key invalid_value: must have 8 digits (or 5 for a Landkreis), was 7");
  }

  @Test
  void read_unknownCodeListsTheKnownCodes() {
    MiGlobeJsonException e =
        catchThrowableOfType(
            MiGlobeJsonException.class, () -> JSON.read(doc(ADVISOR.replace("applicant", "expert")), Advisor.class));

    assertThat(e.problems().get(0).message())
        .isEqualTo("must be one of the codes applicant, in_qualification, certified, inactive, withdrawn");
  }

  @Test
  void read_problemMessagesDoNotRepeatContactDetails() {
    String json = doc(ADVISOR + ",\"contact\":{\"email\":\"ada.yilmaz@@example.org\"}");

    MiGlobeJsonException e = catchThrowableOfType(MiGlobeJsonException.class, () -> JSON.read(json, Advisor.class));

    assertThat(e.getMessage()).doesNotContain("ada.yilmaz");
    assertThat(e.toProblemDetails()).doesNotContain("ada.yilmaz");
  }

  @Test
  void read_syntaxErrorMessagesDoNotQuoteTheDocument() {
    String json = "{\"formatVersion\":\"1.0\",\"name\":ada.yilmaz@example.org}";

    MiGlobeJsonException e = catchThrowableOfType(MiGlobeJsonException.class, () -> JSON.read(json, Programme.class));

    assertThat(e.problems()).extracting(JsonProblem::code).containsExactly(ProblemCode.SYNTAX_ERROR);
    assertThat(e.getMessage()).doesNotContain("ada", "yilmaz", "example.org");
    assertThat(e.problems().get(0).message()).isEqualTo("is not well-formed JSON: Unrecognized token '…'");
  }

  @Test
  void read_lenientOptionSkipsUnknownPropertiesButNothingElse() {
    MiGlobeJson lenient = MiGlobeJson.builder().enable(MiGlobeJsonOption.ALLOW_UNKNOWN_PROPERTIES).build();

    Advisor advisor = lenient.read(doc(ADVISOR + ",\"nickname\":{\"deep\":[1,2]}"), Advisor.class);
    MiGlobeJsonException e =
        catchThrowableOfType(
            MiGlobeJsonException.class, () -> lenient.read(doc(ADVISOR + ",\"nickname\":1,\"capacity\":0"), Advisor.class));

    assertThat(advisor.id().value()).isEqualTo("adv-1");
    assertThat(e.problems()).extracting(JsonProblem::pointer).containsExactly("/capacity");
  }
}
