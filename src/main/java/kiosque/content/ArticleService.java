package kiosque.content;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import kiosque.changes.ChangeKind;
import kiosque.changes.ChangeLog;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The rules for storing an article: validation ({@link ArticleValidation}, which every write path
 * goes through here), sanitising, names resolved to sections, topics and authors, old addresses
 * claimed, the listings' counts and newest updates kept ({@link ListingSummaries}) and the change
 * log written, all in one transaction.
 */
public final class ArticleService {

  private final Jdbi jdbi;
  private final ArticleStore articles;
  private final TaxonomyStore taxonomy;
  private final ChangeLog changeLog;
  private final BodySanitizer sanitizer;
  private final Clock clock;
  private final ListingSummaries listingSummaries;
  private final ImportedArticles imported = new ImportedArticles();

  public ArticleService(Jdbi jdbi, ArticleStore articles, TaxonomyStore taxonomy, ChangeLog changeLog,
      BodySanitizer sanitizer, Clock clock, ListingSummaries listingSummaries) {
    this.jdbi = jdbi;
    this.articles = articles;
    this.taxonomy = taxonomy;
    this.changeLog = changeLog;
    this.sanitizer = sanitizer;
    this.clock = clock;
    this.listingSummaries = listingSummaries;
  }

  /** The same service for imports: the sections they create stay out of the masthead menu until shown. */
  public ArticleService forImports() {
    return new ArticleService(jdbi, articles, taxonomy.creatingHiddenSections(), changeLog, sanitizer, clock,
        listingSummaries);
  }

  /**
   * Creates or updates the article with the draft's external id. A draft identical to what was
   * imported last time changes nothing and writes no change, which makes imports idempotent. An
   * article the newsroom saved since its last import is not overwritten: the draft is kept beside
   * it as a revision ({@link SaveOutcome.Kind#KEPT}, see {@link ImportedArticles}).
   */
  public SaveOutcome save(ArticleDraft submitted) {
    ArticleValidation.Checked checked = ArticleValidation.check(submitted);
    ArticleDraft draft = checked.draft();
    // Re-imports are mostly unchanged articles: compare the fingerprint before paying for the
    // sanitiser (about 60 % of an unchanged re-import's time when it ran first).
    String hash = hash(draft);
    if (draft.externalId() != null) {
      Optional<ImportedArticles.State> known =
          jdbi.withHandle(h -> imported.find(h, draft.externalId(), false));
      if (known.isPresent() && known.get().alreadyImported(hash)) {
        return new SaveOutcome(known.get().id(), SaveOutcome.Kind.UNCHANGED, checked.warnings());
      }
    }
    Prepared prepared = prepare(draft, hash);
    SaveOutcome outcome = jdbi.inTransaction(handle -> {
      // Locked: a newsroom save between this check and the write would otherwise be overwritten.
      Optional<ImportedArticles.State> existing = draft.externalId() == null
          ? Optional.empty() : imported.find(handle, draft.externalId(), true);
      if (existing.isPresent() && existing.get().alreadyImported(prepared.hash())) {
        return new SaveOutcome(existing.get().id(), SaveOutcome.Kind.UNCHANGED, checked.warnings());
      }
      if (existing.isPresent() && existing.get().changedInNewsroom()) {
        long id = existing.get().id();
        imported.proposeRevision(handle, existing.get(), draft, prepared.body(), slugOf(draft),
            articles.extrasOf(handle, id), clock.instant(), prepared.hash());
        return new SaveOutcome(id, SaveOutcome.Kind.KEPT, checked.warnings());
      }
      if (existing.isPresent()) {
        write(handle, existing.get().id(), existing.get().status(), null, draft, prepared);
        imported.written(handle, existing.get().id(), prepared.hash());
        return new SaveOutcome(existing.get().id(), SaveOutcome.Kind.UPDATED, checked.warnings());
      }
      long created = insert(handle, draft, prepared, null);
      if (draft.externalId() != null) {
        imported.written(handle, created, prepared.hash());
      }
      return new SaveOutcome(created, SaveOutcome.Kind.CREATED, checked.warnings());
    });
    if (outcome.kind() == SaveOutcome.Kind.CREATED || outcome.kind() == SaveOutcome.Kind.UPDATED) {
      changeLog.signal();
    }
    return outcome;
  }

  /**
   * Creates an article written in the newsroom. {@code alsoInTransaction} runs with the new id in
   * the same transaction (the newsroom's first revision).
   */
  public long create(ArticleDraft submitted, long createdBy, BiConsumer<Handle, Long> alsoInTransaction) {
    ArticleDraft draft = ArticleValidation.check(submitted).draft();
    Prepared prepared = prepare(draft, hash(draft));
    long id = jdbi.inTransaction(handle -> {
      long created = insert(handle, draft, prepared, createdBy);
      alsoInTransaction.accept(handle, created);
      return created;
    });
    changeLog.signal();
    return id;
  }

