package de.miglobe.benchmarks;

import com.dslplatform.json.DslJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.miglobe.benchmarks.plain.PlainBinders;
import de.miglobe.benchmarks.plain.PlainProgramme;
import de.miglobe.core.programme.Programme;
import java.io.ByteArrayOutputStream;
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
 * Writing a programme (value to compact UTF-8 JSON): MiGlobe's writer from the model against stock
 * jackson-databind and DSL-JSON from {@link PlainProgramme} records holding the same data. Each
 * writes into the same reused in-memory stream, so only serialisation is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class WriteBenchmark {

  /** The number of consultations; the rest of the programme is in proportion. */
  @Param({"1000", "10000", "100000"})
  public int consultations;

  private Programme programme;
  private PlainProgramme records;
  private ObjectMapper jackson;
  private DslJson<Object> dslJson;
  private ByteArrayOutputStream out;

  /**
   * Generates the programme, binds its document to records, and prints the size each writer
   * produces (they differ only in the order and the omission of empty values).
   *
   * @throws IOException if a baseline cannot bind or write
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    SampleProgramme sample = SampleProgramme.of(consultations);
    programme = sample.programme();
    jackson = PlainBinders.jackson();
    dslJson = PlainBinders.dslJson();
    records = jackson.readValue(sample.document(), PlainProgramme.class);
    out = new ByteArrayOutputStream(sample.document().length + sample.document().length / 4);
    System.out.printf(
        "%nbytes written: miglobe %,d, jackson records %,d, DSL-JSON records %,d%n",
        miglobe(), jacksonRecords(), dslJsonRecords());
  }

  /**
   * MiGlobe: the model to JSON.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int miglobe() {
    out.reset();
    SampleProgramme.JSON.write(programme, out);
    return out.size();
  }

  /**
   * Baseline: stock jackson-databind + jsr310 from records.
   *
   * @return the number of bytes written
   * @throws IOException never for an in-memory stream
   */
  @Benchmark
  public int jacksonRecords() throws IOException {
    out.reset();
    jackson.writeValue(out, records);
    return out.size();
  }

  /**
   * Baseline: DSL-JSON from the same records.
   *
   * @return the number of bytes written
   * @throws IOException never for an in-memory stream
   */
  @Benchmark
  public int dslJsonRecords() throws IOException {
    out.reset();
    dslJson.serialize(records, out);
    return out.size();
  }
}
