package kiosque.related;

import java.util.List;

/**
 * Topics to propose for a draft.
 *
 * @param existing topics the site already has, best first
 * @param candidates names found in the text that are no topic yet, best first: new topics to create
 */
public record TopicSuggestions(List<Existing> existing, List<NewTopic> candidates) {

  public TopicSuggestions {
    existing = List.copyOf(existing);
    candidates = List.copyOf(candidates);
  }

  /**
   * @param score how strongly it is suggested: similar articles carrying it (each weighted by its
   *     similarity to the draft) plus one when the text names it
   * @param reason why, in French: "nommé dans le texte", "sujet de 3 articles proches"
   */
  public record Existing(long id, String name, String slug, double score, String reason) {}

  /** @param mentions how many times the text names it */
  public record NewTopic(String name, int mentions, boolean inTitle) {}
}
