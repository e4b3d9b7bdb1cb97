package kiosque.changes;

import java.util.List;

/**
 * Something derived from the database that a node keeps up to date: a search index, related
 * lists, a page cache. It receives changes in order and says where it has got to, so it can
 * resume after a restart from its own saved position.
 */
public interface ChangeFollower {

  /** A short name for logs and metrics. */
  String name();

  /** The last sequence number this follower has applied (0 for none). Read once, at start. */
  long position();

  /** Applies a batch of changes, oldest first. An exception stops the batch; it is retried. */
  void apply(List<Change> changes) throws Exception;
}
