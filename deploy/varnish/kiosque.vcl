# Varnish 7.1 in front of Kiosque nodes (docs/deployment.md, "Varnish"). Needs varnish-modules
# for xkey (Debian: apt-get install varnish varnish-modules). The nodes and the addresses allowed
# to purge are in kiosque-nodes.vcl, found on vcl_path next to this file: this one stays as
# shipped, and VarnishIT and VarnishGraceIT (src/test/java/kiosque/cdn) run it unchanged.
vcl 4.1;

import directors;
import std;
import xkey;

# A node is used while /ready answers 200: database reachable and migrated, search index caught up.
# Healthy from the start (.initial = .threshold): a node that is not gets out after three failed
# probes, and meanwhile a refused fetch is tried once on another node (vcl_backend_error).
probe kiosque_ready {
    .url = "/ready";
    .interval = 2s;
    .timeout = 1s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

sub vcl_init {
    new kiosque_nodes = directors.round_robin();
}

# backend kiosque_node1 { ... .probe = kiosque_ready; }, their vcl_init adding them to
# kiosque_nodes, and acl kiosque_purgers (the nodes' own addresses).
include "kiosque-nodes.vcl";

sub vcl_recv {
    # Set by this VCL only (a restart keeps them), never by a client.
    if (req.restarts == 0) {
        unset req.http.X-Kiosque-Stale-Ok;
        unset req.http.X-Kiosque-Varnish;
    }
    # Kiosque's CDN purge (kiosque.cdn.varnish): PURGE / with "xkey-purge: article-12 latest section-4".
    if (req.method == "PURGE") {
        if (client.ip !~ kiosque_purgers) {
            return (synth(403, "Forbidden: not in the VCL's kiosque_purgers ACL"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No xkey-purge header"));
        }
        set req.http.X-Kiosque-Gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.X-Kiosque-Gone + " objects"));
    }
    set req.backend_hint = kiosque_nodes.backend();

    # Prometheus scrapes each node by its own address, never through the public cache.
    if (req.url ~ "^/metrics(\?|$)") {
        return (synth(404, "Not Found"));
    }
    # The newsroom (its own cookies, private pages), the view beacon (each view must reach a node
    # to count) and the probes are never stored.
    if (req.url ~ "^/redaction(/|\?|$)" || req.url ~ "^/v/" || req.url ~ "^/(health|ready)(\?|$)") {
        return (pass);
    }
    # Reader pages read no cookie (the newsroom's live under /redaction): one copy for everyone.
    unset req.http.Cookie;

    # Tracking parameters do not change a page (the nodes ignore them too): one copy, not one per campaign.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid)=") {
        set req.url = regsuball(req.url, "([?&])(utm_[a-z]+|fbclid|gclid)=[^&]*", "\1");
        set req.url = regsuball(req.url, "&&+", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]$", "");
    }

    # Grace: while a node is up, a page past its lifetime is served at most 10 s late (a fresh copy
    # is fetched in the background); when every node is down (a restart), the object's whole
    # grace applies: the nodes' stale-if-error, a day (vcl_backend_response).
    if (req.http.X-Kiosque-Stale-Ok) {
        set req.grace = 365d;
    } else if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    # Varnish has already reduced Accept-Encoding to "gzip" or nothing (http_gzip_support). A
    # client without gzip gets a plain copy of its own (vcl_hash, vcl_backend_fetch) rather than
    # the gzip copy unzipped on every hit, which halves Varnish's throughput for such clients.
    if (req.http.Accept-Encoding) {
        unset req.http.X-Kiosque-Plain;
    } else {
        set req.http.X-Kiosque-Plain = "1";
    }
    # The builtin vcl_recv follows: other methods pass, Authorization passes, the rest is looked up.
}

sub vcl_hash {
    if (req.http.X-Kiosque-Plain) {
        hash_data("plain");
    }
    # The builtin vcl_hash follows: the address and the host.
}

sub vcl_backend_fetch {
    # Varnish asks the nodes for gzip whatever the client said; the plain copy is asked for plain.
    if (bereq.http.X-Kiosque-Plain) {
        unset bereq.http.Accept-Encoding;
    }
}

sub vcl_hit {
    if (obj.ttl >= 0s) {
        set req.http.X-Kiosque-Varnish = "hit";
    } else {
        set req.http.X-Kiosque-Varnish = "hit-stale";
    }
}

sub vcl_miss {
    set req.http.X-Kiosque-Varnish = "miss";
}

sub vcl_pass {
    set req.http.X-Kiosque-Varnish = "pass";
}

sub vcl_backend_response {
    # A node stopping or restarting: a page it could not serve is asked once of the next node.
    if (beresp.status >= 500 && bereq.retries == 0 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
    # An error never replaces a stored page: the fetch is dropped (a background refresh keeps the
    # stale copy; a reader's request goes to vcl_synth, which serves the stale copy if there is one).
    # Passed requests (the newsroom) get the node's own error page.
    if (beresp.status >= 500 && !bereq.uncacheable) {
        return (abandon);
    }
    # Only what a node declared public is stored (pages, feeds, sitemaps, assets, images); the rest
    # (error pages, search, the newsroom, anything with Set-Cookie) goes to a node each time.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "(^|[ ,])public([ ,]|$)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    # The nodes' Surrogate-Key, indexed by xkey: a node's purge of "article-12" drops exactly the
    # pages that showed article 12.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # beresp.ttl is the nodes' max-age (60 s pages, 300 s feeds, a year for fingerprinted assets);
    # changes do not wait for it: the nodes purge by key. Objects are kept past it for
    # stale-if-error (a day): served only when no node answers (see vcl_recv).
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1") + "s", 10s);
    }
}

sub vcl_backend_error {
    # Refused or timed out (a node going down before its probe noticed): try another node once.
    if (bereq.retries == 0) {
        return (retry);
    }
    if (!bereq.uncacheable) {
        return (abandon);
    }
}

sub vcl_synth {
    # No node could serve a page (vcl_backend_response, vcl_backend_error): look again allowing the
    # stored copy's whole grace (the nodes' stale-if-error), so a reader gets the stale page if
    # Varnish has one, and an error only if it never had the page.
    if (resp.status == 503 && req.restarts == 0 && req.http.X-Kiosque-Varnish == "miss") {
        set req.http.X-Kiosque-Stale-Ok = "1";
        return (restart);
    }
    set resp.http.X-Varnish-Cache = "synth";
    if (resp.status == 503) {
        # Readers see this only for a page Varnish never had while no node answers.
        set resp.http.Content-Type = "text/html; charset=utf-8";
        set resp.http.Retry-After = "10";
        set resp.http.Cache-Control = "no-store";
        set resp.body = {"<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Service momentanément indisponible</title></head>
<body><h1>Service momentanément indisponible</h1>
<p>Le site revient dans un instant : merci de réessayer.</p></body></html>
"};
        return (deliver);
    }
}

sub vcl_deliver {
    # hit, hit-stale, miss or pass: what this Varnish did (the node's own page cache says X-Cache).
    set resp.http.X-Varnish-Cache = req.http.X-Kiosque-Varnish;
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
}
