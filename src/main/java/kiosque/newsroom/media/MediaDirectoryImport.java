package kiosque.newsroom.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the files that earlier versions wrote under {@code DATA/media/{id}/} into the database, so
 * that a site grown from one node loses no image when it gets a second. Safe to run at every
 * start and on several nodes at once: a file already in the database is skipped, each file is
 * copied in its own transaction, and the files on disk are left where they are.
 */
public final class MediaDirectoryImport {

  private static final Logger log = LoggerFactory.getLogger(MediaDirectoryImport.class);
  private static final Pattern FILE = Pattern.compile("original\\.(jpg|png|webp)|w\\d{2,4}\\.jpg");
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

  private final Jdbi jdbi;
  private final MediaFileStore files;

  /** What one run did: files copied now, files the database already had, files left out (and why, in the log). */
  public record Result(int copied, int alreadyThere, int skipped) {}

  public MediaDirectoryImport(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.files = new MediaFileStore(jdbi);
  }

  public Result run(Path root) {
    if (!Files.isDirectory(root)) {
      return new Result(0, 0, 0);
    }
    int copied = 0;
    int there = 0;
    int skipped = 0;
    for (Path dir : list(root)) {
      String dirName = dir.getFileName().toString();
      if (!Files.isDirectory(dir) || !ID.matcher(dirName).matches()) {
        continue;
      }
      long id = Long.parseLong(dirName);
      Optional<String> originalType = files.originalType(id);
      for (Path file : list(dir)) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file) || !FILE.matcher(name).matches()) {
          continue;
        }
        if (originalType.isEmpty()) {
          log.warn("{} belongs to no media item of the database (id {}): not copied", file, id);
          skipped++;
        } else if (files.exists(id, name)) {
          there++;
        } else if (copy(id, name, MediaFile.contentTypeOf(name, originalType.get()), file)) {
          copied++;
        } else {
          there++;
        }
      }
    }
    if (copied > 0 || skipped > 0) {
      log.info("Media files from {} copied into the database: {} copied, {} already there, {} left out", root, copied,
          there, skipped);
    }
    return new Result(copied, there, skipped);
  }

  /** @return false when another node copied the same file first */
  private boolean copy(long id, String name, String contentType, Path file) {
    MediaFile media;
    try {
      media = MediaFile.of(id, name, contentType, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
    try {
      jdbi.useTransaction(h -> files.insert(h, media));
      return true;
    } catch (RuntimeException e) {
      if (files.exists(id, name)) {
        return false;
      }
      throw e;
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + dir, e);
    }
  }
}
