package de.miglobe.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.programme.Programme;
import de.miglobe.testkit.ProgrammeGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips over 1,000 generated valid programmes (small sizes, so the whole run stays within
 * seconds). A failure names the seed: {@code ProgrammeGenerator.withSeed(seed).programme(sizeOf(seed))}
 * replays it.
 */
class GeneratedProgrammeRoundTripTest {
  private static final MiGlobeJson JSON = MiGlobeJson.standard();
  private static final MiGlobeJson COMPACT =
      MiGlobeJson.builder().disable(MiGlobeJsonOption.PRETTY_PRINT).build();

  static LongStream seeds() {
    return LongStream.range(0, 1_000);
  }

  /** 0 to 9 consultations, so empty programmes and every lifecycle status both occur. */
  static int sizeOf(long seed) {
    return (int) (seed % 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readOfWrite_givesAnEqualProgramme_andWriteOfRead_givesTheSameText(long seed) {
    Programme programme = ProgrammeGenerator.withSeed(seed).programme(sizeOf(seed));

    String text = JSON.write(programme);
    Programme read = JSON.read(text, Programme.class);

    assertThat(read).as("read(write(x)) for seed %d", seed).isEqualTo(programme);
    assertThat(JSON.write(read)).as("write(read(text)) for seed %d", seed).isEqualTo(text);
    if (seed % 10 == 0) {
      assertThat(COMPACT.read(COMPACT.write(programme), Programme.class))
          .as("compact round trip for seed %d", seed)
          .isEqualTo(programme);
    }
  }
}
