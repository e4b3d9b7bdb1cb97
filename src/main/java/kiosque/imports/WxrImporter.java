package kiosque.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kiosque.content.ArchivePaths;
import kiosque.content.ArticleDraft;
import kiosque.content.ArticleService;

/**
 * Imports a WordPress export (Tools > Export in the WordPress admin, a WXR file): published posts
 * become articles, each saved in its own transaction through {@link ArticleService}, so a post that
 * cannot be imported is reported with its line and leaves nothing behind. The file is read as a
 * stream, whatever its size. Re-importing the same export changes nothing; an export cut short or
 * an import interrupted resumes, when run again, where it stopped (posts already in are unchanged).
 */
public final class WxrImporter implements Importer {

  private final ArticleService articles;
  private final ArchivePaths archivePaths;
  private final String categoryBase;
  private final String tagBase;

  /** With WordPress's default archive addresses, {@code /category/...} and {@code /tag/...}. */
  public WxrImporter(ArticleService articles, ArchivePaths archivePaths) {
    this(articles, archivePaths, "category", "tag");
  }

  /**
   * @param categoryBase and {@code tagBase}: the old site's permalink bases for category and tag
   *     pages, whose addresses redirect to the matching section and topic pages after the import
   */
  public WxrImporter(ArticleService articles, ArchivePaths archivePaths, String categoryBase, String tagBase) {
    this.articles = articles;
    this.archivePaths = archivePaths;
    this.categoryBase = categoryBase;
    this.tagBase = tagBase;
  }

  public ImportReport importFile(Path file, ImportProgress progress) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return importStream(in, progress);
    }
  }

  /**
   * Imports from a stream, which the caller closes.
   *
   * @throws ImportReadException when the file is not a WordPress export or its XML is malformed;
   *     the posts before that point are imported and its partial report says how
   */
  @Override
  public ImportReport importStream(InputStream in, ImportProgress progress) throws IOException {
    CountingInputStream counted = new CountingInputStream(in);
    Tally tally = new Tally();
    Map<String, LeadImage> attachments = new HashMap<>();
    Map<String, String> thumbnails = new LinkedHashMap<>();
    Map<String, Long> imported = new HashMap<>(); // external id -> line, so a repeated post id is reported
    long items = 0;
    WxrPosts posts = null;
    WxrArchives archives = null;
    try (WxrReader reader = new WxrReader(Inputs.decompressed(counted))) {
      for (WxrItem item = reader.next(); item != null; item = reader.next()) {
        posts = posts == null ? new WxrPosts(reader.site()) : posts;
        archives = archives == null ? new WxrArchives(reader.site(), categoryBase, tagBase) : archives;
        importItem(item, posts, archives, tally, attachments, thumbnails, imported);
        progress.advanced(++items, counted.count());
      }
    } catch (WxrFormatException e) {
      recordArchives(archives, tally);
      throw new ImportReadException(e.getMessage(), report(tally, attachments, thumbnails), e);
    }
    recordArchives(archives, tally);
    return report(tally, attachments, thumbnails);
  }

  /** Category and tag pages redirect once the posts are in: their sections and topics exist by then. */
  private void recordArchives(WxrArchives archives, Tally tally) {
    if (archives != null) {
      tally.archiveAddresses(archivePaths.record(archives.addresses()));
    }
  }

  private void importItem(WxrItem item, WxrPosts posts, WxrArchives archives, Tally tally,
      Map<String, LeadImage> attachments, Map<String, String> thumbnails, Map<String, Long> imported) {
    String skip = WxrPosts.skipReason(item);
    if (skip != null) {
      if (item.postType().equals("attachment") && !item.attachmentUrl().isEmpty()) {
        attachments.put(item.postId(), new LeadImage(null, item.attachmentUrl(),
            item.meta().getOrDefault("_wp_attachment_image_alt", "")));
      }
      tally.skip(skip, item.postId().isEmpty() ? "ligne " + item.line() : item.postId());
      return;
    }
    try {
      ArticleDraft draft = posts.draft(item);
      Long first = imported.get(draft.externalId());
      if (first != null) {
        throw new BadItemException("its <wp:post_id> is already on line " + first + " (this item is left out)");
      }
      tally.count(articles.save(draft), item.line(), item.describe() + ": ");
      imported.put(draft.externalId(), item.line());
      archives.note(item, draft);
      String thumbnail = item.meta().get("_thumbnail_id");
      if (thumbnail != null && !thumbnail.isEmpty()) {
        thumbnails.put(draft.externalId(), thumbnail);
      }
    } catch (BadItemException e) {
      tally.fail(new LineError(item.line(), item.describe() + ": " + e.getMessage()));
    } catch (RuntimeException e) {
      ImportStoppedException.stopIfDatabaseFailed(e, "line " + item.line() + " (" + item.describe() + ")", tally);
      tally.fail(new LineError(item.line(), item.describe() + ": " + ItemFailures.reason(e)));
    }
  }

  /** Featured images are matched at the end: an attachment may come after the post that shows it. */
  private static ImportReport report(Tally tally, Map<String, LeadImage> attachments, Map<String, String> thumbnails) {
    thumbnails.forEach((articleId, attachmentId) -> {
      LeadImage attachment = attachments.get(attachmentId);
      if (attachment != null) {
        tally.leadImage(new LeadImage(articleId, attachment.url(), attachment.altText()));
      }
    });
    return tally.report();
  }
}
