import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Draws the demo's lead images (abstract illustrations made for Kiosque, CC0). Run from this
 * folder with {@code java MakeImages.java}: the same files come out every time (fixed seeds).
 */
public class MakeImages {

  static final int W = 1200;
  static final int H = 800;

  public static void main(String[] args) throws IOException {
    write("barrage", dam());
    write("solaire", solar());
    write("train", train());
    write("cinema", cinema());
    write("stade", stadium());
    write("reseau", network());
    write("courbe", chart());
    write("ciel", sky());
    write("ville", city());
    write("champ", field());
    write("ondes", waves());
    write("livres", books());
  }

  static Graphics2D start(BufferedImage image, Color top, Color bottom) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setPaint(new GradientPaint(0, 0, top, 0, H, bottom));
    g.fillRect(0, 0, W, H);
    return g;
  }

  static BufferedImage image() {
    return new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
  }

  /** A reservoir seen from above: contour lines of falling water around a pale shore. */
  static BufferedImage dam() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0xd9c7a3), new Color(0xb89a6a));
    for (int i = 0; i < 14; i++) {
      float t = i / 14f;
      g.setColor(new Color(Math.round(40 + 60 * t), Math.round(90 + 80 * t), Math.round(140 + 80 * t)));
      int rx = 520 - i * 30;
      int ry = 300 - i * 17;
      g.fill(new Ellipse2D.Double(600 - rx + i * 6, 420 - ry, rx * 2, ry * 2));
    }
    g.setColor(new Color(0x4a4a4a));
    g.fillRect(60, 90, 1080, 36);
    g.dispose();
    return img;
  }

  /** Rows of solar mirrors under a low sun in the desert. */
  static BufferedImage solar() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0xf6b35b), new Color(0xc9733d));
    g.setPaint(new RadialGradientPaint(880, 260, 160, new float[] {0f, 1f},
        new Color[] {new Color(0xfff4c9), new Color(0xfff4c9, true)}));
    g.fillOval(720, 100, 320, 320);
    g.setColor(new Color(0xfff1d0));
    g.fillOval(820, 200, 120, 120);
    for (int row = 0; row < 6; row++) {
      int y = 470 + row * 55;
      int h = 18 + row * 6;
      for (int x = -80 + (row % 2) * 60; x < W; x += 150 + row * 10) {
        Polygon p = new Polygon(new int[] {x, x + 110 + row * 8, x + 140 + row * 10, x + 30},
            new int[] {y, y, y + h, y + h}, 4);
        g.setColor(new Color(0x1f3b5c));
        g.fill(p);
        g.setColor(new Color(0x7fa7c9));
        g.drawLine(x + 5, y + 2, x + 105 + row * 8, y + 2);
      }
    }
    g.dispose();
    return img;
  }

  /** A high-speed train's lines converging on the horizon. */
  static BufferedImage train() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0x2b3a67), new Color(0xe0b26f));
    g.setStroke(new BasicStroke(5f));
    for (int i = -12; i <= 12; i++) {
      g.setColor(i % 3 == 0 ? new Color(0xffffff) : new Color(0xf2d6a2));
      g.drawLine(600, 330, 600 + i * 140, H);
    }
    g.setColor(new Color(0xb3261e));
    Path2D nose = new Path2D.Double();
    nose.moveTo(420, 560);
    nose.curveTo(470, 380, 730, 380, 780, 560);
    nose.closePath();
    g.fill(nose);
    g.setColor(new Color(0x1a1a1a));
    g.fillRect(500, 440, 200, 40);
    g.dispose();
    return img;
  }

  /** Projector beams and a strip of film. */
  static BufferedImage cinema() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0x14111f), new Color(0x3c1f3f));
    g.setPaint(new GradientPaint(100, 100, new Color(255, 236, 179, 190), 900, 700, new Color(255, 236, 179, 0)));
    g.fill(new Polygon(new int[] {80, 1100, 1100}, new int[] {120, 200, 760}, 3));
    g.setColor(new Color(0x0c0c0c));
    g.fillRect(0, 560, W, 170);
    g.setColor(new Color(0xe9e3d3));
    for (int x = 20; x < W; x += 60) {
      g.fillRect(x, 575, 30, 22);
      g.fillRect(x, 690, 30, 22);
    }
    for (int x = 30; x < W; x += 200) {
      g.setColor(new Color(0x7a4d7a));
      g.fillRect(x, 608, 170, 72);
    }
    g.dispose();
    return img;
  }

  /** A football pitch from above at night. */
  static BufferedImage stadium() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0x1f7a3d), new Color(0x145a2c));
    for (int x = 0; x < W; x += 150) {
      g.setColor(new Color(0x23863f));
      g.fillRect(x, 0, 75, H);
    }
    g.setColor(new Color(0xf2f2f2));
    g.setStroke(new BasicStroke(6f));
    g.drawRect(60, 60, W - 120, H - 120);
    g.drawLine(W / 2, 60, W / 2, H - 60);
    g.drawOval(W / 2 - 110, H / 2 - 110, 220, 220);
    g.drawRect(60, H / 2 - 170, 160, 340);
    g.drawRect(W - 220, H / 2 - 170, 160, 340);
    g.fillOval(W / 2 + 190, H / 2 + 40, 34, 34);
    g.dispose();
    return img;
  }

  /** Nodes and links: a network learning. */
  static BufferedImage network() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0x0e2a3b), new Color(0x184e5c));
    Random random = new Random(7);
    int[][] points = new int[46][2];
    for (int[] p : points) {
      p[0] = 60 + random.nextInt(W - 120);
      p[1] = 60 + random.nextInt(H - 120);
    }
    g.setStroke(new BasicStroke(2f));
    for (int i = 0; i < points.length; i++) {
      for (int j = i + 1; j < points.length; j++) {
        double d = Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]);
        if (d < 210) {
          g.setColor(new Color(120, 220, 210, (int) (200 - d * 0.8)));
          g.drawLine(points[i][0], points[i][1], points[j][0], points[j][1]);
        }
      }
    }
    for (int[] p : points) {
      g.setColor(new Color(0xf4c95d));
      g.fillOval(p[0] - 9, p[1] - 9, 18, 18);
    }
    g.dispose();
    return img;
  }

  /** Bars and a curve: prices and rates. */
  static BufferedImage chart() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0xf4efe4), new Color(0xe6dcc6));
    Random random = new Random(3);
    int value = 300;
    Path2D line = new Path2D.Double();
    for (int i = 0; i < 12; i++) {
      value = Math.max(120, Math.min(620, value + random.nextInt(160) - 60));
      g.setColor(i % 2 == 0 ? new Color(0x2f4858) : new Color(0x33658a));
      g.fillRect(80 + i * 90, H - 60 - value, 60, value);
      double x = 110 + i * 90;
      double y = H - 100 - value;
      if (i == 0) {
        line.moveTo(x, y);
      } else {
        line.lineTo(x, y);
      }
    }
    g.setColor(new Color(0xb3261e));
    g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(line);
    g.setColor(new Color(0x1a1a1a));
    g.fillRect(60, H - 60, W - 120, 6);
    g.dispose();
    return img;
  }

  /** Three contrails crossing a clear sky. */
  static BufferedImage sky() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0x2d6fb0), new Color(0xa9d2ef));
    g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < 3; i++) {
      g.setPaint(new GradientPaint(0, 700 - i * 60, new Color(255, 255, 255, 0), 900, 260 + i * 70,
          new Color(255, 255, 255, 230)));
      g.drawLine(-20, 760 - i * 80, 880 + i * 40, 250 + i * 70);
      g.setColor(new Color(0x39424e));
      g.fill(new Polygon(new int[] {880 + i * 40, 930 + i * 40, 905 + i * 40},
          new int[] {250 + i * 70, 225 + i * 70, 270 + i * 70}, 3));
    }
    g.dispose();
    return img;
  }

  /** A city's blocks at dusk. */
  static BufferedImage city() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0xf08a5d), new Color(0x6a2c70));
    Random random = new Random(11);
    for (int layer = 0; layer < 2; layer++) {
      int x = -20;
      while (x < W) {
        int w = 50 + random.nextInt(110);
        int h = 160 + random.nextInt(layer == 0 ? 420 : 260);
        g.setColor(layer == 0 ? new Color(0x3f2a4f) : new Color(0x22162b));
        g.fillRect(x, H - h, w, h);
        g.setColor(new Color(255, 214, 140, layer == 0 ? 120 : 200));
        for (int wy = H - h + 20; wy < H - 20; wy += 34) {
          for (int wx = x + 10; wx < x + w - 14; wx += 22) {
            if (random.nextInt(3) == 0) {
              g.fillRect(wx, wy, 10, 14);
            }
          }
        }
        x += w + 6;
      }
    }
    g.dispose();
    return img;
  }

  /** Furrows of a dry field under the first rain. */
  static BufferedImage field() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0x8a9bb0), new Color(0xd2b77a));
    for (int i = 0; i < 18; i++) {
      int y = 360 + i * i * 2 + i * 6;
      g.setColor(i % 2 == 0 ? new Color(0xb08a4a) : new Color(0xc9a35d));
      g.fillRect(0, y, W, 12 + i * 2);
    }
    g.setColor(new Color(255, 255, 255, 140));
    g.setStroke(new BasicStroke(2f));
    Random random = new Random(5);
    for (int i = 0; i < 160; i++) {
      int x = random.nextInt(W);
      int y = random.nextInt(420);
      g.drawLine(x, y, x - 12, y + 40);
    }
    g.dispose();
    return img;
  }

  /** Rings of sound spreading from a drum. */
  static BufferedImage waves() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0x1b1b3a), new Color(0x693668));
    g.setStroke(new BasicStroke(6f));
    for (int i = 12; i > 0; i--) {
      g.setColor(new Color(244, 201, 93, 40 + i * 14));
      g.drawOval(600 - i * 48, 420 - i * 30, i * 96, i * 60);
    }
    g.setColor(new Color(0xf4c95d));
    g.fillOval(550, 385, 100, 70);
    g.dispose();
    return img;
  }

  /** Spines of books on a shelf. */
  static BufferedImage books() {
    BufferedImage img = image();
    Graphics2D g = start(img, new Color(0xefe6d2), new Color(0xd8c8a8));
    Random random = new Random(13);
    Color[] colors = {new Color(0xb3261e), new Color(0x2f4858), new Color(0x33658a), new Color(0xf6ae2d),
        new Color(0x86bbd8), new Color(0x55433b), new Color(0x758e4f)};
    for (int shelf = 0; shelf < 2; shelf++) {
      int base = 370 + shelf * 360;
      int x = 60;
      while (x < W - 80) {
        int w = 34 + random.nextInt(40);
        int h = 200 + random.nextInt(110);
        g.setColor(colors[random.nextInt(colors.length)]);
        g.fillRect(x, base - h, w, h);
        g.setColor(new Color(255, 255, 255, 90));
        g.fillRect(x + 6, base - h + 30, w - 12, 6);
        x += w + 4;
      }
      g.setColor(new Color(0x5a4632));
      g.fillRect(30, base, W - 60, 18);
    }
    g.dispose();
    return img;
  }

  static void write(String name, BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.82f);
    File file = new File(name + ".jpg");
    file.delete();
    try (FileImageOutputStream out = new FileImageOutputStream(file)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
