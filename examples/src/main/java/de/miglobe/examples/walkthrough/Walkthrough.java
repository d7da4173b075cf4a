package de.miglobe.examples.walkthrough;

import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.testkit.SalachStory;
import java.util.Locale;

/**
 * The source story of the programme told through the public API: the first qualification phase in
 * Baden-Württemberg, the consultation in Salach and the certificates handed over on 2018-09-28.
 */
public final class Walkthrough {

  private Walkthrough() {}

  /**
   * Prints a short report of the story.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Programme programme = SalachStory.programme();
    System.out.println("Programm: " + programme.name());
    for (Consultation consultation : programme.consultations()) {
      Municipality municipality = programme.municipality(consultation.municipality()).orElseThrow();
      System.out.printf(
          "Beratungseinsatz „%s“ in der %s %s (AGS %s): %s, %s Stunden%n",
          consultation.title(),
          municipality.type().label(Locale.GERMAN),
          municipality.officialName(),
          municipality.key(),
          consultation.status().label(Locale.GERMAN),
          consultation.loggedHours());
    }
    for (Certificate certificate : programme.certificates()) {
      System.out.printf(
          "Zertifikat für %s am %s%n",
          programme.advisor(certificate.advisor()).orElseThrow().name().displayName(),
          certificate.issuedOn());
    }
  }
}
