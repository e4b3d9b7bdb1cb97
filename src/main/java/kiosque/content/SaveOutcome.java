package kiosque.content;

/** What a save did: the article's id and whether anything changed. */
public record SaveOutcome(long articleId, Kind kind) {

  public enum Kind { CREATED, UPDATED, UNCHANGED }
}
