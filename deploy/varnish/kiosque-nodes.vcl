# The Kiosque nodes behind this Varnish and who may purge it: edit for your machines, keep next to
# kiosque.vcl (both in /etc/varnish). One backend per node, each added to kiosque_nodes.
backend kiosque_node1 {
    .host = "10.0.0.11";
    .port = "8080";
    .probe = kiosque_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

backend kiosque_node2 {
    .host = "10.0.0.12";
    .port = "8080";
    .probe = kiosque_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

sub vcl_init {
    kiosque_nodes.add_backend(kiosque_node1);
    kiosque_nodes.add_backend(kiosque_node2);
}

# The nodes send the purges (kiosque.cdn.varnish): their addresses as Varnish sees them.
acl kiosque_purgers {
    "127.0.0.1";
    "10.0.0.11";
    "10.0.0.12";
}
