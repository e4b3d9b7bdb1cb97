package kiosque.newsroom.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import kiosque.changes.ChangeKind;
import kiosque.changes.ChangeLog;
import kiosque.config.SettingDefinition;
import kiosque.errors.ForbiddenException;
import kiosque.errors.NotFoundException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.accounts.AuditLog;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Permissions;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes an uploaded image or refuses it with a clear message, storing nothing. Accepted images
 * get their renditions made once and stored with the original in the database, in the same
 * transaction as the media row, so every node serves every image; each node keeps the files it
 * serves in a bounded memory cache. Files that earlier versions wrote under {@code DATA/media/{id}/}
 * are copied into the database at start ({@link MediaDirectoryImport}) and served from disk until then.
 */
public final class MediaService {

  private static final Logger log = LoggerFactory.getLogger(MediaService.class);

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  /** Rendition widths: thumbnails, the article column, social cards. */
  public static final List<Integer> WIDTHS = List.of(320, 640, 1200);
  /** Memory for the files this node serves (renditions are 20 to 300 KB). */
  public static final SettingDefinition CACHE_MB = new SettingDefinition("kiosque.media.cache.mb",
      "KIOSQUE_MEDIA_CACHE_MB", "32", "Memory for the images this node serves, in megabytes (they live in the database).");

  private final Jdbi jdbi;
  private final MediaStore store;
  private final MediaFileStore files;
  private final MediaFileCache cache;
  private final Path root;
  private final Permissions permissions;
  private final AuditLog audit;
  private final ChangeLog changes;
  private final Clock clock;

  /**
   * @param root the directory where earlier versions wrote files ({@code DATA/media}), read only
   * @param cacheBytes memory for the files this node serves
   * @param changes where an edit says which articles' pages show the image (they are purged)
   */
  public MediaService(Jdbi jdbi, MediaStore store, Path root, long cacheBytes, Permissions permissions,
      AuditLog audit, ChangeLog changes, Clock clock) {
    this.jdbi = jdbi;
    this.store = store;
    this.files = new MediaFileStore(jdbi);
    this.cache = new MediaFileCache(cacheBytes);
    this.root = root;
    this.permissions = permissions;
    this.audit = audit;
    this.changes = changes;
    this.clock = clock;
    // The WebP and JPEG readers come from plugins on the class path.
    ImageIO.scanForPlugins();
  }

  public Media upload(Actor actor, String originalName, InputStream content, String altText, String credit) {
    return upload(actor, originalName, content, altText, credit, "");
  }

  public Media upload(Actor actor, String originalName, InputStream content, String altText, String credit,
      String caption) {
    if (actor.account() == null || !permissions.allowsSome(actor.account().role(), Action.UPLOAD_MEDIA)) {
      throw new ForbiddenException(actor.name() + " may not upload media");
    }
    return store(actor, originalName, content, altText, credit, caption);
  }

  /**
   * Stores an image brought by an import (a WordPress featured image): the same checks and
   * renditions as an upload, for the operator who runs the command on the machine, who has no
   * newsroom role ({@code Actor.operator}).
   */
  public Media importImage(Actor operator, String originalName, InputStream content, String altText, String credit) {
    return store(operator, originalName, content, altText, credit, "");
  }

  private Media store(Actor actor, String originalName, InputStream content, String altText, String credit,
      String caption) {
    String alt = required(altText, "Le texte alternatif (ce que montre l’image) est obligatoire.", 500);
    String who = required(credit, "Le crédit (photographe ou agence) est obligatoire.", 300);
    String legend = optional(caption, 1000);
    byte[] bytes = readAtMost(content);
    ImageType type = ImageType.sniff(bytes).orElseThrow(() -> new MediaException(
        "Ce fichier n’est pas une image JPEG, PNG ou WebP (son contenu a été vérifié, pas son nom)."));
    BufferedImage image = Renditions.decode(bytes);
    BufferedImage opaque = Renditions.opaque(image);
    Map<String, byte[]> renditions = Renditions.widths(opaque);
    renditions.putAll(Renditions.crops(opaque, 0.5, 0.5, 1));
    String name = originalName == null || originalName.isBlank() ? "image" : originalName.strip();
    long id = jdbi.inTransaction(handle -> {
      long created = store.insert(handle, actor.accountId(), clock.instant(),
          name.length() > 300 ? name.substring(0, 300) : name, type, image.getWidth(), image.getHeight(),
          bytes.length, alt, who, legend);
      files.insert(handle, MediaFile.of(created, "original." + type.extension, type.contentType, bytes));
      renditions.forEach((file, jpeg) -> files.insert(handle, MediaFile.of(created, file, "image/jpeg", jpeg)));
      return created;
    });
    audit.record(actor, "media.upload", "media " + id + " « " + alt + " »");
    return store.byId(id).orElseThrow();
  }

