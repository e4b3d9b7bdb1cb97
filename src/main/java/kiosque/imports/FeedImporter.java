package kiosque.imports;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import kiosque.content.ArticleDraft;
import kiosque.content.ArticleService;

/**
 * Imports the items of an RSS or Atom feed as articles, each crediting its source (the feed's
 * title, and the item's own address). An item is recognised by its guid (RSS) or id (Atom), or its
 * link when it has neither, so importing the feed again, or a later version of it, adds only the
 * new items and updates the ones that changed. Parsed by ROME, which reads every dialect.
 */
public final class FeedImporter implements Importer {

  /** Feeds are read whole; anything larger than this is not a feed. */
  public static final int MAX_BYTES = 50_000_000;

  private final ArticleService articles;

  public FeedImporter(ArticleService articles) {
    this.articles = articles;
  }

  @Override
  public ImportReport importStream(InputStream in, ImportProgress progress) throws IOException {
    Tally tally = new Tally();
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new ImportReadException("larger than " + MAX_BYTES / 1_000_000 + " MB: not a feed", tally.report(), null);
    }
    if (isWordPressExport(bytes)) {
      // It parses as RSS, but its items include pages, drafts and attachments: never publish those.
      throw new ImportReadException("this is a WordPress export, not a feed: import it with --format wxr",
          tally.report(), null);
    }
    SyndFeed feed = parse(bytes, tally);
    FeedItems items = new FeedItems(feed);
    Set<String> seen = new HashSet<>();
    long done = 0;
    for (SyndEntry entry : feed.getEntries()) {
      done++;
      importEntry(entry, done, items, seen, tally);
      progress.advanced(done, bytes.length);
    }
    return tally.report();
  }

  private void importEntry(SyndEntry entry, long position, FeedItems items, Set<String> seen, Tally tally) {
    String key = FeedItems.key(entry);
    if (key == null) {
      tally.skip("sans guid, id ni lien", "élément " + position);
      return;
    }
    if (!seen.add(key)) {
      tally.skip("guid en double dans le fil", key);
      return;
    }
    try {
      ArticleDraft draft = items.draft(entry, key);
      tally.count(articles.save(draft), 0, "item " + position + " (" + key + "): ");
    } catch (BadItemException e) {
      // A feed parsed whole has no line numbers left: the item's position and guid say which.
      tally.fail(new LineError(0, "item " + position + " (" + key + "): " + e.getMessage()));
    } catch (RuntimeException e) {
      ImportStoppedException.stopIfDatabaseFailed(e, "item " + position + " (" + key + ")", tally);
      tally.fail(new LineError(0, "item " + position + " (" + key + "): " + ItemFailures.reason(e)));
    }
  }

  private static SyndFeed parse(byte[] bytes, Tally tally) throws ImportReadException {
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      return input.build(reader);
    } catch (ParsingFeedException e) {
      String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " : "";
      throw new ImportReadException(where + "the feed is malformed: " + cause(e), tally.report(), e);
    } catch (IllegalArgumentException | FeedException e) {
      throw new ImportReadException("not an RSS or Atom feed: " + e.getMessage(), tally.report(), e);
    } catch (IOException e) {
      throw new ImportReadException("cannot read the feed: " + e.getMessage(), tally.report(), e);
    }
  }

  /** The WordPress export namespace among the first declarations of the file. */
  private static boolean isWordPressExport(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    return head.contains("http://wordpress.org/export/");
  }

  private static String cause(Exception e) {
    Throwable root = e.getCause() != null ? e.getCause() : e;
    return root.getMessage() == null ? e.getMessage() : root.getMessage();
  }
}
