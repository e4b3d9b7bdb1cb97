package kiosque.newsroom.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One stored file of a media item: the original or a rendition, with its type and the hash that is its ETag. */
public record MediaFile(long mediaId, String name, String contentType, String sha256, byte[] bytes) {

  static MediaFile of(long mediaId, String name, String contentType, byte[] bytes) {
    return new MediaFile(mediaId, name, contentType, sha256(bytes), bytes);
  }

  /** A strong validator: the bytes under an address never change, and the hash names them exactly. */
  public String etag() {
    return "\"" + sha256.substring(0, 32) + "\"";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The type a file's name says: renditions are JPEG, the original is what the media row says. */
  static String contentTypeOf(String name, String originalType) {
    return name.endsWith(".jpg") && !name.startsWith("original") ? "image/jpeg" : originalType;
  }
}
