package kiosque.content;

/** A byline as printed (for example {@code I.L}), with the person behind it when known. */
public record Author(long id, String byline, String fullName, String bio, String slug) {

  /** The name for an author page heading: the full name when known, else the byline. */
  public String displayName() {
    return fullName == null || fullName.isBlank() ? byline : fullName;
  }
}
