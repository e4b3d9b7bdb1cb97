package kiosque.newsroom.editor;

import java.util.List;
import kiosque.content.Article;
import kiosque.content.ArticleExtras;
import kiosque.content.FrenchDates;
import kiosque.content.ReadingTime;
import kiosque.web.Messages;

/**
 * What the editor shows around the fields of issue 13 (kicker, SEO and social fields, correction)
 * that the form itself does not hold: the body's word count and reading time as saved (the script
 * keeps them live), the images offered as social image, and when the stored correction was dated.
 *
 * @param readingTime "812 mots · 4 min de lecture"
 * @param correctedLabel when the stored correction was made, or null when there is none or the form changed it
 * @param open whether the panel starts open: any of its fields is set
 */
public record FieldsPanel(String readingTime, List<EditorPage.MediaChoice> socialImages, String correctedLabel,
    boolean open) {

  public FieldsPanel {
    socialImages = List.copyOf(socialImages);
  }

  static FieldsPanel of(ArticleForm form, String bodyText, Article stored, List<EditorPage.MediaChoice> socialImages,
      Messages msg, FrenchDates dates) {
    ArticleExtras typed = form.extras();
    String corrected = null;
    if (stored != null && stored.extras().correctedAt() != null && typed.correction() != null
        && typed.correction().equals(stored.extras().correction())) {
      corrected = msg.format("nr.fields.correctedAt", dates.day(stored.extras().correctedAt()),
          dates.time(stored.extras().correctedAt()));
    }
    return new FieldsPanel(readingTime(ReadingTime.of(bodyText), msg), socialImages, corrected, !typed.isEmpty());
  }

  static String readingTime(ReadingTime time, Messages msg) {
    return msg.format("nr.fields.readingTime", time.words(), time.minutes());
  }
}