  /**
   * Changes what an image says and where its subject is. A new focal point makes new crops (under
   * new names) in the same transaction; every article showing the image gets a change-log row, so
   * its page and listings are purged here, on other nodes and on the CDN, as after an edit of the
   * article. Nothing changed, nothing written.
   */
  public Media edit(Actor actor, long id, MediaEdit edit) {
    Media before = editable(actor, id);
    String alt = required(edit.altText(), "Le texte alternatif (ce que montre l’image) est obligatoire.", 500);
    String who = required(edit.credit(), "Le crédit (photographe ou agence) est obligatoire.", 300);
    String legend = optional(edit.caption(), 1000);
    double x = fraction(edit.focalX());
    double y = fraction(edit.focalY());
    boolean textChanged = !alt.equals(before.altText()) || !who.equals(before.credit())
        || !legend.equals(before.caption());
    boolean focusChanged = Math.abs(x - before.focalX()) > 1e-4 || Math.abs(y - before.focalY()) > 1e-4;
    if (!textChanged && !focusChanged) {
      return before;
    }
    Map<String, byte[]> crops = focusChanged
        ? Renditions.crops(Renditions.opaque(original(before)), x, y, before.cropVersion() + 1) : Map.of();
    List<MediaUse> uses = jdbi.inTransaction(h -> {
      Media current = store.lock(h, id).orElseThrow(() -> new NotFoundException("media " + id));
      if (focusChanged && current.cropVersion() != before.cropVersion()) {
        // Someone moved the point since the crops above were cut: theirs stays, nothing is half-written.
        throw new MediaException("Quelqu’un vient de modifier cette image : rechargez la page et recommencez.");
      }
      store.updateText(h, id, alt, who, legend, current.originalName(), clock.instant());
      if (focusChanged) {
        files.deleteCrops(h, id);
        store.updateFocus(h, id, x, y, before.cropVersion() + 1);
        crops.forEach((file, jpeg) -> files.insert(h, MediaFile.of(id, file, "image/jpeg", jpeg)));
      }
      List<MediaUse> shownBy = store.uses(h, id);
      shownBy.forEach(use -> changes.append(h, use.articleId(), ChangeKind.UPDATED));
      return shownBy;
    });
    cache.evict(id);
    changes.signal();
    audit.record(actor, "media.edit", "media " + id + " « " + alt + " »"
        + (focusChanged ? String.format(java.util.Locale.ROOT, " point %.2f, %.2f", x, y) : "")
        + (uses.isEmpty() ? "" : ", " + uses.size() + " article(s)"));
    return store.byId(id).orElseThrow();
  }

  /**
   * Deletes an image, its original and every rendition and crop in one transaction, or refuses
   * while an article shows it ({@link MediaInUseException} names them). The row is locked first,
   * and the lead-image foreign key refuses a concurrent choice of the image.
   */
  public void delete(Actor actor, long id) {
    Media media = editable(actor, id);
    jdbi.useTransaction(h -> {
      store.lock(h, id).orElseThrow(() -> new NotFoundException("media " + id));
      List<MediaUse> uses = store.uses(h, id);
      if (!uses.isEmpty()) {
        throw new MediaInUseException(uses);
      }
      store.delete(h, id);
    });
    cache.evict(id);
    forgetOldDirectory(id);
    audit.record(actor, "media.delete", "media " + id + " « " + media.altText() + " »");
  }

  /** The articles that show an image (lead or body), for its edit page. */
  public List<MediaUse> uses(long id) {
    return store.uses(id);
  }

  /** Whether this person may change or delete the image: whoever may edit every article, or who uploaded it. */
  public boolean mayEdit(Actor actor, Media media) {
    if (actor.account() == null) {
      return false;
    }
    boolean own = media.accountId() != null && media.accountId().equals(actor.accountId());
    return permissions.allows(actor.account().role(), Action.EDIT_ARTICLE, own);
  }

  private Media editable(Actor actor, long id) {
    Media media = store.byId(id).orElseThrow(() -> new NotFoundException("media " + id));
    if (!mayEdit(actor, media)) {
      throw new ForbiddenException(actor.name() + " may not change media " + id);
    }
    return media;
  }

  private BufferedImage original(Media media) {
    byte[] bytes = files.original(media.id()).map(MediaFile::bytes)
        .or(() -> oldOriginal(media.id()))
        .orElseThrow(() -> new MediaException("L’original de cette image est introuvable : le recadrage est impossible."));
    return Renditions.decode(bytes);
  }

