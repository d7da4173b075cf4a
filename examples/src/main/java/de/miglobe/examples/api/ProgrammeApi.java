package de.miglobe.examples.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import de.miglobe.core.InvalidValueException;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationContext;
import de.miglobe.core.consultation.ConsultationSession;
import de.miglobe.core.consultation.Outcome;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.consultation.Testimonial;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.id.ProgrammeEventId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeOperations;
import de.miglobe.core.programme.ProgrammeRules;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.json.MiGlobeJson;
import de.miglobe.json.MiGlobeJsonException;
import de.miglobe.json.MiGlobeJsonOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTTP handler of the example API: routes each request, reads bodies with {@link MiGlobeJson},
 * applies the library's operations to the programme it holds and answers with JSON documents or
 * problem details. The endpoints are listed in the {@linkplain de.miglobe.examples.api package
 * documentation}.
 *
 * <p>The programme is one immutable value. An operation computes a new programme from the current
 * one; only an accepted operation replaces it (under a lock, so concurrent requests see either the
 * old or the new programme, never half of a change).
 */
final class ProgrammeApi implements HttpHandler {

  /** The largest request body read, in bytes; larger bodies are answered with 413. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  /**
   * The names of the JSON Schemas shipped in miglobe-json: one per document, and {@code common},
   * which defines the shared types every document schema refers to.
   */
  static final List<String> SCHEMA_DOCUMENTS =
      List.of(
          "common",
          "programme",
          "advisor",
          "qualification-phase",
          "certificate",
          "municipality",
          "consultation",
          "organisation",
          "programme-event");

  private static final String SCHEMA_FOLDER = "/de/miglobe/json/schema/";
  private static final String JSON = "application/json";
  private static final Pattern SCHEMA_FILE = Pattern.compile("([a-z-]+)\\.schema\\.json");

  /** Full documents, with contact details: only on request ({@code ?view=full}). */
  private static final MiGlobeJson FULL = MiGlobeJson.standard();

  /** Redacted documents for public views: the default of every answer. */
  private static final MiGlobeJson PUBLIC =
      MiGlobeJson.builder().enable(MiGlobeJsonOption.REDACT_PERSONAL_DATA).build();

  private static final JsonFactory FACTORY = new JsonFactory();

  /** The collections served under {@code /<name>} and {@code /<name>/<id>}. */
  private static final Map<String, Collection> COLLECTIONS = collections();

  private final Object lock = new Object();
  private volatile Programme programme;

  /**
   * @param programme the programme served at first; not null
   */
  ProgrammeApi(Programme programme) {
    this.programme = Objects.requireNonNull(programme, "programme");
  }

