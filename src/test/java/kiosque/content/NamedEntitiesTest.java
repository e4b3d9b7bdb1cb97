package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedEntitiesTest {

  private static List<String> names(String title, String text) {
    return NamedEntities.in(title, text).stream().map(NamedEntities.Entity::name).toList();
  }

  @Test
  void findsCapitalisedRunsWithTheParticlesInsideNames() {
    assertThat(names("", "La délégation a quitté la Côte d'Ivoire pour l'Afrique de l'Ouest, puis la Corée du Sud."))
        .containsExactly("Côte d'Ivoire", "Afrique de l'Ouest", "Corée du Sud");
    assertThat(names("", "Le ministre Jean-Yves Le Drian a reçu Mohammed Abdallah al-Joubouri à Paris."))
        .containsExactly("Jean-Yves Le Drian", "Mohammed Abdallah al-Joubouri", "Paris");
  }

  @Test
  void aCapitalAtTheStartOfASentenceCountsOnlyWhenTheTextCapitalisesTheWordElsewhere() {
    assertThat(names("", "Rappelons que le port a rouvert. Tanger attend des navires. Les navires iront à Tanger."))
        .containsExactly("Tanger");
    assertThat(names("", "Selon la police, la route est coupée. Hier, la police a fermé le pont."))
        .isEmpty();
  }

  @Test
  void acronymsCountEvenAtTheStartOfASentence() {
    assertThat(names("", "OMS et UNICEF ont lancé une campagne.")).containsExactly("OMS", "UNICEF");
  }

  @Test
  void titlesOfAddressDaysAndMonthsAreNotNames() {
    assertThat(names("", "Lundi 3 janvier, M. Benali a parlé devant Mme Haddad au Parlement."))
        .containsExactly("Benali", "Haddad", "Parlement");
  }

  @Test
  void aNationalityBeforeANameIsLeftOut() {
    assertThat(names("", "La victoire revient à la Brésilienne Rafaela Souza devant l'Allemand Jonas Weber."))
        .containsExactly("Rafaela Souza", "Jonas Weber");
    assertThat(names("", "La prière a eu lieu à la Grande Mosquée de Fès.")).containsExactly("Grande Mosquée de Fès");
  }

  @Test
  void anAcronymIsNotJoinedToTheNameAfterIt() {
    assertThat(names("", "Le tir d'un SLBM de la Corée du Nord inquiète.")).containsExactly("SLBM", "Corée du Nord");
  }

  @Test
  void countsMentionsUnderOneKeyAndFoldsASurnameIntoTheFullName() {
    List<NamedEntities.Entity> entities = NamedEntities.in("Nadia Benali élue à Fès",
        "Nadia Benali a été élue maire de Fès. Benali succède à un proche. À Fès, les États-Unis et les Etats-Unis "
            + "ont salué le vote.");

    assertThat(entities).extracting(NamedEntities.Entity::name, NamedEntities.Entity::count,
            NamedEntities.Entity::inTitle)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Nadia Benali", 3, true),
            org.assertj.core.groups.Tuple.tuple("Fès", 3, true),
            org.assertj.core.groups.Tuple.tuple("États-Unis", 2, false));
    assertThat(entities.getLast().key()).isEqualTo(NameKeys.of("Etats-Unis"));
  }

  @Test
  void typographicApostrophesAndEmptyTextAreHandled() {
    assertThat(names("", "L’équipe de l’ONU est arrivée à N’Djamena.")).contains("ONU");
    assertThat(names(null, null)).isEmpty();
    assertThat(names("", "")).isEmpty();
  }
}
