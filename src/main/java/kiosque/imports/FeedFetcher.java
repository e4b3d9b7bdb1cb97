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

/** Fetches a feed over http(s), with time limits and a message that says what went wrong. */
public final class FeedFetcher {

  private final Duration timeout;

  public FeedFetcher(Duration timeout) {
    this.timeout = timeout;
  }

  public static boolean isWebAddress(String location) {
    return location.regionMatches(true, 0, "http://", 0, 7) || location.regionMatches(true, 0, "https://", 0, 8);
  }

  /** The feed's bytes, at most {@link FeedImporter#MAX_BYTES}. */
  public InputStream open(URI address) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(address)
        .timeout(timeout)
        .header("User-Agent", "Kiosque feed import")
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1")
        .GET()
        .build();
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL).build()) {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new IOException(address + " answered HTTP " + response.statusCode() + " instead of a feed");
        }
        byte[] bytes = body.readNBytes(FeedImporter.MAX_BYTES + 1);
        if (bytes.length > FeedImporter.MAX_BYTES) {
          throw new IOException(address + " sent more than " + FeedImporter.MAX_BYTES / 1_000_000 + " MB: not a feed");
        }
        return new ByteArrayInputStream(bytes);
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
}
