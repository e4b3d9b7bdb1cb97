package kiosque.cache;

import java.time.Instant;
import kiosque.web.CacheKeys;
import kiosque.web.CachePolicy;

/** A response as kept in memory and replayed: body, headers' values, keys, and when it was stored. */
record CachedResponse(byte[] body, String contentType, String etag, Instant lastModified, CachePolicy policy,
    CacheKeys keys, Instant storedAt) {

  /** Bytes held: the body, plus a rough allowance for the record, its strings and its index entries. */
  long weight() {
    long keyChars = 0;
    for (String key : keys.surrogate()) {
      keyChars += key.length();
    }
    return body.length + 512L + 2 * keyChars + 48L * (keys.shows().size() + keys.memberOf().size());
  }
}
