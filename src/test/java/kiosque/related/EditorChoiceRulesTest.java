package kiosque.related;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import kiosque.Wiring;
import kiosque.content.ArticleStatus;
import kiosque.errors.NotFoundException;
import kiosque.related.ChoiceRefusedException.Reason;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.SearchTestSupport;
import kiosque.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The rules of editors' pins and exclusions hold in the service, whoever calls it: a refusal says
 * why and changes nothing (no choice stored, no change-log row).
 */
@BothDatabases
class EditorChoiceRulesTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path data;

  private Wiring wiring;
  private RelatedService related;

  @BeforeEach
  void open() {
    wiring = SearchTestSupport.wiring(data, db);
    related = wiring.relatedService();
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  private long publish(String title) {
    return article(title).body("<p>" + title + ".</p>").saveWith(wiring.articleService());
  }

  private void assertRefused(Runnable choice, Reason reason, long articleId) {
    long head = wiring.changeLog().head();
    assertThatThrownBy(choice::run).isInstanceOfSatisfying(ChoiceRefusedException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
    assertThat(wiring.changeLog().head()).as("nothing written").isEqualTo(head);
    assertThat(related.choices(articleId)).isEmpty();
  }

  @Test
  void anArticleIsNeverRelatedToItself() {
    long article = publish("Le Raja gagne le derby");

    assertRefused(() -> related.pin(article, article), Reason.SELF, article);
    assertRefused(() -> related.exclude(article, article), Reason.SELF, article);
  }

  @Test
  void theRelatedArticleMustExist() {
    long article = publish("Le Raja gagne le derby");

    assertRefused(() -> related.pin(article, 987_654_321L), Reason.UNKNOWN, article);
    assertRefused(() -> related.exclude(article, 987_654_321L), Reason.UNKNOWN, article);
    assertThatThrownBy(() -> related.pin(987_654_321L, article)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyAPublishedArticleCanBePinnedButAnyCanBeExcluded() {
    long article = publish("Le Raja gagne le derby");
    long draft = article("Brouillon sur le derby").status(ArticleStatus.DRAFT).body("<p>Brouillon.</p>")
        .saveWith(wiring.articleService());

    assertThatThrownBy(() -> related.pin(article, draft)).isInstanceOfSatisfying(ChoiceRefusedException.class,
        e -> assertThat(e).extracting(ChoiceRefusedException::reason, ChoiceRefusedException::relatedTitle)
            .containsExactly(Reason.UNPUBLISHED, "Brouillon sur le derby"));
    assertThat(related.choices(article)).isEmpty();

    related.exclude(article, draft);
    assertThat(related.choices(article)).extracting(EditorChoice::action).containsExactly("exclude");
  }

  @Test
  void atMostFourArticlesArePinnedAndPinningOneAgainDoesNotCountTwice() {
    long article = publish("Le Raja gagne le derby");
    long[] others = new long[5];
    for (int i = 0; i < others.length; i++) {
      others[i] = publish("Match numéro " + (i + 1));
    }
    for (int i = 0; i < 4; i++) {
      related.pin(article, others[i]);
    }
    related.pin(article, others[2]);
    long head = wiring.changeLog().head();

    assertThatThrownBy(() -> related.pin(article, others[4])).isInstanceOfSatisfying(ChoiceRefusedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PINS));
    assertThat(wiring.changeLog().head()).isEqualTo(head);
    assertThat(related.choices(article)).extracting(EditorChoice::relatedId)
        .containsExactlyInAnyOrder(others[0], others[1], others[2], others[3]);

    related.exclude(article, others[4]);
    related.clearChoice(article, others[0]);
    related.pin(article, others[1]);
    assertThat(related.choices(article)).filteredOn(c -> c.action().equals("pin")).hasSize(3);
  }
}
