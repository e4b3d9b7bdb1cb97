package kiosque.errors;

/**
 * A request the person (or their browser) got wrong: an unknown workflow step, a refused choice.
 * The message is shown to them as is, so it is written for a person, in the site's language;
 * {@code kiosque.web.ErrorPages} answers 400 with it.
 */
public final class BadRequestException extends RuntimeException {
  public BadRequestException(String messageForPerson) {
    super(messageForPerson, null, false, false);
  }
}
