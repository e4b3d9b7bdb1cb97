package kiosque.cdn;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** One CDN (one Varnish, one Fastly service) that purges by key. */
abstract sealed class PurgeTarget permits VarnishTarget, FastlyTarget {

  /** A CDN that does not answer within this is taken as down: the lease (30 s) outlives a round of tries. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  /** Fastly takes at most 256 keys per request; Varnish's default header limit is 8 KB: stay well under both. */
  static final int MAX_KEYS = 256;
  static final int MAX_HEADER_CHARS = 4000;

  private final HttpClient http;

  PurgeTarget(HttpClient http) {
    this.http = http;
  }

  /** The name that identifies this CDN in the database and the log (never a secret). */
  abstract String name();

  abstract HttpRequest request(List<String> keys);

  /** Sends one request purging {@code keys}; throws when the CDN did not confirm it. */
  void purge(List<String> keys) throws PurgeFailedException {
    HttpResponse<String> response;
    try {
      response = http.send(request(keys), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new PurgeFailedException(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PurgeFailedException("interrupted");
    }
    if (response.statusCode() / 100 != 2) {
      String body = response.body() == null ? "" : response.body().strip();
      throw new PurgeFailedException("HTTP " + response.statusCode()
          + (body.isEmpty() ? "" : " « " + (body.length() > 200 ? body.substring(0, 200) + "…" : body) + " »")
          + (response.statusCode() == 403 || response.statusCode() == 401 ? hintWhenRefused() : ""));
    }
  }

  /** What to check when the CDN refuses us. */
  abstract String hintWhenRefused();

  @Override
  public String toString() {
    return name();
  }
}
