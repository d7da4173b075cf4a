package de.miglobe.benchmarks;

import com.dslplatform.json.DslJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.miglobe.benchmarks.plain.PlainBinders;
import de.miglobe.benchmarks.plain.PlainProgramme;
import de.miglobe.core.programme.Programme;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a programme document (UTF-8 bytes to a value): MiGlobe's strict reader into the
 * validated, immutable model against stock jackson-databind and DSL-JSON into {@link
 * PlainProgramme} records, and jackson-core tokenizing alone (every token, no strings
 * materialised) as the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class ReadBenchmark {

  /** The number of consultations; the rest of the programme is in proportion. */
  @Param({"1000", "10000", "100000"})
  public int consultations;

  private byte[] document;
  private ObjectMapper jackson;
  private JsonFactory tokenizer;
  private DslJson<Object> dslJson;

  /**
   * Generates the document once per trial and checks that both baselines bind it to equal
   * records, so that every variant does the same work.
   *
   * @throws IOException if a baseline cannot bind the document
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    document = SampleProgramme.of(consultations).document();
    jackson = PlainBinders.jackson();
    tokenizer = PlainBinders.tokenizer();
    dslJson = PlainBinders.dslJson();
    PlainProgramme viaJackson = jacksonRecords();
    PlainProgramme viaDslJson = dslJsonRecords();
    if (!viaJackson.equals(viaDslJson) || viaJackson.consultations().size() != consultations) {
      throw new IllegalStateException("the baselines bind the document differently");
    }
  }

  /**
   * MiGlobe: bytes to a {@link Programme} with every value invariant checked.
   *
   * @return the programme
   */
  @Benchmark
  public Programme miglobe() {
    return SampleProgramme.JSON.read(document, Programme.class);
  }

  /**
   * Baseline: stock jackson-databind + jsr310 into records, no validation.
   *
   * @return the records
   * @throws IOException never for the generated document
   */
  @Benchmark
  public PlainProgramme jacksonRecords() throws IOException {
    return jackson.readValue(document, PlainProgramme.class);
  }

  /**
   * Baseline: DSL-JSON into the same records.
   *
   * @return the records
   * @throws IOException never for the generated document
   */
  @Benchmark
  public PlainProgramme dslJsonRecords() throws IOException {
    return dslJson.deserialize(PlainProgramme.class, document, document.length);
  }

  /**
   * Floor: jackson-core reads every token and binds nothing.
   *
   * @return the number of tokens
   * @throws IOException never for the generated document
   */
  @Benchmark
  public long jacksonTokens() throws IOException {
    long tokens = 0;
    try (JsonParser p = tokenizer.createParser(document)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }
}
