package kiosque.cdn;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;

/** A Varnish with the xkey module, as in {@code docs/deployment.md}: {@code PURGE} with {@code xkey-purge: k1 k2}. */
final class VarnishTarget extends PurgeTarget {

  private final URI address;

  VarnishTarget(HttpClient http, URI address) {
    super(http);
    this.address = address.getPath() == null || address.getPath().isEmpty() ? address.resolve("/") : address;
  }

  @Override
  String name() {
    return "varnish " + address;
  }

  @Override
  HttpRequest request(List<String> keys) {
    return HttpRequest.newBuilder(address).timeout(TIMEOUT)
        .method("PURGE", HttpRequest.BodyPublishers.noBody())
        .header("xkey-purge", String.join(" ", keys))
        .build();
  }

  @Override
  String hintWhenRefused() {
    return " (is this node's address in the VCL's purgers ACL?)";
  }
}
