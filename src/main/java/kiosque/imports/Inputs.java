package kiosque.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Input streams as importers read them: buffered, and gunzipped when the first bytes say gzip. */
final class Inputs {

  private Inputs() {}

  static InputStream decompressed(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    boolean gzip = first == 0x1f && second == 0x8b;
    return gzip ? new GZIPInputStream(buffered, 64 * 1024) : buffered;
  }
}
