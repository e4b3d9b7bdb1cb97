package kiosque.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Lines and files in the JSON Lines import format. {@link #article} gives a complete, valid line
 * that a test changes only where it matters; raw strings are written as they are, for bad lines.
 */
public final class ImportFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ImportFiles() {}

  public static ObjectNode article(String id) {
    ObjectNode line = JSON.createObjectNode();
    line.put("id", id);
    line.put("title", "Titre de l’article " + id);
    line.put("published_at", "2016-01-01T12:00:00Z");
    line.put("section", "Monde");
    line.put("author", "Rédaction");
    line.putArray("tags").add("Maroc").add("Économie");
    line.put("summary", "Le résumé de " + id + ".");
    line.put("body", "Premier paragraphe de " + id + ".\n\nSecond paragraphe.");
    return line;
  }

  /** Writes each line (an ObjectNode as JSON, anything else as its text) followed by a newline. */
  public static Path write(Path file, Object... lines) {
    return writeBytes(file, bytes(lines), false);
  }

  public static Path writeGzip(Path file, Object... lines) {
    return writeBytes(file, bytes(lines), true);
  }

  public static byte[] bytes(Object... lines) {
    StringBuilder text = new StringBuilder();
    for (Object line : lines) {
      text.append(line).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Path writeBytes(Path file, byte[] content, boolean gzip) {
    try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
      out.write(content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
