package de.miglobe.benchmarks;

import de.miglobe.core.programme.Programme;
import de.miglobe.json.MiGlobeJson;
import de.miglobe.json.MiGlobeJsonOption;
import de.miglobe.testkit.ProgrammeGenerator;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

/**
 * The data every benchmark works on: a programme from the seeded {@link ProgrammeGenerator}
 * (advisors, municipalities and sessions in proportion to the consultations) and its compact JSON
 * document as {@code MiGlobeJson} writes it. Both are equal for equal sizes on every run.
 */
public final class SampleProgramme {

  /** The seed of every generated programme. */
  public static final long SEED = 42;

  /** The writer and reader measured: strict, full (not redacted), compact (not pretty). */
  public static final MiGlobeJson JSON =
      MiGlobeJson.builder().disable(MiGlobeJsonOption.PRETTY_PRINT).build();

  private final int consultations;
  private final Programme programme;
  private final byte[] document;

  private SampleProgramme(int consultations, Programme programme, byte[] document) {
    this.consultations = consultations;
    this.programme = programme;
    this.document = document;
  }

  /**
   * Generates the programme of a size and writes its document.
   *
   * @param consultations 1 to 1,000,000
   * @return the sample
   * @throws IllegalArgumentException if out of range
   */
  public static SampleProgramme of(int consultations) {
    if (consultations < 1) {
      throw new IllegalArgumentException("consultations must be at least 1, was " + consultations);
    }
    Programme programme = ProgrammeGenerator.withSeed(SEED).programme(consultations);
    ByteArrayOutputStream out = new ByteArrayOutputStream(consultations * 1_500);
    JSON.write(programme, out);
    return new SampleProgramme(consultations, programme, out.toByteArray());
  }

  /** @return the day to evaluate rules on: {@link ProgrammeGenerator#TODAY} */
  public static LocalDate today() {
    return ProgrammeGenerator.TODAY;
  }

  /** @return the number of consultations */
  public int consultations() {
    return consultations;
  }

  /** @return the generated programme; never null */
  public Programme programme() {
    return programme;
  }

  /**
   * The document in UTF-8; callers must not change the array.
   *
   * @return the compact JSON of {@link #programme()}
   */
  public byte[] document() {
    return document;
  }
}
