package kiosque.imports;

import java.nio.charset.CharacterCodingException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** A file that cannot be read as a WordPress export, with where the reading stopped. */
final class WxrFormatException extends Exception {

  WxrFormatException(String reason, Location location) {
    super(where(location) + reason);
  }

  private WxrFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The parser's own message, which already names the line and column, made readable. */
  static WxrFormatException of(XMLStreamException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CharacterCodingException) {
        // The text is decoded ahead of the parser, so its position is only a lower bound.
        String after = e.getLocation() == null ? "" : "at or after line " + e.getLocation().getLineNumber() + ": ";
        return new WxrFormatException(after + "the file has bytes that are not text in its encoding "
            + "(UTF-8, unless its XML declaration names another)", e);
      }
    }
    String reason = e.getNestedException() != null && e.getNestedException().getMessage() != null
        ? e.getNestedException().getMessage() : e.getMessage();
    // The JDK's parser starts its message with "ParseError at [row,col]:[12,5]\nMessage: ..."
    int at = reason.indexOf("Message: ");
    if (at >= 0) {
      reason = reason.substring(at + "Message: ".length());
    }
    return new WxrFormatException(where(e.getLocation()) + "the XML is malformed: " + reason.strip(), e);
  }

  private static String where(Location location) {
    if (location == null || location.getLineNumber() < 0) {
      return "";
    }
    return "line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": ";
  }
}
