package kiosque.newsroom.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kiosque.web.Urls;

/**
 * Every back-office address under {@code /redaction}, built in one place as {@link kiosque.web.Urls}
 * builds the reader site's. Route declarations and links use the same methods: a route passes
 * {@link #ID} (or {@link #REVISION}) where a link passes the number, so an address cannot be
 * declared one way and linked another. Templates reach it through {@link NewsroomLayout#urls()}.
 */
public final class NewsroomUrls {

  /** The id placeholder of a route pattern: {@code article(ID)} is {@code /redaction/articles/{id}}. */
  public static final String ID = "{id}";
  /** The revision placeholder of a route pattern. */
  public static final String REVISION = "{rev}";

  static final String ROOT = Urls.NEWSROOM_ROOT;

  /** The dashboard, and where a refused redirect target lands. */
  public String home() {
    return ROOT;
  }

  /** The path the newsroom's cookies are scoped to. */
  String cookiePath() {
    return ROOT;
  }

  public String login() {
    return ROOT + "/connexion";
  }

  /** The login page, then back to {@code next} (a path on this site). */
  public String login(String next) {
    return login() + "?suite=" + encode(next);
  }

  public String logout() {
    return ROOT + "/deconnexion";
  }

  public String logoutEverywhere() {
    return ROOT + "/deconnexion-partout";
  }

  /** An address with a notice to show once arrived ({@code ?note=saved}); see {@link NewsroomPages}. */
  public String noted(String address, String note) {
    return address + (address.contains("?") ? "&" : "?") + "note=" + encode(note);
  }

  public String accounts() {
    return ROOT + "/comptes";
  }

  public String accountPassword(Object id) {
    return accounts() + "/" + id + "/mot-de-passe";
  }

  public String accountDisable(Object id) {
    return accounts() + "/" + id + "/desactiver";
  }

  public String accountEnable(Object id) {
    return accounts() + "/" + id + "/reactiver";
  }

  public String accountRole(Object id) {
    return accounts() + "/" + id + "/role";
  }

  public String auditLog() {
    return ROOT + "/journal";
  }

  public String auditLog(int from) {
    return auditLog() + "?depuis=" + from;
  }

  public String articles() {
    return ROOT + "/articles";
  }

  /** The article list filtered by a status code ({@code null}: all) from an offset ({@code 0}: the first). */
  public String articles(String status, int from) {
    String query = (status == null ? "" : "&statut=" + encode(status)) + (from == 0 ? "" : "&depuis=" + from);
    return query.isEmpty() ? articles() : articles() + "?" + query.substring(1);
  }

  public String newArticle() {
    return articles() + "/nouveau";
  }

  /** The editor of an article (GET), and where its form posts. */
  public String article(Object id) {
    return articles() + "/" + id;
  }

  public String autosave(Object id) {
    return article(id) + "/autosave";
  }

  /** The editor's heartbeat: who has the article open (the soft lock). */
  public String presence(Object id) {
    return article(id) + "/presence";
  }

  public String workflow(Object id) {
    return article(id) + "/workflow";
  }

  /** The confirmation page of unpublishing, with its reason (desk, issue 13). */
  public String unpublish(Object id) {
    return article(id) + "/depublier";
  }

  public String preview(Object id) {
    return article(id) + "/apercu";
  }

  public String revisions(Object id) {
    return article(id) + "/revisions";
  }

  public String revision(Object id, Object revision) {
    return revisions(id) + "/" + revision;
  }

  public String restoreRevision(Object id, Object revision) {
    return revision(id, revision) + "/restaurer";
  }

  /** The article's related lists, as the curation page and where its forms post. */
  public String relatedLists(Object id) {
    return article(id) + "/liens";
  }

  public String relatedListsJson(Object id) {
    return relatedLists(id) + ".json";
  }

  /** Topic names for the editor's autocomplete. */
  public String topicNames() {
    return ROOT + "/sujets.json";
  }

  // rich text: what the body editor asks while a journalist writes (GET, JSON)
  /** The embed a pasted address stands for: {@code ?url=}. */
  public String bodyEmbed() {
    return ROOT + "/corps/integration.json";
  }

  /** Published articles by title, for a "Lire aussi": {@code ?q=}. */
  public String bodyArticles() {
    return ROOT + "/corps/articles.json";
  }

  /** Topics suggested for the text being written. */
  public String topicSuggestions() {
    return ROOT + "/suggestions/sujets";
  }

  public String media() {
    return ROOT + "/medias";
  }

  // Media library (issue 13, media): an image's edit page, its deletion, the picker's search and upload.
  public String mediaItem(Object id) {
    return media() + "/" + id;
  }

  public String mediaDelete(Object id) {
    return mediaItem(id) + "/supprimer";
  }

  /** GET: the library's search as JSON for the picker; POST: an upload from the picker, answered in JSON. */
  public String mediaJson() {
    return media() + ".json";
  }

  /** A taxonomy list: {@code kind} is {@code rubriques}, {@code sujets} or {@code auteurs}. */
  public String taxonomy(String kind) {
    return ROOT + "/" + kind;
  }

  /** A taxonomy list filtered by what was typed, from an offset. */
  public String taxonomy(String kind, String filter, int from) {
    return taxonomy(kind) + "?q=" + encode(filter) + "&depuis=" + from;
  }

  public String taxonomyItem(String kind, Object id) {
    return taxonomy(kind) + "/" + id;
  }

  public String mergeTopic(Object id) {
    return taxonomyItem("sujets", id) + "/fusionner";
  }

  /** The front page's screen: slots, section blocks, menu and banner. */
  public String frontPage() {
    return ROOT + "/une";
  }

  /** The front page's screen with the titles matching {@code words}, to pick a story from. */
  public String frontPageSearch(String words) {
    return frontPage() + "?q=" + encode(words);
  }

  public String frontPageSlot() {
    return frontPage() + "/emplacements";
  }

  public String frontPageSections() {
    return frontPage() + "/rubriques";
  }

  public String banner() {
    return frontPage() + "/alerte";
  }

  public String bannerClear() {
    return banner() + "/retirer";
  }

  // collab (issue 13): notifications, notes, password reset, audit filters

  /** The audit log from an offset, of one person and one action when given (null: all). */
  public String auditLog(int from, Long accountId, String action) {
    String query = (from == 0 ? "" : "&depuis=" + from) + (accountId == null ? "" : "&qui=" + accountId)
        + (action == null ? "" : "&action=" + encode(action));
    return query.isEmpty() ? auditLog() : auditLog() + "?" + query.substring(1);
  }

  /** The signed-in person's notifications. */
  public String notifications() {
    return ROOT + "/notifications";
  }

  public String notificationRead(Object id) {
    return notifications() + "/" + id + "/lue";
  }

  public String notificationsAllRead() {
    return notifications() + "/toutes-lues";
  }

  /** Where the editor's note form posts. */
  public String articleNotes(Object id) {
    return article(id) + "/notes";
  }

  /** The editor page, at its notes. */
  public String articleNotesAnchor(Object id) {
    return article(id) + "#notes";
  }

  /** An administrator issues a one-time password-reset link for the account. */
  public String accountResetLink(Object id) {
    return accounts() + "/" + id + "/lien-mot-de-passe";
  }

  /** The page a reset link opens (open to anyone holding a valid token). */
  public String passwordReset() {
    return ROOT + "/nouveau-mot-de-passe";
  }

  public String passwordReset(String token) {
    return passwordReset() + "?jeton=" + encode(token);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
