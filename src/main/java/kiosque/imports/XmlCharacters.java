package kiosque.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an XML file without the control characters XML forbids. WordPress exports posts as
 * they were typed, and text pasted from word processors carries invisible controls (a vertical
 * tab, a backspace) that make the whole export malformed XML; a person would delete them by hand.
 * The file is decoded in the encoding its declaration names (UTF-8 when it names none), strictly:
 * bytes that are not in that encoding are an error, never replacement characters.
 */
final class XmlCharacters extends FilterReader {

  private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  private XmlCharacters(Reader in) {
    super(in);
  }

  static Reader read(InputStream bytes) throws IOException {
    PushbackInputStream in = new PushbackInputStream(bytes, 256);
    byte[] head = new byte[256];
    int length = in.readNBytes(head, 0, head.length);
    in.unread(head, 0, length);
    Charset charset = declared(new String(head, 0, length, StandardCharsets.ISO_8859_1));
    if (charset.equals(StandardCharsets.UTF_8) && length >= 3 && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
      in.skipNBytes(3); // the byte-order mark is no character of the document
    }
    return new XmlCharacters(new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  private static Charset declared(String head) {
    Matcher m = ENCODING.matcher(head.replaceFirst("^\\xEF\\xBB\\xBF", ""));
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8; // the parser will say the declaration is wrong if the text disagrees
    }
  }

  @Override
  public int read() throws IOException {
    int c;
    do {
      c = super.read();
    } while (c >= 0 && !allowed((char) c));
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n;
    do {
      n = super.read(buffer, offset, length);
      if (n <= 0) {
        return n;
      }
      int kept = offset;
      for (int i = offset; i < offset + n; i++) {
        if (allowed(buffer[i])) {
          buffer[kept++] = buffer[i];
        }
      }
      n = kept - offset;
    } while (n == 0);
    return n;
  }

  /** XML 1.0's Char production, on UTF-16 units: surrogates pass, pairs stay whole. */
  private static boolean allowed(char c) {
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
  }
}
