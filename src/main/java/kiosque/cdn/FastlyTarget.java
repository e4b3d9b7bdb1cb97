package kiosque.cdn;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A Fastly service: {@code POST /service/{id}/purge} with the keys in {@code Surrogate-Key} (up to 256). */
final class FastlyTarget extends PurgeTarget {

  private final URI purge;
  private final String service;
  private final String token;

  FastlyTarget(HttpClient http, URI api, String service, String token) {
    super(http);
    this.service = service;
    this.token = token;
    String base = api.toString().endsWith("/") ? api.toString() : api + "/";
    this.purge = URI.create(base + "service/" + URLEncoder.encode(service, StandardCharsets.UTF_8) + "/purge");
  }

  @Override
  String name() {
    return "fastly " + service;
  }

  @Override
  HttpRequest request(List<String> keys) {
    return HttpRequest.newBuilder(purge).timeout(TIMEOUT)
        .POST(HttpRequest.BodyPublishers.noBody())
        .header("Surrogate-Key", String.join(" ", keys))
        .header("Fastly-Key", token)
        .header("Accept", "application/json")
        .build();
  }

  @Override
  String hintWhenRefused() {
    return " (check KIOSQUE_FASTLY_TOKEN: it needs the purge_select scope on this service)";
  }
}
