package kiosque.feeds;

import gg.jte.Content;
import gg.jte.output.StringOutput;

/** A page's JSON-LD document as the template prints it. */
final class JsonLdText {

  private JsonLdText() {}

  static String of(Content document) {
    StringOutput output = new StringOutput();
    document.writeTo(output);
    return output.toString();
  }
}