  /** @return the programme as it stands now */
  Programme programme() {
    return programme;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        route(exchange);
      } catch (MiGlobeJsonException e) {
        // The body is not a valid document: 400 if it is not even JSON, 422 if it breaks the format.
        send(exchange, e.httpStatus(), ProblemDetails.MEDIA_TYPE, e.toProblemDetails());
      } catch (Refusal e) {
        if (e.allow != null) {
          exchange.getResponseHeaders().set("Allow", e.allow);
        }
        send(exchange, e.problem.status(), ProblemDetails.MEDIA_TYPE, e.problem.toJson());
      } catch (InvalidValueException e) {
        // A parameter broke a value's invariant (a blank actor, for example). The message names the
        // attribute and the rule; it never repeats personal data.
        send(exchange, 400, ProblemDetails.MEDIA_TYPE, ProblemDetails.badRequest(e.getMessage()).toJson());
      } catch (RuntimeException e) {
        System.err.println("Request failed: " + e.getClass().getName());
        ProblemDetails problem = ProblemDetails.internalError();
        send(exchange, problem.status(), ProblemDetails.MEDIA_TYPE, problem.toJson());
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    List<String> path = segments(exchange.getRequestURI().getRawPath());
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    MiGlobeJson view = view(query);

    if (path.isEmpty()) {
      requireMethod(method, "GET");
      send(exchange, 200, JSON, index());
    } else if (path.equals(List.of("programme"))) {
      requireMethod(method, "GET");
      send(exchange, 200, JSON, view.write(programme));
    } else if (path.equals(List.of("programme", "validation"))) {
      requireMethod(method, "GET");
      Evaluation evaluation = ProgrammeRules.validate(programme, day(query, "today"));
      send(exchange, 200, JSON, evaluationJson(evaluation));
    } else if (path.get(0).equals("schemas") && path.size() <= 2) {
      requireMethod(method, "GET");
      schemas(exchange, path);
    } else if (path.equals(List.of("consultations")) && method.equals("POST")) {
      requestConsultation(exchange, query, view);
    } else if (path.size() == 3 && path.get(0).equals("consultations")) {
      requireMethod(method, "POST");
      consultationOperation(exchange, path.get(1), path.get(2), query, view);
    } else if (COLLECTIONS.containsKey(path.get(0)) && path.size() <= 2) {
      requireMethod(method, path.equals(List.of("consultations")) ? "GET, POST" : "GET");
      Collection collection = COLLECTIONS.get(path.get(0));
      if (path.size() == 1) {
        send(exchange, 200, JSON, array(collection.all.apply(programme), view));
      } else {
        ProblemDetails notFound =
            ProblemDetails.notFound("No document in /" + path.get(0) + " has this identifier.");
        Object document =
            collection.one.apply(programme, path.get(1)).orElseThrow(() -> new Refusal(notFound));
        send(exchange, 200, JSON, view.write(document));
      }
    } else {
      throw new Refusal(ProblemDetails.notFound("No such resource."));
    }
  }

  // ---- POST: a new request and the lifecycle operations

  /** {@code POST /consultations?actor=…}: the body is the consultation as requested. */
  private void requestConsultation(HttpExchange exchange, Map<String, String> query, MiGlobeJson view)
      throws IOException {
    String actor = required(query, "actor");
    Consultation draft = FULL.read(body(exchange), Consultation.class);
    OperationResult<Programme> result;
    synchronized (lock) {
      result = ProgrammeOperations.requestConsultation(programme, draft, actor);
      result.value().ifPresent(changed -> programme = changed);
    }
    Programme changed = accepted("request", result);
    exchange.getResponseHeaders().set("Location", "/consultations/" + draft.id().value());
    Consultation created = changed.consultation(draft.id()).orElseThrow();
    send(exchange, 201, JSON, acceptedJson(result.evaluation(), created, view));
  }

  /**
   * {@code POST /consultations/<id>/<operation>?…}: one lifecycle operation. The day is always a
   * parameter ({@code on} or {@code today}): like the library, the API reads no clock.
   */
  private void consultationOperation(
      HttpExchange exchange,
      String consultation,
      String operation,
      Map<String, String> query,
      MiGlobeJson view)
      throws IOException {
    ConsultationId id =
        COLLECTIONS.get("consultations").one.apply(programme, consultation)
            .map(c -> ((Consultation) c).id())
            .orElseThrow(() -> new Refusal(ProblemDetails.notFound("No consultation has this identifier.")));
    // Parameters and body are read first: a bad request never reaches the rules.
    BiFunction<Consultation, ConsultationContext, OperationResult<Consultation>> change;
    switch (operation) {
      case "approve": {
        LocalDate on = day(query, "on");
        String actor = required(query, "actor");
        change = (c, ctx) -> c.approve(on, actor, ctx);
        break;
      }
      case "decline": {
        LocalDate on = day(query, "on");
        String actor = required(query, "actor");
        String reason = query.get("reason");
        change = (c, ctx) -> c.decline(on, actor, reason);
        break;
      }
      case "cancel": {
        LocalDate on = day(query, "on");
        String actor = required(query, "actor");
        String reason = query.get("reason");
        change = (c, ctx) -> c.cancel(on, actor, reason);
        break;
      }
      case "team": {
        // Adds one member to the team; the team rules (size, qualification, duplicates) decide.
        LocalDate on = day(query, "on");
        TeamMember member = FULL.read(body(exchange), TeamMember.class);
        change = (c, ctx) -> c.assignTeam(with(c.team(), member), on, ctx);
        break;
      }
      case "start": {
        LocalDate on = day(query, "on");
        String actor = required(query, "actor");
        change = (c, ctx) -> c.start(on, actor, ctx);
        break;
      }
      case "sessions": {
        LocalDate today = day(query, "today");
        ConsultationSession session = FULL.read(body(exchange), ConsultationSession.class);
        change = (c, ctx) -> c.logSession(session, today, ctx);
        break;
      }
      case "outcomes": {
        Outcome outcome = FULL.read(body(exchange), Outcome.class);
        change = (c, ctx) -> c.recordOutcome(outcome);
        break;
      }
      case "testimonials": {
        Testimonial testimonial = FULL.read(body(exchange), Testimonial.class);
        change = (c, ctx) -> c.addTestimonial(testimonial);
        break;
      }
      case "complete": {
        LocalDate on = day(query, "on");
        String actor = required(query, "actor");
        change = (c, ctx) -> c.complete(on, actor);
        break;
      }
      default:
        throw new Refusal(ProblemDetails.notFound(
                "No such operation; the operations are approve, decline, cancel, team, start,"
                    + " sessions, outcomes, testimonials and complete."));
    }
    OperationResult<Programme> result;
    synchronized (lock) {
      result = ProgrammeOperations.updateConsultation(programme, id, change);
      result.value().ifPresent(changed -> programme = changed);
    }
    Programme changed = accepted(operation, result);
    send(exchange, 200, JSON, acceptedJson(result.evaluation(), changed.consultation(id).orElseThrow(), view));
  }

