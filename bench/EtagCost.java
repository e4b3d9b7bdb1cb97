import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * CPU time of a page's ETag, SHA-256 (main before session 9) against the two CRCs of
 * cache.PageCaching.etag, in one thread, alternated round by round (issue 15):
 *
 *   java bench/EtagCost.java PAGE_FILE [ROUNDS] [PAGES_A_ROUND]
 *
 * PAGE_FILE is a page as served (curl -s URL > page.html). Prints µs of CPU a page for each, per round.
 */
public class EtagCost {

  static String sha256(byte[] body) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
    return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
  }

  static String crcs(byte[] body) {
    CRC32C castagnoli = new CRC32C();
    castagnoli.update(body);
    CRC32 ieee = new CRC32();
    ieee.update(body);
    HexFormat hex = HexFormat.of();
    return "W/\"" + hex.toHexDigits((int) castagnoli.getValue()) + hex.toHexDigits((int) ieee.getValue())
        + hex.toHexDigits(body.length) + "\"";
  }

  public static void main(String[] args) throws Exception {
    byte[] page = Files.readAllBytes(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    int pages = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    System.out.printf("page: %,d bytes%n", page.length);
    for (int round = 1; round <= rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < pages; i++) {
        sink += sha256(page).hashCode();
      }
      long sha = threads.getCurrentThreadCpuTime() - start;
      start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < pages; i++) {
        sink += crcs(page).hashCode();
      }
      long crc = threads.getCurrentThreadCpuTime() - start;
      System.out.printf("round %d: SHA-256 %.2f µs a page, CRC32C+CRC32 %.2f µs a page%n", round,
          sha / 1e3 / pages, crc / 1e3 / pages);
    }
    System.out.println(sink == 42 ? "" : "(done)");
  }
}
