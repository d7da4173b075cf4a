package de.miglobe.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.programme.Programme;
import de.miglobe.testkit.SalachStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module on a mapper of the user's own, and the exception as problem details. */
class MiGlobeModuleTest {
  record Assignment(AdvisorId advisor, List<Advisor> candidates) {}

  @Test
  void findAndRegisterModules_findsTheModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    Programme read = mapper.readValue(GoldenFiles.read("programme-salach-2018"), Programme.class);

    assertThat(mapper.getRegisteredModuleIds()).contains("MiGlobeModule");
    assertThat(read).isEqualTo(SalachStory.programme());
  }

  @Test
  void ownMapper_writesTheSameDocumentsAsTheFacade() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new MiGlobeModule()).build();
    MiGlobeJson compact = MiGlobeJson.builder().disable(MiGlobeJsonOption.PRETTY_PRINT).build();

    assertThat(mapper.writeValueAsString(SalachStory.programme())).isEqualTo(compact.write(SalachStory.programme()));
  }

  @Test
  void ownMapper_typesOfTheModelInsideOwnRecords() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new MiGlobeModule()).build();
    Assignment assignment = new Assignment(SalachStory.GUNTSETSEG, List.of(SalachStory.tchakoura()));

    String text = mapper.writeValueAsString(assignment);

    assertThat(text).startsWith("{\"advisor\":\"adv-guntsetseg\",\"candidates\":[{\"id\":\"adv-tchakoura\"");
    assertThat(text).doesNotContain("formatVersion");
    assertThat(mapper.readValue(text, Assignment.class)).isEqualTo(assignment);
  }

  @Test
  void ownMapper_throwsTheLibrarysExceptionAtTheRoot_andWrapsItInsideOwnBeans() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new MiGlobeModule()).build();

    MiGlobeJsonException root =
        catchThrowableOfType(MiGlobeJsonException.class, () -> mapper.readValue("{\"formatVersion\":\"1.0\"}", Programme.class));
    Throwable nested = catchThrowable(() -> mapper.readValue("{\"advisor\":\"a b\",\"candidates\":[]}", Assignment.class));

    assertThat(root.problems()).extracting(JsonProblem::pointer).containsExactly("/name");
    assertThat(nested).isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(MiGlobeJsonException.class);
  }

  @Test
  void facadeMapper_isHardenedLikeTheFacade() {
    ObjectMapper mapper = MiGlobeJson.standard().mapper();

    Throwable trailing = catchThrowable(() -> mapper.readValue("\"adv-1\" \"adv-2\"", AdvisorId.class));

    assertThat(trailing).isInstanceOf(JsonMappingException.class).hasMessageContaining("Trailing token");
    assertThat(mapper.getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(MiGlobeJson.DEFAULT_MAX_NESTING_DEPTH);
  }

  @Test
  void toProblemDetails_rendersRfc9457() {
    MiGlobeJsonException e =
        catchThrowableOfType(
            MiGlobeJsonException.class,
            () -> MiGlobeJson.standard().read("{\"formatVersion\":\"1.0\",\"name\":\" \",\"x\":1}", Programme.class));

    assertThat(e.httpStatus()).isEqualTo(422);
    assertThat(e.toProblemDetails())
        .isEqualTo(
            "{\"type\":\"https://miglobe.de/problems/invalid-json-document\",\"title\":\"Invalid MiGlobe JSON document\","
                + "\"status\":422,\"detail\":\"The document has 2 problems.\",\"errors\":["
                + "{\"pointer\":\"/x\",\"code\":\"unknown_property\",\"detail\":\"is not a property of Programme\"},"
                + "{\"pointer\":\"/name\",\"code\":\"invalid_value\",\"detail\":\"must not be blank\"}]}");
  }

  @Test
  void toProblemDetails_syntaxErrorsAreBadRequests() {
    MiGlobeJsonException e =
        catchThrowableOfType(MiGlobeJsonException.class, () -> MiGlobeJson.standard().read("{", Programme.class));

    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(MiGlobeJsonException.PROBLEM_MEDIA_TYPE).isEqualTo("application/problem+json");
  }

  @Test
  void module_hasTheBuildVersion() {
    assertThat(new MiGlobeModule().version().toString()).isEqualTo("0.1.0-SNAPSHOT");
  }
}