  private static List<TeamMember> with(List<TeamMember> team, TeamMember member) {
    List<TeamMember> changed = new ArrayList<>(team);
    changed.add(member);
    return changed;
  }

  /** The new programme, or a 422 that lists every violation of the refusal. */
  private static Programme accepted(String operation, OperationResult<Programme> result) {
    return result
        .value()
        .orElseThrow(() -> new Refusal(ProblemDetails.refused(operation, result.violations())));
  }

  // ---- GET: schemas

  private static void schemas(HttpExchange exchange, List<String> path) throws IOException {
    if (path.size() == 1) {
      List<String> available =
          SCHEMA_DOCUMENTS.stream()
              .map(document -> document + ".schema.json")
              .filter(file -> ProgrammeApi.class.getResource(SCHEMA_FOLDER + file) != null)
              .collect(Collectors.toList());
      send(exchange, 200, JSON, stringArray(available));
      return;
    }
    // Only names of the form <document>.schema.json are looked up: no path ever reaches the
    // class loader as typed by the client.
    var file = SCHEMA_FILE.matcher(path.get(1));
    if (file.matches() && SCHEMA_DOCUMENTS.contains(file.group(1))) {
      try (InputStream in = ProgrammeApi.class.getResourceAsStream(SCHEMA_FOLDER + path.get(1))) {
        if (in != null) {
          send(exchange, 200, "application/schema+json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
          return;
        }
      }
    }
    throw new Refusal(ProblemDetails.notFound("No such schema; GET /schemas lists them."));
  }

  // ---- Reading the request

  private static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String segment : rawPath.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> parameters = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        parameters.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new Refusal(ProblemDetails.badRequest("The query is not properly percent-encoded."));
      }
    }
    return parameters;
  }

  /** {@code view=public} (default: redacted) or {@code view=full} (with contact details). */
  private static MiGlobeJson view(Map<String, String> query) {
    String view = query.getOrDefault("view", "public");
    switch (view) {
      case "public":
        return PUBLIC;
      case "full":
        return FULL;
      default:
        throw new Refusal(ProblemDetails.badRequest("Parameter view must be public or full."));
    }
  }

  private static String required(Map<String, String> query, String name) {
    String value = query.get(name);
    if (value == null || value.isBlank()) {
      throw new Refusal(ProblemDetails.badRequest("Parameter " + name + " is required."));
    }
    return value;
  }

  private static LocalDate day(Map<String, String> query, String name) {
    String value = required(query, name);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new Refusal(
          ProblemDetails.badRequest("Parameter " + name + " must be a date like 2018-09-28."));
    }
  }

  /** Reads the body, at most {@link #MAX_BODY_BYTES}; it must be sent as JSON. */
  private static byte[] body(HttpExchange exchange) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(JSON)) {
      throw new Refusal(ProblemDetails.unsupportedMediaType());
    }
    byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new Refusal(ProblemDetails.payloadTooLarge(MAX_BODY_BYTES));
    }
    return body;
  }

  private static void requireMethod(String method, String allowed) {
    if (!List.of(allowed.split(", ")).contains(method)) {
      throw new Refusal(ProblemDetails.methodNotAllowed(method), allowed);
    }
  }

  // ---- Writing the answer

  private static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A JSON array of documents, each written like a single document. */
  private static String array(List<?> documents, MiGlobeJson view) {
    return documents.stream()
        .map(view::write)
        .map(String::strip)
        .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
  }

  /** {@code {"result": "accepted", "warnings": [...], "consultation": {...}}}. */
  private static String acceptedJson(Evaluation warnings, Consultation consultation, MiGlobeJson view) {
    return json(
        g -> {
          g.writeStringField("result", "accepted");
          g.writeFieldName("warnings");
          ProblemDetails.writeViolations(g, warnings.violations());
          g.writeFieldName("consultation");
          g.writeRawValue(view.write(consultation).strip());
        });
  }

  /** {@code {"violations": [...]}}: every violation of a whole-programme validation. */
  private static String evaluationJson(Evaluation evaluation) {
    return json(
        g -> {
          g.writeFieldName("violations");
          ProblemDetails.writeViolations(g, evaluation.violations());
        });
  }

  private static String index() {
    return json(
        g -> {
          g.writeStringField("programme", "/programme");
          g.writeStringField("validation", "/programme/validation?today=2018-09-28");
          for (String collection : COLLECTIONS.keySet()) {
            g.writeStringField(collection, "/" + collection);
          }
          g.writeStringField("schemas", "/schemas");
        });
  }

  private static String stringArray(List<String> values) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the members of one JSON object. */
  @FunctionalInterface
  private interface Members {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(Members members) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      members.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  // ---- The collections

  /** How to list a collection and how to find one of its documents by identifier. */
  private static final class Collection {
    final Function<Programme, List<?>> all;
    final BiFunction<Programme, String, Optional<?>> one;

    Collection(Function<Programme, List<?>> all, BiFunction<Programme, String, Optional<?>> one) {
      this.all = all;
      this.one = (programme, id) -> {
        try {
          return one.apply(programme, id);
        } catch (InvalidValueException e) {
          return Optional.empty(); // not even a valid identifier: no such document
        }
      };
    }
  }

  private static Map<String, Collection> collections() {
    Map<String, Collection> collections = new LinkedHashMap<>();
    collections.put("advisors", new Collection(Programme::advisors, (p, id) -> p.advisor(AdvisorId.of(id))));
    collections.put("phases", new Collection(Programme::phases, (p, id) -> p.phase(QualificationPhaseId.of(id))));
    collections.put(
        "certificates", new Collection(Programme::certificates, (p, id) -> p.certificate(CertificateId.of(id))));
    collections.put(
        "municipalities",
        new Collection(Programme::municipalities, (p, id) -> p.municipality(MunicipalityId.of(id))));
    collections.put(
        "consultations",
        new Collection(Programme::consultations, (p, id) -> p.consultation(ConsultationId.of(id))));
    collections.put(
        "organisations",
        new Collection(Programme::organisations, (p, id) -> p.organisation(OrganisationId.of(id))));
    collections.put("events", new Collection(Programme::events, (p, id) -> p.event(ProgrammeEventId.of(id))));
    return collections;
  }

  /** Ends a request with a problem; thrown from anywhere in the handling of one request. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemDetails problem;
    private final String allow;

    Refusal(ProblemDetails problem) {
      this(problem, null);
    }

    /** @param allow the methods the resource allows, for the {@code Allow} header of a 405 */
    Refusal(ProblemDetails problem, String allow) {
      super(problem.toJson(), null, false, false);
      this.problem = problem;
      this.allow = allow;
    }
  }
}
