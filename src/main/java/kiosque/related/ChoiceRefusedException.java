package kiosque.related;

import kiosque.content.InvalidContentException;

/**
 * An editor's pin or exclusion the rules refuse, whoever asks (the newsroom, a command, a test). It
 * says why with a {@link Reason} so that the newsroom can tell the editor in the site's language;
 * the message is for logs and the command line.
 */
public final class ChoiceRefusedException extends InvalidContentException {

  public enum Reason {
    /** The related article does not exist. */
    UNKNOWN,
    /** An article cannot be related to itself. */
    SELF,
    /** Only published articles can be pinned: a pin is shown to readers at once. */
    UNPUBLISHED,
    /** "Aller plus loin" shows four articles: a fifth pin could never be seen. */
    TOO_MANY_PINS
  }

  private final Reason reason;
  private final long relatedId;
  private final String relatedTitle;

  ChoiceRefusedException(Reason reason, long relatedId, String relatedTitle, String message) {
    super(message);
    this.reason = reason;
    this.relatedId = relatedId;
    this.relatedTitle = relatedTitle;
  }

  public Reason reason() {
    return reason;
  }

  public long relatedId() {
    return relatedId;
  }

  /** The related article's title; empty when it does not exist. */
  public String relatedTitle() {
    return relatedTitle;
  }

  /** How many articles can be pinned. */
  public static int maxPins() {
    return RelatedEngine.FURTHER_SHOWN;
  }
}
