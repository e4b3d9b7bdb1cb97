/**
 * What every newsroom feature shares: the {@link kiosque.newsroom.shell.Guard} each route passes
 * (session, CSRF, role), the {@link kiosque.newsroom.shell.RouteTable} routes are declared in, the
 * page frame ({@link kiosque.newsroom.shell.NewsroomLayout}, {@link kiosque.newsroom.shell.NewsroomPages}),
 * every {@code /redaction} address ({@link kiosque.newsroom.shell.NewsroomUrls}), the static files,
 * and the access model routes are declared with: {@link kiosque.newsroom.shell.Action},
 * {@link kiosque.newsroom.shell.Role}, the {@link kiosque.newsroom.shell.Permissions} table, the
 * signed-in {@link kiosque.newsroom.shell.Account} and its {@link kiosque.newsroom.shell.Session}.
 * It depends on no feature sub-package: the session store is reached through
 * {@link kiosque.newsroom.shell.SessionLookup}.
 */
package kiosque.newsroom.shell;
