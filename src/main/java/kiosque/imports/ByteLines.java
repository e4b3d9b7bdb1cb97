package kiosque.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of raw bytes. The bytes go to the JSON parser undecoded, so a line
 * that is not valid UTF-8 fails on its own instead of being silently patched with replacement
 * characters. A line longer than the limit is skipped to its end and flagged, never held whole.
 */
final class ByteLines {

  private final InputStream in;
  private final int maxLength;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private int length;
  private boolean tooLong;
  private long number;

  ByteLines(InputStream in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (any) {
            number++;
          }
          return any;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++;
        number++;
        return true;
      }
    }
  }

  private void append(int start, int count) {
    if (tooLong || count == 0) {
      return;
    }
    if (length + count > maxLength) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLength, Math.max(line.length * 2, length + count)));
    }
    System.arraycopy(buffer, start, line, length, count);
    length += count;
  }

  /** The current line's number, counting from 1. */
  long number() {
    return number;
  }

  /** The current line's bytes, valid up to {@link #length()} and only until the next call. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  boolean tooLong() {
    return tooLong;
  }

  /** Spaces, tabs and a Windows line ending only. */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return !tooLong;
  }
}
