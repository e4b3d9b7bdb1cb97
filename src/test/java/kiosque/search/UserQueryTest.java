package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UserQueryTest {

  @Test
  void aLongQueryKeepsItsRarestWordsInTheOrderTyped() {
    UserQuery pasted = UserQuery.parse("président république annonce mesures crise mécontentement gilets jaunes hier soir");
    Map<String, Integer> articles = Map.of("president", 900, "republique", 800, "annonce", 700, "mesures", 600,
        "crise", 500, "mecontentement", 3, "gilets", 40, "jaunes", 50, "hier", 990, "soir", 950);

    UserQuery searched = pasted.rarest(4, word -> articles.get(word.exact()));

    assertThat(searched.words()).extracting(UserQuery.Word::exact)
        .containsExactly("crise", "mecontentement", "gilets", "jaunes");
    assertThat(searched.text()).isEqualTo(pasted.text());
  }

  @Test
  void aWordNoArticleUsesCountsAsRarest() {
    UserQuery typed = UserQuery.parse("paris londres berlin rome madrid lisbonne vienne prague oslo zxqv");

    UserQuery searched = typed.rarest(1, word -> word.exact().equals("zxqv") ? 0 : 100);

    assertThat(searched.words()).extracting(UserQuery.Word::exact).containsExactly("zxqv");
  }

  @Test
  void aShortQueryIsSearchedWhole() {
    UserQuery typed = UserQuery.parse("loi travail");

    assertThat(typed.rarest(UserQuery.MAX_SEARCHED_WORDS, word -> 1)).isSameAs(typed);
  }
}
