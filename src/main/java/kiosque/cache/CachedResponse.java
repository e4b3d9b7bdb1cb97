package kiosque.cache;

import java.time.Instant;
import kiosque.web.CacheKeys;
import kiosque.web.CachePolicy;

/**
 * A response as kept in memory and replayed: the body (its first {@code bodyLength} bytes: a
 * response sent and not kept may be a page lent by its rendering thread, {@link Rendered#lent}),
 * its gzip form (compressed once, not on every hit; null when too small to gain), the header values
 * ready to send, the keys, and when it was stored.
 */
record CachedResponse(byte[] body, int bodyLength, byte[] gzipped, String contentType, String etag,
    Instant lastModified, String lastModifiedHeader, CachePolicy policy, CacheKeys keys, String surrogateHeader,
    Instant storedAt) {

  static CachedResponse of(byte[] body, boolean compress, String contentType, String etag, Instant lastModified,
      CachePolicy policy, CacheKeys keys, Instant storedAt) {
    return of(body, body.length, compress, contentType, etag, lastModified, policy, keys, storedAt);
  }

  static CachedResponse of(byte[] body, int length, boolean compress, String contentType, String etag,
      Instant lastModified, CachePolicy policy, CacheKeys keys, Instant storedAt) {
    byte[] gzipped = compress && length >= Gzip.MIN_BYTES ? Gzip.compress(body, length) : null;
    return new CachedResponse(body, length, gzipped, contentType, etag, lastModified, HttpDates.format(lastModified),
        policy, keys, keys.header(), storedAt);
  }

  /** The media type as the servlet layer writes it ({@code text/html;charset=utf-8}), for hits sent without it. */
  String wireContentType() {
    return contentType.replace("; charset=", ";charset=");
  }

  /** Bytes held: both bodies, plus a rough allowance for the record, its strings and its index entries. */
  long weight() {
    long keyChars = 0;
    for (String key : keys.surrogate()) {
      keyChars += key.length();
    }
    return bodyLength + (gzipped == null ? 0 : gzipped.length) + 512L + 4 * keyChars
        + 48L * (keys.shows().size() + keys.memberOf().size());
  }
}
