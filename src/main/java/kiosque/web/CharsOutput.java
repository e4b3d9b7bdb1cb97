package kiosque.web;

/**
 * A page's output that takes characters from an array as they are, without a String made of them
 * first: what writes a document of its own into the page (JSON-LD) asks its output for this.
 */
public interface CharsOutput {

  /** Writes {@code count} characters of {@code chars} from {@code offset}, unescaped. */
  void writeChars(char[] chars, int offset, int count);
}
