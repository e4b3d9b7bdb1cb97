package kiosque.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kiosque.content.ArticleDraft;
import kiosque.content.ArticleService;
import kiosque.content.InvalidContentException;

/**
 * Imports JSON Lines, one article per line, plain or gzip-compressed (recognised by its first
 * bytes, whatever the file is called). Each line is saved through {@link ArticleService} in its own
 * transaction, so a bad line is reported and skipped and never leaves half an article; the good
 * lines around it are imported. Saving is idempotent by the article's {@code id}, so importing the
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
    ByteLines lines = new ByteLines(Inputs.decompressed(counted), MAX_LINE_BYTES);
    Tally tally = new Tally();
    try {
      while (lines.next()) {
        importLine(lines, tally);
        progress.advanced(lines.number(), counted.count());
      }
    } catch (IOException e) {
      throw new ImportReadException("reading stopped at line " + (lines.number() + 1) + ": " + e.getMessage(),
          tally.report(), e);
    }
    return tally.report();
  }

  private void importLine(ByteLines lines, Tally tally) {
    if (lines.isBlank()) {
      return;
    }
    try {
      if (lines.tooLong()) {
        throw new BadLineException("the line is longer than " + MAX_LINE_BYTES / (1024 * 1024) + " MiB");
      }
      ArticleDraft draft = parser.parse(lines.bytes(), lines.length());
      tally.count(articles.save(draft).kind());
    } catch (BadLineException | InvalidContentException e) {
      tally.fail(new LineError(lines.number(), e.getMessage()));
    } catch (RuntimeException e) {
      // Not the line's fault (the database went away, say): stop, and say where.
      throw new IllegalStateException("import stopped at line " + lines.number() + ": " + e.getMessage(), e);
    }
  }
}
