package kiosque.newsroom.media;

import java.util.Arrays;
import java.util.Optional;

/** The image formats we accept, recognised by their first bytes whatever the file is called. */
enum ImageType {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  WEBP("image/webp", "webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  final String contentType;
  final String extension;

  ImageType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  static Optional<ImageType> sniff(byte[] head) {
    if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    if (head.length >= 8 && Arrays.equals(Arrays.copyOf(head, 8), PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
        && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  static Optional<ImageType> ofContentType(String contentType) {
    return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
  }
}
