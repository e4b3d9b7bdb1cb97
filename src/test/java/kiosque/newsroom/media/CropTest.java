package kiosque.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

/** Where a crop's box falls for a focal point: as large as the shape allows, centred on it, kept inside. */
class CropTest {

  @Test
  void aSquareOfAWideImageIsAsHighAsTheImageAndCentredOnTheFocalPoint() {
    assertThat(Crop.SQUARE.box(1600, 900, 0.5, 0.5)).isEqualTo(new Rectangle(350, 0, 900, 900));
    assertThat(Crop.SQUARE.box(1600, 900, 0.4, 0.5)).isEqualTo(new Rectangle(190, 0, 900, 900));
  }

  @Test
  void atTheEdgesTheBoxIsPushedBackInsideTheImage() {
    assertThat(Crop.SQUARE.box(1600, 900, 0.0, 0.5)).isEqualTo(new Rectangle(0, 0, 900, 900));
    assertThat(Crop.SQUARE.box(1600, 900, 1.0, 1.0)).isEqualTo(new Rectangle(700, 0, 900, 900));
  }

  @Test
  void aWideCropOfATallImageIsAsWideAsTheImageAndMovesDown() {
    assertThat(Crop.SIXTEEN_NINE.box(900, 1600, 0.5, 0.75)).isEqualTo(new Rectangle(0, 947, 900, 506));
    assertThat(Crop.FOUR_THREE.box(800, 600, 0.9, 0.1)).isEqualTo(new Rectangle(0, 0, 800, 600));
  }

  @Test
  void onlyNamesOfCropsAreReadBack() {
    assertThat(Crop.parse("c3-16x9.jpg")).contains(new Crop.Named(3, Crop.SIXTEEN_NINE));
    assertThat(Crop.parse(Crop.SQUARE.fileName(12))).contains(new Crop.Named(12, Crop.SQUARE));
    assertThat(Crop.parse("c0-1x1.jpg")).isEmpty();
    assertThat(Crop.parse("c3-2x1.jpg")).isEmpty();
    assertThat(Crop.parse("w640.jpg")).isEmpty();
    assertThat(Crop.parse("c3-1x1.jpg/../x")).isEmpty();
  }
}
