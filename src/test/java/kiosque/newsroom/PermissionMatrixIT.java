package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.editor.ArticleForm;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.DeclaredRoute;
import kiosque.newsroom.shell.Permissions;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per cell: every back-office route the newsroom declares (walked from the running app,
 * so a new route is covered as soon as it exists) × every role and an anonymous visitor, over
 * real HTTP. Articles in the requests belong to another account, so "own articles only" rights
 * must be refused. Also: every state-changing route refuses a request without its CSRF token.
 */
class PermissionMatrixIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static Account owner;
  static Account target;
  static final Map<Role, NewsroomClient> clients = new EnumMap<>(Role.class);
  static final AtomicInteger sequence = new AtomicInteger();

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    owner = app.account(Role.ADMINISTRATOR, "owner@example.ma");
    target = app.account(Role.CONTRIBUTOR, "target@example.ma");
    for (Role role : Role.values()) {
      clients.put(role, app.loggedIn(role, role.code() + "@example.ma"));
      app.account(role, role.code() + ".sortie@example.ma");
    }
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** A request to one route: its concrete path and the fields a real form would send. */
  record Request(String path, Map<String, String> fields) {}

  static Request request(DeclaredRoute route) {
    String path = route.path();
    Map<String, String> fields = new LinkedHashMap<>();
    if (path.contains("{id}") && path.startsWith("/redaction/articles")) {
      long article = app.wiring().editorialService().create(new Actor(owner, "test"),
          new ArticleForm("Article de la matrice", "", "<p>Texte.</p>", "Maroc", List.of(), List.of("O.W"), "", "", ""));
      long revision = app.wiring().editorialService().revisions(article).getFirst().id();
      path = path.replace("{id}", String.valueOf(article)).replace("{rev}", String.valueOf(revision));
      fields.put("version", String.valueOf(app.wiring().articleStore().findById(article).orElseThrow().version()));
    }
    path = path.replace("{id}", String.valueOf(target.id()));
    if (route.method().equals("POST")) {
      int n = sequence.incrementAndGet();
      fields.put("title", "Titre " + n);
      fields.put("body", "<p>Texte.</p>");
      fields.put("move", "SUBMIT");
      fields.put("email", "nouveau" + n + "@example.ma");
      fields.put("role", "contributor");
      fields.put("password", NewsroomClient.PASSWORD);
    }
    return new Request(path, fields);
  }

  static Stream<DeclaredRoute> guardedRoutes() {
    return app.wiring().newsroomRoutes().declared().stream().filter(r -> r.action() != null);
  }

  @Test
  void theMatrixCoversTheWholeBackOffice() {
    assertThat(guardedRoutes().map(r -> r.method() + " " + r.path()).toList()).contains(
        "GET /redaction", "GET /redaction/articles/{id}", "POST /redaction/articles/{id}/workflow",
        "GET /redaction/comptes", "GET /redaction/journal", "POST /redaction/medias");
  }

  @TestFactory
  Stream<DynamicTest> everyRouteForEveryRoleAndAnonymous() {
    Permissions permissions = app.wiring().permissions();
    List<DynamicTest> cells = new ArrayList<>();
    guardedRoutes().forEach(route -> {
      cells.add(DynamicTest.dynamicTest(route.method() + " " + route.path() + " × anonymous", () -> {
        Request request = request(route);
        HttpResponse<String> response = send(app.anonymous(), route, request);
        assertThat(response.statusCode()).isEqualTo(route.method().equals("GET") ? 302 : 303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/redaction/connexion");
      }));
      for (Role role : Role.values()) {
        boolean allowed = permissions.allows(role, route.action(), false);
        cells.add(DynamicTest.dynamicTest(route.method() + " " + route.path() + " × " + role.code() + " → "
            + (allowed ? "allowed" : "403"), () -> {
          Request request = request(route);
          // Logging out (everywhere) would end the sessions the other cells use: those cells use another account.
          NewsroomClient client = route.path().contains("deconnexion")
              ? app.anonymous().login(role.code() + ".sortie@example.ma") : clients.get(role);
          HttpResponse<String> response = send(client, route, request);
          if (allowed) {
            assertThat(response.statusCode()).as(response.body()).isNotIn(403, 500);
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotStartWith("/redaction/connexion?");
          } else {
            assertThat(response.statusCode()).isEqualTo(403);
          }
        }));
      }
    });
    return cells.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyStateChangeRefusesARequestWithoutItsCsrfToken() {
    return guardedRoutes().filter(r -> r.method().equals("POST")).map(route ->
        DynamicTest.dynamicTest("POST " + route.path() + " without token", () -> {
          Request request = request(route);
          HttpResponse<String> response = clients.get(Role.ADMINISTRATOR).post(request.path(), request.fields());
          assertThat(response.statusCode()).isEqualTo(403);
        }));
  }

  private static HttpResponse<String> send(NewsroomClient client, DeclaredRoute route, Request request) {
    return route.method().equals("GET") ? client.get(request.path()) : client.submit(request.path(), request.fields());
  }
}
