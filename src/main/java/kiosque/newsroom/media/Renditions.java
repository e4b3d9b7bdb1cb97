package kiosque.newsroom.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Makes the JPEG files served for an image: the renditions at {@link MediaService#WIDTHS} (the
 * original's shape, never enlarged) and the {@link Crop}s around the focal point. Made on the
 * server once, stored, never changed under their names.
 */
final class Renditions {

  static final int MIN_WIDTH = 200;
  static final int MAX_SIDE = 10_000;
  static final long MAX_PIXELS = 50_000_000L;

  private Renditions() {}

  /** {@code w320.jpg}, {@code w640.jpg}, {@code w1200.jpg}. */
  static Map<String, byte[]> widths(BufferedImage opaque) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int width : MediaService.WIDTHS) {
      files.put("w" + width + ".jpg", jpeg(opaque, Math.min(width, opaque.getWidth())));
    }
    return files;
  }

  /** Every crop of version {@code version} around the focal point ({@code c2-1x1.jpg} ...). */
  static Map<String, byte[]> crops(BufferedImage opaque, double focalX, double focalY, int version) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Crop crop : Crop.values()) {
      files.put(crop.fileName(version), crop(opaque, crop, focalX, focalY));
    }
    return files;
  }

  static byte[] crop(BufferedImage opaque, Crop crop, double focalX, double focalY) {
    Rectangle box = crop.box(opaque.getWidth(), opaque.getHeight(), focalX, focalY);
    BufferedImage part = opaque.getSubimage(box.x, box.y, box.width, box.height);
    return jpeg(part, Math.min(Crop.MAX_WIDTH, box.width));
  }

  private static byte[] jpeg(BufferedImage image, int width) {
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    try {
      Thumbnails.of(image).width(width).outputFormat("jpg").outputQuality(0.85).toOutputStream(jpeg);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make a " + width + " px JPEG of an image", e);
    }
    return jpeg.toByteArray();
  }

  /** Reads the dimensions before decoding, so an oversized image is refused without filling memory. */
  static BufferedImage decode(byte[] bytes) {
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
  static BufferedImage opaque(BufferedImage image) {
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
