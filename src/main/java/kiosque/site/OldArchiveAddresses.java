package kiosque.site;

import java.util.Optional;
import java.util.function.Function;
import kiosque.content.ArchivePaths;
import kiosque.web.Urls;

/**
 * Where an old site's archive page (a WordPress category or tag page, its later pages and feeds)
 * lives now: the section or topic page, followed through renames and merges made since.
 */
public final class OldArchiveAddresses {

  private final ArchivePaths archives;
  private final Urls urls;
  private final Function<String, Optional<String>> renamed;

  /** @param renamed the current address of a section or topic page renamed or merged since, if it was */
  public OldArchiveAddresses(ArchivePaths archives, Urls urls, Function<String, Optional<String>> renamed) {
    this.archives = archives;
    this.urls = urls;
    this.renamed = renamed;
  }

  public Optional<String> currentAddress(String pathAndQuery) {
    return archives.find(pathAndQuery).map(old -> {
      String recorded = old.kind() == ArchivePaths.Kind.SECTION ? urls.section(old.slug()) : urls.topic(old.slug());
      String listing = renamed.apply(recorded).orElse(recorded);
      if (old.feed() != null) {
        return urls.feed(listing, old.feed());
      }
      return old.page() == 1 ? listing : listing + "?page=" + old.page();
    });
  }
}
