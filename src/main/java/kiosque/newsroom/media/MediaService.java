package kiosque.newsroom.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import kiosque.config.SettingDefinition;
import kiosque.errors.ForbiddenException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.accounts.AuditLog;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Permissions;
import net.coobird.thumbnailator.Thumbnails;
import org.jdbi.v3.core.Jdbi;

/**
 * Takes an uploaded image or refuses it with a clear message, storing nothing. Accepted images
 * get their renditions made once and stored with the original in the database, in the same
 * transaction as the media row, so every node serves every image; each node keeps the files it
 * serves in a bounded memory cache. Files that earlier versions wrote under {@code DATA/media/{id}/}
 * are copied into the database at start ({@link MediaDirectoryImport}) and served from disk until then.
 */
public final class MediaService {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  static final int MIN_WIDTH = 200;
  static final int MAX_SIDE = 10_000;
  static final long MAX_PIXELS = 50_000_000L;
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
  private final Clock clock;

  /**
   * @param root the directory where earlier versions wrote files ({@code DATA/media}), read only
   * @param cacheBytes memory for the files this node serves
   */
  public MediaService(Jdbi jdbi, MediaStore store, Path root, long cacheBytes, Permissions permissions,
      AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.store = store;
    this.files = new MediaFileStore(jdbi);
    this.cache = new MediaFileCache(cacheBytes);
    this.root = root;
    this.permissions = permissions;
    this.audit = audit;
    this.clock = clock;
    // The WebP and JPEG readers come from plugins on the class path.
    ImageIO.scanForPlugins();
  }

  public Media upload(Actor actor, String originalName, InputStream content, String altText, String credit) {
    if (actor.account() == null || !permissions.allowsSome(actor.account().role(), Action.UPLOAD_MEDIA)) {
      throw new ForbiddenException(actor.name() + " may not upload media");
    }
    return store(actor, originalName, content, altText, credit);
  }

  /**
   * Stores an image brought by an import (a WordPress featured image): the same checks and
   * renditions as an upload, for the operator who runs the command on the machine, who has no
   * newsroom role ({@code Actor.operator}).
   */
  public Media importImage(Actor operator, String originalName, InputStream content, String altText, String credit) {
    return store(operator, originalName, content, altText, credit);
  }

  private Media store(Actor actor, String originalName, InputStream content, String altText, String credit) {
    String alt = required(altText, "Le texte alternatif (ce que montre l’image) est obligatoire.", 500);
    String who = required(credit, "Le crédit (photographe ou agence) est obligatoire.", 300);
    byte[] bytes = readAtMost(content);
    ImageType type = ImageType.sniff(bytes).orElseThrow(() -> new MediaException(
        "Ce fichier n’est pas une image JPEG, PNG ou WebP (son contenu a été vérifié, pas son nom)."));
    BufferedImage image = decode(bytes);
    BufferedImage opaque = opaque(image);
    Map<String, byte[]> renditions = new LinkedHashMap<>();
    for (int width : WIDTHS) {
      ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
      try {
        Thumbnails.of(opaque).width(Math.min(width, opaque.getWidth())).outputFormat("jpg").outputQuality(0.85)
            .toOutputStream(jpeg);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not make the " + width + " px rendition of an upload", e);
      }
      renditions.put("w" + width + ".jpg", jpeg.toByteArray());
    }
    String name = originalName == null || originalName.isBlank() ? "image" : originalName.strip();
    long id = jdbi.inTransaction(handle -> {
      long created = store.insert(handle, actor.accountId(), clock.instant(),
          name.length() > 300 ? name.substring(0, 300) : name, type, image.getWidth(), image.getHeight(),
          bytes.length, alt, who);
      files.insert(handle, MediaFile.of(created, "original." + type.extension, type.contentType, bytes));
      renditions.forEach((file, jpeg) -> files.insert(handle, MediaFile.of(created, file, "image/jpeg", jpeg)));
      return created;
    });
    audit.record(actor, "media.upload", "media " + id + " « " + alt + " »");
    return store.byId(id).orElseThrow();
  }

  /**
   * A rendition, if the media and the rendition exist: from this node's memory, the database, or
   * (until the start-up copy has taken it) the file an earlier version wrote under the data directory.
   */
  public Optional<MediaFile> rendition(long id, String fileName) {
    if (!fileName.matches("w(320|640|1200)\\.jpg")) {
      return Optional.empty();
    }
    Optional<MediaFile> cached = cache.get(id, fileName);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<MediaFile> file = files.find(id, fileName).or(() -> fromOldDirectory(id, fileName));
    file.ifPresent(cache::put);
    return file;
  }

  private Optional<MediaFile> fromOldDirectory(long id, String fileName) {
    Path file = root.resolve(String.valueOf(id)).resolve(fileName);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MediaFile.of(id, fileName, "image/jpeg", Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  /** Copies the files of {@code DATA/media} that the database lacks (see {@link MediaDirectoryImport}). */
  public MediaDirectoryImport.Result importOldDirectory() {
    return new MediaDirectoryImport(jdbi).run(root);
  }

  public List<Media> latest(int limit) {
    return store.latest(limit);
  }

  public Optional<Media> byId(long id) {
    return store.byId(id);
  }

  private static String required(String value, String message, int max) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      throw new MediaException(message);
    }
    return stripped.length() > max ? stripped.substring(0, max) : stripped;
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

  /** Reads the dimensions before decoding, so an oversized image is refused without filling memory. */
  private static BufferedImage decode(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new MediaException("Ce format d’image n’est pas lisible.");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
          throw new MediaException("L’image est trop grande (" + width + " × " + height + " pixels ; au plus "
              + MAX_SIDE + " pixels de côté).");
        }
        if (width < MIN_WIDTH) {
          throw new MediaException("L’image est trop petite (" + width + " pixels de large ; au moins " + MIN_WIDTH + ").");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof MediaException media) {
        throw media;
      }
      throw new MediaException("L’image est endommagée ou incomplète et ne peut pas être lue.");
    }
  }

  /** JPEG has no transparency: transparent areas become white rather than black. */
  private static BufferedImage opaque(BufferedImage image) {
    if (!image.getColorModel().hasAlpha() && image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }
}