  /**
   * Rewrites an article by id, if nobody saved it since {@code expectedVersion} (optimistic
   * locking): otherwise {@link StaleArticleException} and nothing is written.
   */
  public void update(long id, int expectedVersion, ArticleDraft submitted,
      BiConsumer<Handle, Long> alsoInTransaction) {
    ArticleDraft draft = ArticleValidation.check(submitted).draft();
    Prepared prepared = prepare(draft, hash(draft));
    jdbi.useTransaction(handle -> {
      ArticleStatus before = articles.lockVersion(handle, id, expectedVersion)
          .orElseThrow(() -> new StaleArticleException(id));
      write(handle, id, before, expectedVersion, draft, prepared);
      alsoInTransaction.accept(handle, id);
    });
    changeLog.signal();
  }

  /**
   * Claims the version of an article without changing what readers see (a pending revision was
   * saved beside it): the next save from an older form is refused.
   */
  public void touch(long id, int expectedVersion, BiConsumer<Handle, Long> alsoInTransaction) {
    jdbi.useTransaction(handle -> {
      if (!articles.bumpVersion(handle, id, expectedVersion)) {
        throw new StaleArticleException(id);
      }
      alsoInTransaction.accept(handle, id);
    });
  }

  /**
   * Publishes a scheduled article whose time has come. The update only matches while the row is
   * still scheduled, so when several nodes race for it exactly one wins and writes the change.
   *
   * @return whether this call published it
   */
  public boolean publishDue(long id, Instant now) {
    return publishDue(id, now, (handle, published) -> { });
  }

  /** As above; {@code alsoInTransaction} runs only when this call wins, in its transaction (the newsroom's notice). */
  public boolean publishDue(long id, Instant now, BiConsumer<Handle, Long> alsoInTransaction) {
    boolean claimed = jdbi.inTransaction(handle -> {
      if (!articles.claimScheduled(handle, id, now)) {
        return false;
      }
      listingSummaries.apply(handle, ListingSummaries.Contribution.NONE, listingSummaries.read(handle, id));
      changeLog.append(handle, id, ChangeKind.PUBLISHED);
      alsoInTransaction.accept(handle, id);
      return true;
    });
    if (claimed) {
      changeLog.signal();
    }
    return claimed;
  }

  /**
   * Makes {@code mediaId} the article's lead image unless it has one already (an editor's choice
   * wins over an import's); returns whether it did. Pages and feeds follow through the change log.
   */
  public boolean setLeadImageIfNone(long articleId, long mediaId) {
    boolean set = jdbi.inTransaction(h -> {
      int updated = h.createUpdate("update article set lead_media_id = :media where id = :id and lead_media_id is null")
          .bind("media", mediaId).bind("id", articleId).execute();
      if (updated == 1) {
        TeaserRows.refresh(h, articleId);
        changeLog.append(h, articleId, ChangeKind.UPDATED);
      }
      return updated == 1;
    });
    if (set) {
      changeLog.signal();
    }
    return set;
  }

