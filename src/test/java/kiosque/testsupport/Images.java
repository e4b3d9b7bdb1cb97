package kiosque.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Images made in the test, so no binary file has to live in the repository. */
public final class Images {

  private Images() {}

  public static byte[] png(int width, int height) {
    return write(image(width, height, BufferedImage.TYPE_INT_ARGB), "png");
  }

  public static byte[] jpeg(int width, int height) {
    return write(image(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
  }

  private static BufferedImage image(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xb3261e));
    g.fillRect(0, 0, width / 2, height);
    g.setColor(new Color(0x1a1a1a));
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return image;
  }

  private static byte[] write(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
