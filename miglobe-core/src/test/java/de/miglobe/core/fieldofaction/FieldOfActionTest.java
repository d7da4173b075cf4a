package de.miglobe.core.fieldofaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.miglobe.core.Labelled;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FieldOfActionTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(FieldOfAction.class)
  void sustainableDevelopmentGoals_areAscendingNumbersOneToSeventeen(FieldOfAction field) {
    assertThat(field.sustainableDevelopmentGoals()).isNotEmpty().isSorted().doesNotHaveDuplicates();
    assertThat(field.sustainableDevelopmentGoals()).allSatisfy(goal -> assertThat(goal).isBetween(1, 17));
    assertThatThrownBy(() -> field.sustainableDevelopmentGoals().add(1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fair_trade|Fairer Handel und faire öffentliche Beschaffung|Fair trade and fair public procurement",
        "intercultural_opening|Interkulturelle Öffnung|Intercultural opening",
        "civic_engagement|Bürgerschaftliches Engagement|Civil-society engagement",
        "municipal_partnerships|Kommunale Partnerschaften mit dem Globalen Süden (inkl. Klimapartnerschaften)"
            + "|Municipal partnerships with the Global South (including climate partnerships)"
      })
  void labels_inGermanAndEnglish(String code, String german, String english) {
    FieldOfAction field = Labelled.fromCode(FieldOfAction.class, code);
    assertThat(field.label(Locale.GERMAN)).isEqualTo(german);
    assertThat(field.label(Locale.ENGLISH)).isEqualTo(english);
  }

  @Test
  void fairTrade_servesGoalsEightAndTwelve() {
    assertThat(FieldOfAction.FAIR_TRADE.sustainableDevelopmentGoals()).containsExactly(8, 12);
  }
}
