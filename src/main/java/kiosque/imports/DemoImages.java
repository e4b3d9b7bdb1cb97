package kiosque.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kiosque.content.ArticleService;
import kiosque.content.ArticleStore;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.MediaService;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo articles' lead images (original illustrations, CC0: {@code demo/images/README.md}):
 * each image goes once through the media library like an upload (checked, renditions made), then
 * becomes the lead image of the articles {@code demo/lead-images.tsv} gives it.
 */
final class DemoImages {

  static final String FOLDER = "/demo/images/";
  static final String LEADS = "/demo/lead-images.tsv";
  static final String CREDIT = "Illustration Kiosque (CC0)";

  private DemoImages() {}

  /** Attaches the images to the demo articles; returns how many articles got one. */
  static int attach(Jdbi jdbi, ArticleStore store, ArticleService articles, MediaService media) {
    Map<String, String> altTexts = table(FOLDER + "images.tsv");
    Map<String, Long> stored = new HashMap<>();
    int attached = 0;
    for (Map.Entry<String, String> lead : table(LEADS).entrySet()) {
      var article = jdbi.withHandle(h -> store.findByExternalId(h, lead.getKey()));
      if (article.isEmpty()) {
        continue;
      }
      String file = lead.getValue();
      long mediaId = stored.computeIfAbsent(file, name -> upload(media, name, altTexts.getOrDefault(name, name)));
      if (articles.setLeadImageIfNone(article.get().id(), mediaId)) {
        attached++;
      }
    }
    return attached;
  }

  private static long upload(MediaService media, String name, String altText) {
    try (InputStream in = open(FOLDER + name)) {
      return media.importImage(Actor.operator("demo"), name, in, altText, CREDIT).id();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo image " + name, e);
    }
  }

  /** A two-column file: key, tab, value; lines starting with # are comments. In file order. */
  private static Map<String, String> table(String resource) {
    Map<String, String> rows = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
      reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
        int tab = line.indexOf('\t');
        rows.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo resource " + resource, e);
    }
    return rows;
  }

  private static InputStream open(String resource) {
    InputStream in = DemoImages.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The demo resource " + resource + " is missing from the classpath");
    }
    return in;
  }
}
