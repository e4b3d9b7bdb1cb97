package kiosque.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Fetches a document over http(s) for an import (a feed, a featured image), whole and bounded, with
 * time limits and a message that says what went wrong. One {@link HttpClient} per fetcher: close it.
 */
public final class FeedFetcher implements AutoCloseable {

  private static final String FEED_TYPES =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1";

  private final Duration timeout;
  private final HttpClient client;

  public FeedFetcher(Duration timeout) {
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  public static boolean isWebAddress(String location) {
    return location.regionMatches(true, 0, "http://", 0, 7) || location.regionMatches(true, 0, "https://", 0, 8);
  }

  /** The feed's bytes, at most {@link FeedImporter#MAX_BYTES}. */
  public InputStream open(URI address) throws IOException {
    return new ByteArrayInputStream(fetch(address, FEED_TYPES, FeedImporter.MAX_BYTES, "a feed"));
  }

  /**
   * The document's bytes, at most {@code maxBytes}.
   *
   * @param what what the document should be, for the messages: {@code "a feed"}, {@code "an image"}
   */
  public byte[] fetch(URI address, String accept, long maxBytes, String what) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(address)
        .timeout(timeout)
        .header("User-Agent", "Kiosque import")
        .header("Accept", accept)
        .GET()
        .build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new IOException(address + " answered HTTP " + response.statusCode() + " instead of " + what);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw new IOException(address + " sent more than " + maxBytes / 1_000_000 + " MB: not " + what);
        }
        return bytes;
      }
    } catch (HttpTimeoutException e) {
      throw new IOException(address + " did not answer within " + timeout.toSeconds() + " s", e);
    } catch (UnknownHostException e) {
      throw new IOException("unknown host " + address.getHost(), e);
    } catch (ConnectException e) {
      throw new IOException("cannot connect to " + address.getHost() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + address, e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
