package de.miglobe.benchmarks;

import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeRules;
import de.miglobe.core.rule.Evaluation;
import java.time.LocalDate;
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
 * Whole-programme rule validation ({@link ProgrammeRules#validate}) at three sizes; it must scale
 * linearly (ten times the data in at most twelve times the time) and take under a second for
 * 100,000 consultations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class ValidationBenchmark {

  /** The number of consultations; the rest of the programme is in proportion. */
  @Param({"1000", "10000", "100000"})
  public int consultations;

  private Programme programme;
  private LocalDate today;

  /** Generates the programme once per trial and checks that it has no rule errors. */
  @Setup(Level.Trial)
  public void setUp() {
    programme = SampleProgramme.of(consultations).programme();
    today = SampleProgramme.today();
    if (validate().hasErrors()) {
      throw new IllegalStateException("the generated programme has rule errors");
    }
  }

  /**
   * Every programme rule on the whole programme.
   *
   * @return the evaluation (warnings only)
   */
  @Benchmark
  public Evaluation validate() {
    return ProgrammeRules.validate(programme, today);
  }
}
