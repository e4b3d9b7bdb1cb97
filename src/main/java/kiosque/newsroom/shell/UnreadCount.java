package kiosque.newsroom.shell;

/**
 * How many unread notifications a person has, for the masthead. Declared here and given by the
 * notifications feature, so the shell depends on no feature.
 */
@FunctionalInterface
public interface UnreadCount {
  int of(Account account);
}
