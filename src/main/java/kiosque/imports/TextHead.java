package kiosque.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Looks at the first bytes of an input before it is read as lines, so that a binary file (an
 * image, a PDF, a database, UTF-16 text) gets one clear message instead of one error per line.
 * Text has no NUL byte (the rule git uses); a few bytes that are not UTF-8 (a Latin-1 accent)
 * are the lines' problem and reported with them, but a head mostly made of them is not text.
 */
final class TextHead {

  static final int HEAD_BYTES = 8 * 1024;
  /** Latin-1 French text has about one accent in 30 bytes; images and archives are mostly invalid. */
  private static final double MOST_INVALID = 0.10;

  private TextHead() {}

  /** The same bytes, to be read from the start, or an exception saying why they are not text. */
  static InputStream requireText(InputStream in, Tally tally) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
    buffered.mark(HEAD_BYTES);
    // One read, not a loop: the first bytes at hand are enough, and a slow pipe is not waited for.
    byte[] head = new byte[HEAD_BYTES];
    int length = Math.max(0, buffered.read(head, 0, HEAD_BYTES));
    buffered.reset();
    String problem = whyNotText(Arrays.copyOf(head, length));
    if (problem != null) {
      throw new ImportReadException("this file is not a JSON Lines text file: " + problem, tally.report(), null);
    }
    return buffered;
  }

  static String whyNotText(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return "its first bytes hold NUL bytes (a binary file, or text in UTF-16: save it as UTF-8)";
      }
    }
    if (head.length > 0 && invalidBytes(head) > head.length * MOST_INVALID) {
      return "its first bytes are mostly not UTF-8 text (a binary file?)";
    }
    return null;
  }

  private static int invalidBytes(byte[] head) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(head);
    CharBuffer chars = CharBuffer.allocate(head.length);
    int invalid = 0;
    while (bytes.hasRemaining()) {
      // Not the end of input: a character cut by the head's limit is not an error.
      CoderResult result = decoder.decode(bytes, chars, false);
      if (result.isUnderflow() || result.isOverflow()) {
        break;
      }
      if (result.isError()) {
        invalid += result.length();
        bytes.position(bytes.position() + result.length());
      }
    }
    return invalid;
  }
}
