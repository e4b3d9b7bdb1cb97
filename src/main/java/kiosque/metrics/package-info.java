/**
 * Metrics for operators at {@code /metrics} (Prometheus text format, behind a token): requests and
 * latency by kind of route, the page cache, how far each change follower is behind the log, the
 * CDN purge, the JVM. See {@code docs/deployment.md}, "Metrics".
 */
package kiosque.metrics;
