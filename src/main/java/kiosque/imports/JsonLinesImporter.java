package kiosque.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kiosque.content.ArticleDraft;
import kiosque.content.ArticleService;

/**
 * Imports JSON Lines, one article per line, plain or gzip-compressed (recognised by its first
 * bytes, whatever the file is called). Each line is saved through {@link ArticleService} in its own
 * transaction, so a bad line, whatever it holds, is reported and skipped and never leaves half an
 * article; the good lines around it are imported. A file that is not text at all is refused at
 * its first bytes, with one message. Saving is idempotent by the article's {@code id}, so importing the
 * same file again changes nothing. Prints nothing: the report and the progress callback are for
 * the caller to show.
 */
public final class JsonLinesImporter implements Importer {

  /** Far above any real article (bodies stop at a million characters), low enough to be safe. */
  static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  private final ArticleService articles;
  private final ArticleLineParser parser = new ArticleLineParser();

  public JsonLinesImporter(ArticleService articles) {
    this.articles = articles;
  }

  public ImportReport importFile(Path file, ImportProgress progress) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return importStream(in, progress);
    }
  }

  /**
   * Imports from a stream, which the caller closes.
   *
   * @throws ImportReadException when the input cannot be read to its end (a truncated gzip file,
   *     say); the lines before that point are imported and its partial report says how
   */
  @Override
  public ImportReport importStream(InputStream in, ImportProgress progress) throws IOException {
    CountingInputStream counted = new CountingInputStream(in);
    Tally tally = new Tally();
    ByteLines lines = new ByteLines(text(counted, tally), MAX_LINE_BYTES);
    Map<String, Long> imported = new HashMap<>();
    try {
      while (lines.next()) {
        importLine(lines, tally, imported);
        progress.advanced(lines.number(), counted.count());
      }
    } catch (IOException e) {
      throw new ImportReadException("reading stopped at line " + (lines.number() + 1) + ": " + e.getMessage(),
          tally.report(), e);
    }
    return tally.report();
  }

  /** The file's text, gunzipped if need be, once its first bytes show it is text. */
  private static InputStream text(InputStream in, Tally tally) throws ImportReadException {
    try {
      return TextHead.requireText(Inputs.decompressed(in), tally);
    } catch (ImportReadException e) {
      throw e;
    } catch (IOException e) {
      // A gzip header with no gzip behind it, say: the file's fault, told like any read failure.
      throw new ImportReadException("reading stopped at line 1: " + e.getMessage(), tally.report(), e);
    }
  }

  /**
   * Saves one line, or reports why not, whatever it holds; only a failure of the database itself
   * stops the import ({@link ImportStoppedException}).
   *
   * @param imported the line where each id was imported: a second line with the same id is left
   *     out and reported, rather than silently replacing the first
   */
  private void importLine(ByteLines lines, Tally tally, Map<String, Long> imported) {
    if (lines.isBlank()) {
      return;
    }
    long number = lines.number();
    try {
      if (lines.tooLong()) {
        throw new BadLineException("the line is longer than " + MAX_LINE_BYTES / (1024 * 1024) + " MiB");
      }
      ArticleDraft draft = parser.parse(lines.bytes(), lines.length());
      Long first = imported.get(draft.externalId());
      if (first != null) {
        throw new BadLineException("id \"" + draft.externalId() + "\" is already on line " + first
            + " (this line is left out)");
      }
      tally.count(articles.save(draft), number, "");
      imported.put(draft.externalId(), number);
    } catch (BadLineException e) {
      tally.fail(new LineError(number, e.getMessage()));
    } catch (RuntimeException e) {
      ImportStoppedException.stopIfDatabaseFailed(e, "line " + number, tally);
      tally.fail(new LineError(number, ItemFailures.reason(e)));
    }
  }
}
