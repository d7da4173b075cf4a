package de.miglobe.benchmarks;

import de.miglobe.core.Hours;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationSession;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.consultation.SessionKind;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeContext;
import de.miglobe.core.programme.ProgrammeOperations;
import de.miglobe.core.rule.OperationResult;
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
 * One consultation lifecycle operation with its rule checks on the largest programme (target: under
 * 1 ms), in the two ways a UI backend can call it:
 *
 * <ul>
 *   <li>on the consultation, with a {@link ProgrammeContext} the backend built once for the
 *       programme ({@code approve…}, {@code logSession…}): the operation and its rules alone;
 *   <li>through {@link ProgrammeOperations#updateConsultation}, which also builds the context and
 *       the new programme ({@code …InProgramme}).
 * </ul>
 *
 * {@link #programmeContext()} and {@link #putConsultation()} measure the two parts the second way
 * adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class LifecycleBenchmark {

  private static final String ACTOR = "Programmbüro MiGlobe";

  /** The number of consultations; the rest of the programme is in proportion. */
  @Param({"100000"})
  public int consultations;

  private Programme programme;
  private ProgrammeContext context;
  private LocalDate today;
  private Consultation requested;
  private Consultation inProgress;
  private ConsultationSession session;

  /**
   * Generates the programme and picks a requested consultation that may be approved and one in
   * progress that may log a one-hour session today; fails if the operations are refused.
   */
  @Setup(Level.Trial)
  public void setUp() {
    programme = SampleProgramme.of(consultations).programme();
    context = ProgrammeContext.of(programme);
    today = SampleProgramme.today();
    for (Consultation c : programme.consultations()) {
      if (requested == null
          && c.status() == ConsultationStatus.REQUESTED
          && c.approve(today, ACTOR, context).isAccepted()) {
        requested = c;
      }
      if (inProgress == null && c.status() == ConsultationStatus.IN_PROGRESS) {
        ConsultationSession candidate = sessionFor(c);
        OperationResult<Consultation> logged = c.logSession(candidate, today, context);
        if (logged.isAccepted() && logged.warnings().isEmpty()) {
          inProgress = c;
          session = candidate;
        }
      }
    }
    if (requested == null || inProgress == null) {
      throw new IllegalStateException("no consultation to approve or to log a session for");
    }
    if (approveInProgramme().isRefused() || logSessionInProgramme().isRefused()) {
      throw new IllegalStateException("an operation was refused in the programme");
    }
  }

  private ConsultationSession sessionFor(Consultation c) {
    ConsultationSession.Builder s =
        ConsultationSession.builder().date(today).duration(Hours.of(1)).kind(SessionKind.MEETING);
    for (TeamMember member : c.team()) {
      s.addAdvisorsPresent(member.advisor());
    }
    return s.build();
  }

  /**
   * Approves a request with the prepared context (status transition, municipality eligibility).
   *
   * @return the result
   */
  @Benchmark
  public OperationResult<Consultation> approveWithContext() {
    return requested.approve(today, ACTOR, context);
  }

  /**
   * Logs a session with the prepared context (status, period, team, hours budget).
   *
   * @return the result
   */
  @Benchmark
  public OperationResult<Consultation> logSessionWithContext() {
    return inProgress.logSession(session, today, context);
  }

  /**
   * Approves a request inside the programme: context, operation and the new programme.
   *
   * @return the result
   */
  @Benchmark
  public OperationResult<Programme> approveInProgramme() {
    return ProgrammeOperations.updateConsultation(
        programme, requested.id(), (c, ctx) -> c.approve(today, ACTOR, ctx));
  }

  /**
   * Logs a session inside the programme: context, operation and the new programme.
   *
   * @return the result
   */
  @Benchmark
  public OperationResult<Programme> logSessionInProgramme() {
    return ProgrammeOperations.updateConsultation(
        programme, inProgress.id(), (c, ctx) -> c.logSession(session, today, ctx));
  }

  /**
   * Part of the programme path: building the context (one pass over consultations and phases).
   *
   * @return the context
   */
  @Benchmark
  public ProgrammeContext programmeContext() {
    return ProgrammeContext.of(programme);
  }

  /**
   * Part of the programme path: replacing one consultation, which builds a new programme.
   *
   * @return the new programme
   */
  @Benchmark
  public Programme putConsultation() {
    return ProgrammeOperations.putConsultation(programme, inProgress);
  }
}
