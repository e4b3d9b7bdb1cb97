package kiosque.newsroom.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.changes.ChangeKind;
import kiosque.changes.ChangeLog;
import kiosque.content.ArticleStore;
import kiosque.content.ListingSummaries;
import kiosque.content.NameKeys;
import kiosque.content.Slugs;
import kiosque.errors.ForbiddenException;
import kiosque.errors.NotFoundException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.accounts.AuditLog;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Permissions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Renames sections, topics and authors, merges topics, edits author bios and photos. A changed
 * slug is remembered so the old address answers 301; every article that shows the renamed name
 * gets a change in the log, in the same transaction, so caches and the index follow.
 */
public final class TaxonomyAdmin {

  private static final Pattern OLD_ADDRESS = Pattern.compile("^/(rubrique|sujet|auteur)/([^/?]+)(\\?.*)?$");

  private final Jdbi jdbi;
  private final TaxonomyAdminStore store;
  private final ChangeLog changeLog;
  private final Permissions permissions;
  private final AuditLog audit;

  public TaxonomyAdmin(Jdbi jdbi, ChangeLog changeLog, Permissions permissions, AuditLog audit) {
    this.jdbi = jdbi;
    this.store = new TaxonomyAdminStore(jdbi);
    this.changeLog = changeLog;
    this.permissions = permissions;
    this.audit = audit;
  }

  public List<TaxonomyRow> sections() {
    return store.list(Kind.SECTION, "", 500, 0);
  }

  public List<TaxonomyRow> topics(String filter, int limit, int offset) {
    return store.list(Kind.TOPIC, filter, limit, offset);
  }

  public List<TaxonomyRow> authors(String filter, int limit, int offset) {
    return store.list(Kind.AUTHOR, filter, limit, offset);
  }

  public void renameSection(Actor actor, long id, String name, String slug, String description) {
    rename(actor, Kind.SECTION, id, name, slug, description, handle -> { });
  }

  public void renameTopic(Actor actor, long id, String name, String slug, String description) {
    rename(actor, Kind.TOPIC, id, name, slug, description, handle -> { });
  }

  public void updateAuthor(Actor actor, long id, String byline, String slug, String fullName, String bio,
      Long photoMediaId) {
    rename(actor, Kind.AUTHOR, id, byline, slug, bio,
        handle -> store.updateAuthorDetails(handle, id, blankToNull(fullName), photoMediaId));
  }

  private void rename(Actor actor, Kind kind, long id, String rawName, String rawSlug, String description,
      java.util.function.Consumer<Handle> more) {
    require(actor);
    TaxonomyRow before = store.byId(kind, id).orElseThrow(() -> new NotFoundException(kind.table + " " + id));
    String name = rawName == null ? "" : rawName.strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new TaxonomyException("Le nom est obligatoire (200 caractères au plus).");
    }
    String slug = Slugs.of(rawSlug == null || rawSlug.isBlank() ? name : rawSlug);
    jdbi.useTransaction(handle -> {
      if (store.taken(handle, kind, id, "name_key", NameKeys.of(name))) {
        throw new TaxonomyException("« " + name + " » existe déjà." + (kind == Kind.TOPIC ? " Fusionnez plutôt les deux sujets." : ""));
      }
      if (store.taken(handle, kind, id, "slug", slug)) {
        throw new TaxonomyException("L’adresse « " + slug + " » est déjà prise.");
      }
      store.update(handle, kind, id, name, slug, blankToNull(description));
      more.accept(handle);
      if (!slug.equals(before.slug())) {
        store.rememberOldSlug(handle, kind, before.slug(), slug, id);
      }
      logChanges(handle, store.articleIds(handle, kind, id));
    });
    changeLog.signal();
    audit.record(actor, kind.table + ".update", before.name() + " -> " + name + " (" + slug + ")");
  }

  /** Moves every article of {@code fromId} to {@code intoId}; the old topic's address redirects. */
  public void mergeTopics(Actor actor, long fromId, long intoId) {
    require(actor);
    if (fromId == intoId) {
      throw new TaxonomyException("Choisissez deux sujets différents.");
    }
    TaxonomyRow from = store.byId(Kind.TOPIC, fromId).orElseThrow(() -> new NotFoundException("topic " + fromId));
    TaxonomyRow into = store.byId(Kind.TOPIC, intoId).orElseThrow(() -> new NotFoundException("topic " + intoId));
    jdbi.useTransaction(handle -> {
      List<Long> articles = store.articleIds(handle, Kind.TOPIC, fromId);
      store.mergeTopic(handle, fromId, intoId);
      ArticleStore.rewriteTopicIds(handle, articles);
      ListingSummaries.recomputeTopic(handle, intoId);
      store.rememberOldSlug(handle, Kind.TOPIC, from.slug(), into.slug(), intoId);
      logChanges(handle, articles);
    });
    changeLog.signal();
    audit.record(actor, "topic.merge", from.name() + " -> " + into.name());
  }

  /** Merges into the topic with this name (matched like every name: case and accents ignored). */
  public void mergeTopicInto(Actor actor, long fromId, String intoName) {
    require(actor);
    long intoId = store.idByName(Kind.TOPIC, intoName == null ? "" : intoName)
        .orElseThrow(() -> new TaxonomyException("Aucun sujet ne s’appelle « " + intoName + " »."));
    mergeTopics(actor, fromId, intoId);
  }

  /**
   * The current address of a renamed or merged section, topic or author page, if {@code path} is
   * one of their old addresses (a page number is kept).
   */
  public Optional<String> currentAddress(String path) {
    Matcher m = OLD_ADDRESS.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    Kind kind = switch (m.group(1)) {
      case "rubrique" -> Kind.SECTION;
      case "sujet" -> Kind.TOPIC;
      default -> Kind.AUTHOR;
    };
    String query = m.group(3) == null ? "" : m.group(3);
    return store.currentSlug(kind, m.group(2)).map(slug -> kind.prefix + slug + query);
  }

  public Optional<TaxonomyRow> topic(long id) {
    return store.byId(Kind.TOPIC, id);
  }

  private void logChanges(Handle handle, List<Long> articleIds) {
    for (long articleId : articleIds) {
      changeLog.append(handle, articleId, ChangeKind.UPDATED);
    }
  }

  private void require(Actor actor) {
    if (actor.account() == null || !permissions.allows(actor.account().role(), Action.MANAGE_TAXONOMY, false)) {
      throw new ForbiddenException(actor.name() + " may not manage sections, topics and authors");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
