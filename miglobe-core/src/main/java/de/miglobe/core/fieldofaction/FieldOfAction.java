package de.miglobe.core.fieldofaction;

import de.miglobe.core.Labelled;
import java.util.List;

/**
 * A field of action of municipal development policy (Handlungsfeld), following the focus areas of
 * the funder (SKEW) and the MiGlobe programmes. Each names the Agenda 2030 goals (SDG 1–17) it
 * serves; German and English labels come from {@link #label(java.util.Locale)}.
 *
 * <p>This enum is the one place the taxonomy lives, so UIs can render it from {@link #values()}.
 */
public enum FieldOfAction implements Labelled {
  /** Global nachhaltige Kommune, Agenda-2030-Strategien. */
  SUSTAINABLE_MUNICIPALITY("sustainable_municipality", 11, 16, 17),
  /** Kommunale Partnerschaften (auch Klimapartnerschaften) mit dem Globalen Süden. */
  MUNICIPAL_PARTNERSHIPS("municipal_partnerships", 11, 13, 17),
  /** Fairer Handel und faire öffentliche Beschaffung. */
  FAIR_TRADE("fair_trade", 8, 12),
  /** Migration und Entwicklung. */
  MIGRATION_AND_DEVELOPMENT("migration_and_development", 10, 17),
  /** Klimaschutz. */
  CLIMATE_PROTECTION("climate_protection", 7, 13),
  /** Bürgerschaftliches Engagement. */
  CIVIC_ENGAGEMENT("civic_engagement", 16, 17),
  /** Globales Lernen (entwicklungspolitische Bildung). */
  GLOBAL_LEARNING("global_learning", 4),
  /** Interkulturelle Öffnung. */
  INTERCULTURAL_OPENING("intercultural_opening", 10, 16),
  /** Flucht und Fluchtursachen. */
  REFUGEES_AND_CAUSES_OF_FLIGHT("refugees_and_causes_of_flight", 1, 10, 16);

  private final String code;
  private final List<Integer> sustainableDevelopmentGoals;

  FieldOfAction(String code, Integer... goals) {
    this.code = code;
    this.sustainableDevelopmentGoals = List.of(goals);
  }

  @Override
  public String code() {
    return code;
  }

  /** @return the numbers (1–17) of the Agenda 2030 goals this field serves, ascending */
  public List<Integer> sustainableDevelopmentGoals() {
    return sustainableDevelopmentGoals;
  }
}