  private Optional<byte[]> oldOriginal(long id) {
    for (ImageType type : ImageType.values()) {
      Path file = root.resolve(String.valueOf(id)).resolve("original." + type.extension);
      if (Files.isRegularFile(file)) {
        try {
          return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
          throw new UncheckedIOException("Could not read " + file, e);
        }
      }
    }
    return Optional.empty();
  }

  /** The library's search (see {@link MediaQuery}), newest first. */
  public MediaResults search(MediaQuery query, java.time.ZoneId zone, int offset, int limit) {
    return store.search(query, zone, offset, limit);
  }

  public List<MediaStore.Uploader> uploaders() {
    return store.uploaders();
  }

  /**
   * A rendition or a crop, if the media and the file exist: from this node's memory, the database,
   * or (until the start-up copy has taken it) the file an earlier version wrote under the data
   * directory. A crop of the image's current version that was never made (an image from before
   * crops) is made now from the original and stored.
   */
  public Optional<MediaFile> rendition(long id, String fileName) {
    Optional<Crop.Named> crop = Crop.parse(fileName);
    if (!fileName.matches("w(320|640|1200)\\.jpg") && crop.isEmpty()) {
      return Optional.empty();
    }
    Optional<MediaFile> cached = cache.get(id, fileName);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<MediaFile> file = files.find(id, fileName)
        .or(() -> crop.isPresent() ? missingCrop(id, crop.get()) : fromOldDirectory(id, fileName));
    file.ifPresent(cache::put);
    return file;
  }

  private Optional<MediaFile> missingCrop(long id, Crop.Named named) {
    Optional<Media> media = store.byId(id).filter(m -> m.cropVersion() == named.version());
    if (media.isEmpty()) {
      return Optional.empty();
    }
    Media m = media.get();
    MediaFile file = MediaFile.of(id, named.crop().fileName(named.version()), "image/jpeg",
        Renditions.crop(Renditions.opaque(original(m)), named.crop(), m.focalX(), m.focalY()));
    try {
      jdbi.useTransaction(h -> files.insert(h, file));
    } catch (RuntimeException e) {
      // Another request or node made it first (same bytes), or the focal point moved meanwhile.
      log.debug("crop {} of media {} not stored: {}", file.name(), id, e.getMessage());
      return files.find(id, file.name());
    }
    return Optional.of(file);
  }

  private Optional<MediaFile> fromOldDirectory(long id, String fileName) {
    Path file = root.resolve(String.valueOf(id)).resolve(fileName);
    // A deleted image's leftover file is never served.
    if (!Files.isRegularFile(file) || store.byId(id).isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MediaFile.of(id, fileName, "image/jpeg", Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  /** The files an earlier version wrote for a deleted image: never served again (see above), removed if possible. */
  private void forgetOldDirectory(long id) {
    Path dir = root.resolve(String.valueOf(id));
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var entries = Files.list(dir)) {
      for (Path file : entries.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      log.warn("Deleted media {}: its old files under {} stay on disk (never served): {}", id, dir, e.getMessage());
    }
  }

  /**
   * Copies the files of {@code DATA/media} that the database lacks (see {@link MediaDirectoryImport}),
   * and gives rows from before the library's search their search key.
   */
  public MediaDirectoryImport.Result importOldDirectory() {
    int keyed = store.fillSearchKeys();
    if (keyed > 0) {
      log.info("Search keys written for {} images of the media library", keyed);
    }
    return new MediaDirectoryImport(jdbi).run(root);
  }

  public List<Media> latest(int limit) {
    return store.latest(limit);
  }

  public Optional<Media> byId(long id) {
    return store.byId(id);
  }

  private static String required(String value, String message, int max) {
    String stripped = optional(value, max);
    if (stripped.isEmpty()) {
      throw new MediaException(message);
    }
    return stripped;
  }

  private static String optional(String value, int max) {
    String stripped = value == null ? "" : value.strip();
    return stripped.length() > max ? stripped.substring(0, max) : stripped;
  }

  private static double fraction(double value) {
    if (Double.isNaN(value) || value < 0 || value > 1) {
      throw new MediaException("Le point d’intérêt doit être entre 0 et 1 sur chaque axe (0,5 = le milieu).");
    }
    return value;
  }

  private static byte[] readAtMost(InputStream content) {
    try (content) {
      byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new MediaException("L’image dépasse " + MAX_BYTES / (1024 * 1024) + " Mo ; réduisez-la avant de l’envoyer.");
      }
      if (bytes.length == 0) {
        throw new MediaException("Aucun fichier reçu.");
      }
      return bytes;
    } catch (IOException e) {
      throw new MediaException("Le fichier n’a pas pu être lu en entier ; réessayez.");
    }
  }
}
