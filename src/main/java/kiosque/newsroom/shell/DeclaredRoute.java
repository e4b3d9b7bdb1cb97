package kiosque.newsroom.shell;


/**
 * One back-office route as declared, with the action it needs; null for the login page. The
 * permission tests walk this list, so a new route is tested as soon as it exists.
 */
public record DeclaredRoute(String method, String path, Action action) {}
