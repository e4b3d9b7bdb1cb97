package kiosque.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Leases in the database, so that a job runs on one node at a time: the related lists' background
 * computation, the CDN purge. A node calls {@link #tryHold} before each round of work, which takes a
 * free or expired lease or renews its own; another node takes over once a lease has expired.
 *
 * <p>There is no fencing: a node paused for longer than the lease (a long GC pause) may finish a
 * round after another node took over. The jobs guarded here are idempotent (storing a list again,
 * purging a key twice), so that costs work, never correctness. Expiry is read from the nodes'
 * clocks: keep them in step (NTP); a lease of tens of seconds tolerates a few seconds of skew.
 */
public final class Leases {

  private final Jdbi jdbi;
  private final Clock clock;
  private final String node;

  public Leases(Jdbi jdbi, Clock clock, String node) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.node = node;
  }

  /** This process's name in the lease table: host, process id and a random part (two JVMs, one host). */
  public static String thisNode() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  public String node() {
    return node;
  }

  /**
   * Takes the lease {@code name} for {@code length} if it is free, expired or already ours (then
   * renewed); returns whether this node holds it now.
   */
  public boolean tryHold(String name, Duration length) {
    Instant now = clock.instant();
    Instant until = now.plus(length);
    int taken = jdbi.withHandle(h -> h.createUpdate("""
            update node_lease set holder = :node, expires_at = :until
            where name = :name and (holder = :node or expires_at < :now)""")
        .bind("node", node).bind("until", until).bind("name", name).bind("now", now)
        .execute());
    if (taken == 1) {
      return true;
    }
    try {
      return jdbi.withHandle(h -> h.createUpdate("""
              insert into node_lease (name, holder, expires_at)
              select :name, :node, :until where not exists (select 1 from node_lease where name = :name)""")
          .bind("name", name).bind("node", node).bind("until", until)
          .execute()) == 1;
    } catch (UnableToExecuteStatementException e) {
      // Another node inserted the same lease between our two statements: it holds it.
      return false;
    }
  }

  /** Gives the lease up at once (a node shutting down), so another node need not wait for it to expire. */
  public void release(String name) {
    jdbi.useHandle(h -> h.createUpdate("delete from node_lease where name = :name and holder = :node")
        .bind("name", name).bind("node", node).execute());
  }

  /** The node holding an unexpired lease, if any: for the newsroom's and operators' views. */
  public Optional<String> holder(String name) {
    return jdbi.withHandle(h -> h.createQuery(
            "select holder from node_lease where name = :name and expires_at >= :now")
        .bind("name", name).bind("now", clock.instant())
        .mapTo(String.class).findOne());
  }
}
