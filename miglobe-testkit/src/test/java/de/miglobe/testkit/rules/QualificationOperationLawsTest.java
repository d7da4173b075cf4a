package de.miglobe.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.Hours;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeOperations;
import de.miglobe.core.programme.ProgrammeRules;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.testkit.ProgrammeGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the programme-level qualification operations over 1,000 seeded random sequences (the
 * seed is in every failure message): a refused operation leaves the programme unchanged and
 * returns no value; an accepted one keeps the advisor's status in step with the record
 * (certified ⇔ a new certificate was issued; revoked last certificate ⇒ no longer certified), and
 * the rules still evaluate without throwing.
 */
class QualificationOperationLawsTest {

  private static final int STEPS = 10;

  static LongStream seeds() {
    return LongStream.range(0, 1_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomQualificationOperations_refusalsChangeNothing(long seed) {
    ProgrammeGenerator generator = ProgrammeGenerator.withSeed(seed);
    Programme current = generator.programme(4 + (int) (seed % 12));
    SplittableRandom random = new SplittableRandom(seed);
    List<String> trail = new ArrayList<>();
    for (int step = 0; step < STEPS; step++) {
      Programme before = current;
      Programme copy = Programme.builder().from(before).build();
      Advisor advisor = pick(before.advisors(), random);
      QualificationPhase phase = pick(before.phases(), random);
      LocalDate day = phase.period().start().plusDays(random.nextInt(-30, 400));
      int op = random.nextInt(6);
      trail.add(op + ":" + advisor.id() + "@" + phase.id() + "/" + day);
      String where = "seed " + seed + " after " + trail;
      OperationResult<Programme> result;
      switch (op) {
        case 0:
          result = ProgrammeOperations.enrol(before, phase.id(), advisor.id(), day);
          break;
        case 1:
          result =
              ProgrammeOperations.recordAttendance(
                  before, phase.id(), advisor.id(), random.nextInt(0, 8));
          break;
        case 2:
          result =
              ProgrammeOperations.recordPracticeHours(
                  before, phase.id(), advisor.id(), Hours.of(random.nextInt(1, 10)));
          break;
        case 3:
          result = ProgrammeOperations.withdraw(before, phase.id(), advisor.id(), day.plusYears(2));
          break;
        case 4:
          {
            OrganisationId issuer =
                before.partners().isEmpty()
                    ? OrganisationId.of("org-x")
                    : before.partners().iterator().next();
            CertificateId id =
                random.nextInt(4) == 0 && !before.certificates().isEmpty()
                    ? pick(before.certificates(), random).id()
                    : CertificateId.of("cert-law-" + step);
            result =
                ProgrammeOperations.certify(
                    before, phase.id(), advisor.id(), id, day, Set.of(issuer), "Zertifikat");
            if (result.isAccepted()) {
              assertThat(result.orElseThrow().advisor(advisor.id()).orElseThrow().status())
                  .as(where)
                  .isEqualTo(AdvisorStatus.CERTIFIED);
              assertThat(result.orElseThrow().certificate(id)).as(where).isPresent();
            }
            break;
          }
        default:
          {
            if (before.certificates().isEmpty()) {
              continue;
            }
            Certificate certificate = pick(before.certificates(), random);
            result =
                ProgrammeOperations.revokeCertificate(
                    before, certificate.id(), certificate.issuedOn().plusDays(random.nextInt(-5, 300)), "Widerruf");
            if (result.isAccepted()) {
              Programme after = result.orElseThrow();
              LocalDate revokedOn = after.certificate(certificate.id()).orElseThrow().revocation().orElseThrow().on();
              boolean anotherValid =
                  after.certificates().stream()
                      .anyMatch(c -> c.advisor().equals(certificate.advisor()) && c.isValidOn(revokedOn));
              if (!anotherValid) {
                after
                    .advisor(certificate.advisor())
                    .ifPresent(a -> assertThat(a.status()).as(where).isNotEqualTo(AdvisorStatus.CERTIFIED));
              }
            }
          }
      }
      if (result.isRefused()) {
        assertThat(result.value()).as(where).isEmpty();
        assertThat(result.evaluation().hasErrors()).as(where).isTrue();
        assertThat(before).as(where + ": refused operation changed the programme").isEqualTo(copy);
      } else {
        current = result.orElseThrow();
      }
      Programme evaluated = current;
      ProgrammeRules.validate(evaluated, day);
    }
  }

  private static <T> T pick(List<T> elements, SplittableRandom random) {
    return elements.get(random.nextInt(elements.size()));
  }
}
