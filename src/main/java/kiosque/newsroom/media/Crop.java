package kiosque.newsroom.media;

import java.awt.Rectangle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes cut from every image around its focal point: the 1x1, 4x3 and 16x9 crops that
 * structured data lists for an article's lead image (Google picks one per surface). The box is as
 * large as the shape allows, centred on the focal point, and pushed back inside the image at the
 * edges.
 */
public enum Crop {
  SQUARE(1, 1), FOUR_THREE(4, 3), SIXTEEN_NINE(16, 9);

  /** Crops are at most this wide: what large cards and Discover want, no more. */
  static final int MAX_WIDTH = 1200;
  private static final Pattern NAME = Pattern.compile("c([1-9][0-9]{0,8})-(1x1|4x3|16x9)\\.jpg");

  final int across;
  final int down;

  Crop(int across, int down) {
    this.across = across;
    this.down = down;
  }

  String fileName(int version) {
    return "c" + version + "-" + across + "x" + down + ".jpg";
  }

  /** The part of a {@code width} × {@code height} image this crop keeps for a focal point. */
  Rectangle box(int width, int height, double focalX, double focalY) {
    int boxWidth = width;
    int boxHeight = (int) Math.round((double) width * down / across);
    if (boxHeight > height) {
      boxHeight = height;
      boxWidth = Math.min(width, (int) Math.round((double) height * across / down));
    }
    int x = clamp((int) Math.round(focalX * width - boxWidth / 2.0), width - boxWidth);
    int y = clamp((int) Math.round(focalY * height - boxHeight / 2.0), height - boxHeight);
    return new Rectangle(x, y, boxWidth, boxHeight);
  }

  private static int clamp(int value, int max) {
    return Math.max(0, Math.min(value, max));
  }

  /** A crop's file name read back: its version and shape, if it is one. */
  record Named(int version, Crop crop) {}

  static Optional<Named> parse(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    Crop crop = switch (m.group(2)) {
      case "1x1" -> SQUARE;
      case "4x3" -> FOUR_THREE;
      default -> SIXTEEN_NINE;
    };
    return Optional.of(new Named(Integer.parseInt(m.group(1)), crop));
  }
}
