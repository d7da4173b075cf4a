package de.miglobe.examples.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationFormat;
import de.miglobe.core.consultation.ConsultationRequest;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.programme.Programme;
import de.miglobe.json.MiGlobeJson;
import de.miglobe.testkit.SalachStory;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the example API over HTTP on a free loopback port, one fresh server per test. */
class ProgrammeApiServerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ConsultationId STUTTGART_TALK = ConsultationId.of("con-stuttgart-2019");

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ProgrammeApiServer server;

  @BeforeEach
  void start() throws IOException {
    server =
        ProgrammeApiServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SalachStory.programme());
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ZERO);
  }

  // ---- helpers

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> post(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(
        request.timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return server.uri().resolve(path);
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return MAPPER.readTree(response.body());
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static List<String> codes(JsonNode violations) {
    List<String> codes = new ArrayList<>();
    violations.forEach(v -> codes.add(v.get("code").asText()));
    return codes;
  }

  /** A kick-off talk that the Stadt Stuttgart asks for: a fresh request, no team yet. */
  private static String stuttgartRequest() {
    Consultation draft =
        Consultation.builder()
            .id(STUTTGART_TALK)
            .municipality(SalachStory.STUTTGART)
            .format(ConsultationFormat.KICK_OFF_TALK)
            .title("Auftaktgespräch Interkulturelle Öffnung")
            .status(ConsultationStatus.REQUESTED)
            .request(
                ConsultationRequest.builder()
                    .requestedOn(LocalDate.of(2019, 1, 14))
                    .requestedBy(SalachStory.tirzaEmmering())
                    .addGoals("Migrantische Vereine in die Städtepartnerschaftsarbeit einbinden")
                    .build())
            .plannedPeriod(DateRange.of(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 31)))
            .hoursBudget(Hours.of(6))
            .build();
    return MiGlobeJson.standard().write(draft);
  }

  // ---- server

  @Test
  void start_withPortZero_listensOnAFreeLoopbackPort() {
    assertThat(server.port()).isPositive();
    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(server.uri().toString()).startsWith("http://127.0.0.1:");
  }

  @Test
  void stop_closesThePort_andASecondStopDoesNothing() throws Exception {
    URI uri = uri("/programme");
    server.stop(Duration.ZERO);
    server.stop(Duration.ZERO);

    assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void main_rejectsAPortOutOfRange() {
    assertThatThrownBy(() -> ProgrammeApiServer.main(new String[] {"70000"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be a number from 0 to 65535, was 70000");
  }

  // ---- GET

  @Test
  void getProgramme_isRedactedByDefault() throws Exception {
    HttpResponse<String> response = get("/programme");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo("application/json");
    assertThat(response.body())
        .contains("\"con-salach-2018\"")
        .doesNotContain("tirza.emmering")
        .doesNotContain("+49711248480836");
  }

  @Test
  void getProgramme_fullView_isTheWholeProgramme() throws Exception {
    HttpResponse<String> response = get("/programme?view=full");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(MiGlobeJson.standard().read(response.body(), Programme.class))
        .isEqualTo(SalachStory.programme());
  }

  @Test
  void getConsultation_byIdentifier() throws Exception {
    HttpResponse<String> response = get("/consultations/con-salach-2018?view=full");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(MiGlobeJson.standard().read(response.body(), Consultation.class))
        .isEqualTo(SalachStory.salachConsultation());
  }

  @Test
  void getAdvisors_listsEveryAdvisor_redacted() throws Exception {
    HttpResponse<String> response = get("/advisors");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode advisors = json(response);
    assertThat(advisors).hasSize(4);
    assertThat(advisors.get(0).get("id").asText()).isEqualTo("adv-guntsetseg");
  }

  @Test
  void getAdvisor_withoutConsentToAPublicProfile_showsNoName_unlessFull() throws Exception {
    HttpResponse<String> publicView = get("/advisors/adv-guntsetseg");
    HttpResponse<String> fullView = get("/advisors/adv-guntsetseg?view=full");

    assertThat(publicView.statusCode()).isEqualTo(200);
    assertThat(json(publicView).get("redacted").asBoolean()).isTrue();
    assertThat(publicView.body()).doesNotContain("Guntsetseg").doesNotContain("Dolgor");
    assertThat(fullView.body()).contains("\"familyName\": \"Guntsetseg\"");
  }

  @Test
  void getOrganisation_redactedHidesTheContactPersonsDetails_fullShowsThem() throws Exception {
    String path = "/organisations/org-forum-der-kulturen";

    assertThat(get(path).body()).doesNotContain("tirza.emmering@forum-der-kulturen.de");
    assertThat(get(path + "?view=full").body()).contains("tirza.emmering@forum-der-kulturen.de");
  }

  @Test
  void getValidation_ofTheSampleProgramme_hasNoViolations() throws Exception {
    HttpResponse<String> response = get("/programme/validation?today=2018-09-28");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("violations")).isEmpty();
  }

  @Test
  void get_unknownIdentifier_unknownPathAndInvalidIdentifier_are404ProblemDetails() throws Exception {
    for (String path : List.of("/advisors/adv-nobody", "/nothing-here", "/advisors/not%20an%20id", "/programme/x")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(contentType(response)).as(path).isEqualTo("application/problem+json");
      assertThat(json(response).get("type").asText()).isEqualTo("https://miglobe.de/problems/not-found");
      assertThat(json(response).get("status").asInt()).isEqualTo(404);
    }
  }

  @Test
  void wrongMethod_is405WithAllow() throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(uri("/programme")).DELETE());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("GET");
    assertThat(json(response).get("detail").asText()).isEqualTo("DELETE is not allowed here.");
  }

  @Test
  void badView_is400() throws Exception {
    HttpResponse<String> response = get("/programme?view=everything");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("detail").asText()).isEqualTo("Parameter view must be public or full.");
  }

  // ---- schemas

  @Test
  void schemas_areServedAsShippedInMiGlobeJson() throws Exception {
    HttpResponse<String> list = get("/schemas");
    assertThat(list.statusCode()).isEqualTo(200);

    for (String document : ProgrammeApi.SCHEMA_DOCUMENTS) {
      String file = document + ".schema.json";
      HttpResponse<String> response = get("/schemas/" + file);
      try (InputStream shipped = getClass().getResourceAsStream("/de/miglobe/json/schema/" + file)) {
        if (shipped == null) {
          assertThat(response.statusCode()).as(file).isEqualTo(404);
          assertThat(list.body()).doesNotContain(file);
        } else {
          assertThat(response.statusCode()).as(file).isEqualTo(200);
          assertThat(contentType(response)).isEqualTo("application/schema+json");
          assertThat(response.body()).isEqualTo(new String(shipped.readAllBytes(), StandardCharsets.UTF_8));
          assertThat(list.body()).contains("\"" + file + "\"");
        }
      }
    }
  }

  @Test
  void schemas_listsTheDocumentSchemasAndTheCommonDefinitions() throws Exception {
    JsonNode list = json(get("/schemas"));

    List<String> names = new ArrayList<>();
    list.forEach(name -> names.add(name.asText()));
    assertThat(names).contains("common.schema.json", "programme.schema.json", "consultation.schema.json");
    assertThat(json(get("/schemas/consultation.schema.json")).get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void schemas_otherNamesAreNotLookedUp() throws Exception {
    for (String path :
        List.of("/schemas/version.properties", "/schemas/..%2Fversion.properties", "/schemas/x.schema.json")) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(404);
    }
  }

  // ---- POST: the lifecycle

  @Test
  void aRequestThroughItsLifecycle_withAWarningAndARefusal() throws Exception {
    HttpResponse<String> created = post("/consultations?actor=Stadt%20Stuttgart", stuttgartRequest());
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).contains("/consultations/con-stuttgart-2019");
    assertThat(json(created).get("consultation").get("status").asText()).isEqualTo("requested");

    HttpResponse<String> approved =
        post("/consultations/con-stuttgart-2019/approve?on=2019-01-21&actor=Programmb%C3%BCro");
    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(json(approved).get("consultation").get("status").asText()).isEqualTo("approved");

    // One certified advisor: accepted, with the warning that tandems are the norm.
    HttpResponse<String> team =
        post(
            "/consultations/con-stuttgart-2019/team?on=2019-02-01",
            "{\"advisor\": \"adv-guntsetseg\", \"role\": \"lead\"}");
    assertThat(team.statusCode()).isEqualTo(200);
    JsonNode warning = json(team).get("warnings").get(0);
    assertThat(warning.get("code").asText()).isEqualTo("CONSULTATION_TEAM_NOT_TANDEM");
    assertThat(warning.get("severity").asText()).isEqualTo("warning");
    assertThat(warning.get("message").get("de").asText())
        .isEqualTo("Das Team ist kleiner als vorgesehen: 1 statt 2 Berater*innen (Tandem).");
    assertThat(warning.get("message").get("en").asText())
        .isEqualTo("The team is smaller than expected: 1 instead of 2 advisors (a tandem).");

    HttpResponse<String> started =
        post("/consultations/con-stuttgart-2019/start?on=2019-02-01&actor=Programmb%C3%BCro");
    assertThat(started.statusCode()).isEqualTo(200);

    // Completing without a session or an outcome: 422 with every violation, in German and English.
    HttpResponse<String> refused =
        post("/consultations/con-stuttgart-2019/complete?on=2019-02-01&actor=Programmb%C3%BCro");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(contentType(refused)).isEqualTo("application/problem+json");
    JsonNode problem = json(refused);
    assertThat(problem.get("type").asText()).isEqualTo("https://miglobe.de/problems/operation-refused");
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(codes(problem.get("violations")))
        .containsExactly("CONSULTATION_COMPLETION_WITHOUT_SESSION", "CONSULTATION_COMPLETION_WITHOUT_OUTCOME");
    JsonNode first = problem.get("violations").get(0);
    assertThat(first.get("path").asText()).isEqualTo("consultations[1].sessions");
    assertThat(first.get("message").get("de").asText())
        .isEqualTo("Eine Beratung kann erst mit mindestens einem Termin abgeschlossen werden.");
    assertThat(first.get("message").get("en").asText())
        .isEqualTo("A consultation can only be completed with at least one session.");

    HttpResponse<String> session =
        post(
            "/consultations/con-stuttgart-2019/sessions?today=2019-02-12",
            "{\"date\": \"2019-02-12\", \"duration\": 2, \"kind\": \"meeting\","
                + " \"advisorsPresent\": [\"adv-guntsetseg\"], \"summary\": \"Auftaktgespräch\"}");
    assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
    HttpResponse<String> outcome =
        post(
            "/consultations/con-stuttgart-2019/outcomes",
            "{\"kind\": \"new_contacts\", \"description\": \"Drei Vereine angesprochen\","
                + " \"recordedOn\": \"2019-02-12\"}");
    assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(200);
    HttpResponse<String> completed =
        post("/consultations/con-stuttgart-2019/complete?on=2019-02-12&actor=Programmb%C3%BCro");
    assertThat(completed.statusCode()).isEqualTo(200);
    assertThat(json(completed).get("consultation").get("status").asText()).isEqualTo("completed");

    Consultation stored = server.programme().consultation(STUTTGART_TALK).orElseThrow();
    assertThat(stored.status()).isEqualTo(ConsultationStatus.COMPLETED);
    assertThat(stored.history()).hasSize(4);
  }

  @Test
  void approvingACompletedConsultation_is422_andChangesNothing() throws Exception {
    HttpResponse<String> response =
        post("/consultations/con-salach-2018/approve?on=2018-10-01&actor=Programmb%C3%BCro");

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode violation = json(response).get("violations").get(0);
    assertThat(violation.get("code").asText()).isEqualTo("CONSULTATION_TRANSITION_NOT_ALLOWED");
    assertThat(violation.get("parameters").get("from").asText()).isEqualTo("completed");
    assertThat(violation.get("message").get("en").asText())
        .isEqualTo("The status cannot change from \"Completed\" to \"Approved\".");
    assertThat(violation.get("message").get("de").asText())
        .isEqualTo("Der Status kann nicht von „Abgeschlossen“ zu „Bewilligt“ wechseln.");
    assertThat(server.programme()).isEqualTo(SalachStory.programme());
  }

  @Test
  void decliningWithoutAReason_is422_withAReason_isAccepted() throws Exception {
    assertThat(post("/consultations?actor=Stadt%20Stuttgart", stuttgartRequest()).statusCode()).isEqualTo(201);

    HttpResponse<String> noReason = post("/consultations/con-stuttgart-2019/decline?on=2019-01-21&actor=B%C3%BCro");
    HttpResponse<String> declined =
        post("/consultations/con-stuttgart-2019/decline?on=2019-01-21&actor=B%C3%BCro&reason=Kein%20Budget%202019");

    assertThat(noReason.statusCode()).isEqualTo(422);
    JsonNode violation = json(noReason).get("violations").get(0);
    assertThat(violation.get("code").asText()).isEqualTo("CONSULTATION_REASON_REQUIRED");
    assertThat(violation.get("message").get("de").asText())
        .isEqualTo("Für den Status „Abgelehnt“ ist eine Begründung erforderlich.");
    assertThat(declined.statusCode()).isEqualTo(200);
    assertThat(json(declined).get("consultation").get("status").asText()).isEqualTo("declined");
  }

  @Test
  void cancellingACompletedConsultation_is422() throws Exception {
    HttpResponse<String> response =
        post("/consultations/con-salach-2018/cancel?on=2018-10-01&actor=B%C3%BCro&reason=Versehen");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(codes(json(response).get("violations"))).containsExactly("CONSULTATION_TRANSITION_NOT_ALLOWED");
  }

  @Test
  void aPublishedTestimonialWithoutConsent_is422_withConsent_isAccepted() throws Exception {
    String withoutConsent =
        "{\"quote\": \"Sehr hilfreich\", \"speaker\": {\"familyName\": \"Becker\"}, \"published\": true}";
    String withConsent =
        "{\"quote\": \"Sehr hilfreich\", \"speaker\": {\"familyName\": \"Becker\"},"
            + " \"consentGivenOn\": \"2018-10-01\", \"published\": true}";

    HttpResponse<String> refused = post("/consultations/con-salach-2018/testimonials", withoutConsent);
    HttpResponse<String> accepted = post("/consultations/con-salach-2018/testimonials", withConsent);

    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode violation = json(refused).get("violations").get(0);
    assertThat(violation.get("code").asText()).isEqualTo("TESTIMONIAL_WITHOUT_CONSENT");
    assertThat(violation.get("message").get("en").asText())
        .isEqualTo("The testimonial is to be published without the speaker's consent.");
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(server.programme().consultation(SalachStory.SALACH_CONSULTATION).orElseThrow().testimonials())
        .hasSize(2);
  }

  @Test
  void aSecondRequestWithTheSameIdentifier_isRefused() throws Exception {
    assertThat(post("/consultations?actor=Stadt%20Stuttgart", stuttgartRequest()).statusCode()).isEqualTo(201);

    HttpResponse<String> again = post("/consultations?actor=Stadt%20Stuttgart", stuttgartRequest());

    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(codes(json(again).get("violations"))).containsExactly("ID_ALREADY_USED");
  }

  @Test
  void concurrentOperations_loseNoChange() throws Exception {
    int requests = 20;
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      String outcome =
          "{\"kind\": \"new_contacts\", \"description\": \"Kontakt " + i + "\", \"recordedOn\": \"2018-10-01\"}";
      answers.add(
          client.sendAsync(
              HttpRequest.newBuilder(uri("/consultations/con-salach-2018/outcomes"))
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(10))
                  .POST(HttpRequest.BodyPublishers.ofString(outcome))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (var answer : answers) {
      assertThat(answer.get().statusCode()).isEqualTo(200);
    }

    Consultation salach = server.programme().consultation(SalachStory.SALACH_CONSULTATION).orElseThrow();
    assertThat(salach.outcomes()).hasSize(SalachStory.salachConsultation().outcomes().size() + requests);
  }

  // ---- POST: bad requests

  @Test
  void malformedJson_is400ProblemDetailsFromTheReader() throws Exception {
    HttpResponse<String> response = post("/consultations?actor=Stadt%20Stuttgart", "{\"id\": \"con-x\",");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("type").asText()).isEqualTo("https://miglobe.de/problems/invalid-json-document");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("syntax_error");
    assertThat(server.programme()).isEqualTo(SalachStory.programme());
  }

  @Test
  void wellFormedButInvalidDocument_is422WithAPointerPerProblem() throws Exception {
    HttpResponse<String> response =
        post("/consultations/con-salach-2018/outcomes", "{\"kind\": \"party\", \"recordedOn\": \"2018-07-31\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode errors = json(response).get("errors");
    List<String> found = new ArrayList<>();
    errors.forEach(e -> found.add(e.get("pointer").asText() + " " + e.get("code").asText()));
    assertThat(found).containsExactly("/kind unknown_code", "/description missing_property");
    assertThat(server.programme()).isEqualTo(SalachStory.programme());
  }

  @Test
  void missingOrMalformedParameters_are400() throws Exception {
    HttpResponse<String> noActor = post("/consultations/con-salach-2018/cancel?on=2018-10-01");
    assertThat(noActor.statusCode()).isEqualTo(400);
    assertThat(json(noActor).get("detail").asText()).isEqualTo("Parameter actor is required.");

    HttpResponse<String> badDate = post("/consultations/con-salach-2018/cancel?on=1.10.2018&actor=x");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(json(badDate).get("detail").asText()).isEqualTo("Parameter on must be a date like 2018-09-28.");

    HttpResponse<String> noToday = get("/programme/validation");
    assertThat(noToday.statusCode()).isEqualTo(400);
  }

  @Test
  void unknownConsultationOrOperation_is404() throws Exception {
    assertThat(post("/consultations/con-nowhere/approve?on=2018-10-01&actor=x").statusCode()).isEqualTo(404);
    assertThat(post("/consultations/con-salach-2018/celebrate?on=2018-10-01&actor=x").statusCode()).isEqualTo(404);
  }

  @Test
  void bodyNotSentAsJson_is415() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/consultations?actor=x"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(stuttgartRequest())));

    assertThat(response.statusCode()).isEqualTo(415);
  }

  @Test
  void bodyOverTheLimit_is413() throws Exception {
    String huge = "[" + "0,".repeat(ProgrammeApi.MAX_BODY_BYTES / 2) + "0]";

    HttpResponse<String> response = post("/consultations?actor=x", huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).get("detail").asText()).isEqualTo("The body exceeds 1048576 bytes.");
  }
}