  /** Whether the article has a lead image. */
  public boolean hasLeadImage(long articleId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select count(*) from article where id = :id and lead_media_id is not null")
        .bind("id", articleId).mapTo(Integer.class).one() > 0);
  }

  private record Prepared(SanitizedBody body, String hash) {}

  private Prepared prepare(ArticleDraft draft, String hash) {
    SanitizedBody body = sanitizer.sanitize(draft.body());
    if (body.text().isBlank() && (draft.status() == ArticleStatus.PUBLISHED || draft.status() == ArticleStatus.SCHEDULED)) {
      throw new InvalidContentException("body is empty (after removing unsafe content)");
    }
    return new Prepared(body, hash);
  }

  private long insert(Handle handle, ArticleDraft draft, Prepared prepared, Long createdBy) {
    Instant now = clock.instant();
    ArticleRow row = row(handle, draft, prepared, now, false, ArticleExtras.NONE);
    long id = articles.insert(handle, row, now, createdBy);
    attach(handle, id, draft, row);
    listingSummaries.apply(handle, ListingSummaries.Contribution.NONE, listingSummaries.read(handle, id));
    changeLog.append(handle, id, draft.status() == ArticleStatus.PUBLISHED ? ChangeKind.PUBLISHED : ChangeKind.CREATED);
    return id;
  }

  private void write(Handle handle, long id, ArticleStatus before, Integer expectedVersion, ArticleDraft draft,
      Prepared prepared) {
    ArticleRow row = row(handle, draft, prepared, clock.instant(), true, articles.extrasOf(handle, id));
    ListingSummaries.Contribution listed = listingSummaries.read(handle, id);
    if (!articles.update(handle, id, row, expectedVersion)) {
      throw new StaleArticleException(id);
    }
    attach(handle, id, draft, row);
    listingSummaries.apply(handle, listed, listingSummaries.read(handle, id));
    changeLog.append(handle, id, statusChange(before, draft.status()));
  }

  private ArticleRow row(Handle handle, ArticleDraft draft, Prepared prepared, Instant now, boolean existing,
      ArticleExtras stored) {
    Long sectionId = draft.sectionName() == null || draft.sectionName().isBlank()
        ? null : taxonomy.sectionNamed(handle, draft.sectionName()).id();
    String slug = slugOf(draft);
    Instant publishedAt = draft.publishedAt() != null ? draft.publishedAt()
        : draft.status() == ArticleStatus.PUBLISHED ? now : null;
    Instant updatedAt = existing ? now : (publishedAt != null ? publishedAt : now);
    return new ArticleRow(draft.externalId(), slug, draft.title().strip(),
        draft.summary() == null ? "" : draft.summary().strip(), prepared.body(), sectionId, draft.status(), publishedAt,
        updatedAt, blankToNull(draft.sourceName()), blankToNull(draft.sourceUrl()), prepared.hash(),
        extras(handle, draft.extras(), stored, now),
        resolve(draft.bylines(), name -> taxonomy.authorNamed(handle, name)),
        resolve(draft.topicNames(), name -> taxonomy.topicNamed(handle, name)));
  }

  private static String slugOf(ArticleDraft draft) {
    return draft.slug() == null || draft.slug().isBlank() ? Slugs.of(draft.title()) : Slugs.of(draft.slug());
  }

  /** The extra fields as stored: a social image that exists, a correction dated (see {@link ArticleExtras}). */
  private ArticleExtras extras(Handle handle, ArticleExtras extras, ArticleExtras stored, Instant now) {
    if (extras.socialImageId() != null && !articles.mediaExists(handle, extras.socialImageId())) {
      throw new InvalidContentException("social_image " + extras.socialImageId() + " does not exist");
    }
    return extras.datedAgainst(stored, now);
  }

  private void attach(Handle handle, long id, ArticleDraft draft, ArticleRow row) {
    articles.replaceAuthors(handle, id, row.authors());
    articles.replaceTopics(handle, id, row.topics());
    claimPaths(handle, id, draft.legacyPaths());
  }

  private static ChangeKind statusChange(ArticleStatus before, ArticleStatus after) {
    if (before != after && after == ArticleStatus.PUBLISHED) {
      return ChangeKind.PUBLISHED;
    }
    if (before == ArticleStatus.PUBLISHED && after != ArticleStatus.PUBLISHED) {
      return ChangeKind.UNPUBLISHED;
    }
    return ChangeKind.UPDATED;
  }

  /** Names in their given order, duplicates (by name key) dropped, blanks ignored. */
  private static <T> List<T> resolve(List<String> names, java.util.function.Function<String, T> lookup) {
    Map<String, String> unique = new LinkedHashMap<>();
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        unique.putIfAbsent(NameKeys.of(name), name.strip());
      }
    }
    List<T> resolved = new ArrayList<>();
    unique.values().forEach(name -> resolved.add(lookup.apply(name)));
    return resolved;
  }

  private void claimPaths(Handle handle, long id, List<String> legacyPaths) {
    for (String raw : legacyPaths) {
      String path = LegacyPaths.normalize(raw);
      ArticleValidation.checkLength("legacy URL", path, ArticleValidation.MAX_URL);
      articles.claimPath(handle, path, id).ifPresent(other -> {
        throw new InvalidContentException("legacy URL " + path + " already belongs to article " + other);
      });
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A fingerprint of everything the draft says; equal drafts have equal hashes, different ones do not. */
  static String hash(ArticleDraft draft) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<Object> parts = new ArrayList<>(Arrays.asList(draft.externalId(), draft.slug(), draft.title(),
          draft.summary(), draft.body(), draft.sectionName(), draft.bylines(), draft.topicNames(), draft.status(),
          draft.publishedAt(), draft.sourceName(), draft.sourceUrl(), draft.legacyPaths()));
      parts.addAll(extrasPart(draft.extras()));
      for (Object part : parts) {
        if (part instanceof List<?> list) {
          digest.update(ByteBuffer.allocate(5).put((byte) 2).putInt(list.size()).array());
          list.forEach(item -> hashValue(digest, item));
        } else {
          hashValue(digest, part);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The extra fields' part of the fingerprint: nothing when none is set, so the fingerprints of
   * articles stored before these fields existed stay the same and a re-import finds them unchanged.
   */
  private static List<Object> extrasPart(ArticleExtras extras) {
    return extras.isEmpty() && extras.correctedAt() == null ? List.of()
        : Arrays.asList(extras.kicker(), extras.seoTitle(), extras.seoDescription(), extras.socialTitle(),
            extras.socialImageId(), extras.correction(), extras.correctedAt());
  }

  // Length-prefixed, with null marked apart from "null": values cannot run into each other, as
  // the authors ["Ali, Sara"] and ["Ali", "Sara"] once did when lists were hashed as their toString.
  private static void hashValue(MessageDigest digest, Object value) {
    if (value == null) {
      digest.update((byte) 0);
      return;
    }
    byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(5).put((byte) 1).putInt(bytes.length).array());
    digest.update(bytes);
  }
}
