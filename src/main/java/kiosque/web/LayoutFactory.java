package kiosque.web;

import java.util.List;
import kiosque.content.TaxonomyStore;

/** Builds the {@link Layout} of a page from the site's settings and its sections. */
public final class LayoutFactory {

  private static final int DESCRIPTION_LENGTH = 160;

  private final String siteName;
  private final Urls urls;
  private final Messages messages;
  private final Assets assets;
  private final Navigation navigation;
  private final ArchiveMonths archives;
  private final List<Link> social;
  private final List<Link> about;
  /** The footer of the last years seen: the same on every page until the years change (issue 15). */
  private volatile FooterOfYears footer = new FooterOfYears(null, null);

  private record FooterOfYears(List<Integer> years, Footer footer) {}

  public LayoutFactory(String siteName, Urls urls, TaxonomyStore taxonomy, Messages messages, Assets assets) {
    this(siteName, urls, messages, assets, Navigation.uncached(taxonomy, urls));
  }

  /** With the sections held in memory ({@link Navigation}) rather than read for every page. */
  public LayoutFactory(String siteName, Urls urls, Messages messages, Assets assets, Navigation navigation) {
    this(siteName, urls, messages, assets, navigation, null, List.of());
  }

  /**
   * @param archives the months with articles, for the footer's years (null: no years)
   * @param social the publication's accounts ({@link SocialLinks}) for the footer
   */
  public LayoutFactory(String siteName, Urls urls, Messages messages, Assets assets, Navigation navigation,
      ArchiveMonths archives, List<Link> social) {
    this.siteName = siteName;
    this.urls = urls;
    this.messages = messages;
    this.assets = assets;
    this.navigation = navigation;
    this.archives = archives;
    this.social = List.copyOf(social);
    this.about = List.of(new Link(messages.get("footer.publisher"), urls.publisher()),
        new Link(messages.get("footer.feed"), urls.feed(urls.home(), "rss")),
        new Link(messages.get("footer.atom"), urls.feed(urls.home(), "atom")));
  }

  /** The months with articles (archive pages' previous and next links), or null. */
  public ArchiveMonths archives() {
    return archives;
  }

  public Layout page(String title, String description, String path) {
    return build(title, description, path, true);
  }

  /** Error pages and search results: shown to readers, kept out of search engines. */
  public Layout unindexed(String title, String path) {
    return build(title, "", path, false);
  }

  /** For the 500 page: needs nothing that may be what failed (the database). */
  public Layout withoutNavigation(String title, String path) {
    return layout(title, "", path, false, List.of(), new Footer(List.of(), about, social), null);
  }

  private Layout build(String title, String description, String path, boolean indexable) {
    return layout(title, description, path, indexable, navigation.sections(), footer(),
        navigation.alert().orElse(null));
  }

  /** Built again only when the years with articles differ from the last page's. */
  Footer footer() {
    List<Integer> years = archives == null ? List.of() : archives.years();
    FooterOfYears last = footer;
    if (!years.equals(last.years())) {
      last = new FooterOfYears(years, new Footer(
          years.stream().map(y -> new Link(String.valueOf(y), urls.year(y))).toList(), about, social));
      footer = last;
    }
    return last.footer();
  }

  private Layout layout(String title, String description, String path, boolean indexable, List<Link> sections,
      Footer footer, Link alert) {
    return new Layout(siteName, title, shorten(description), urls.absolute(path), sections,
        urls.stylesheet(assets.stylesheetFingerprint()), messages, indexable, footer, Head.NONE, CacheKeys.NONE,
        alert);
  }

  public Urls urls() {
    return urls;
  }

  public Messages messages() {
    return messages;
  }

  public String siteName() {
    return siteName;
  }

  /**
   * Meta descriptions stop near 160 characters, at a word boundary: the text with every run of
   * whitespace ({@code \\s+}) made one space and stripped, cut before the last space within 160
   * characters. Written in one pass that stops once a character past the 160th is known: an
   * article without summary is described by its body, and the regular expression's matcher, its
   * copy of the text and the strip's were 3 KB of every such uncached page (issue 15).
   * {@code DescriptionProperties} holds it to the regular expression.
   */
  static String shorten(String text) {
    if (text == null) {
      return "";
    }
    int n = text.length();
    StringBuilder flat = new StringBuilder(Math.min(n, DESCRIPTION_LENGTH + 1));
    boolean inRun = false;
    boolean longer = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space && inRun) {
        continue;
      }
      inRun = space;
      char out = space ? ' ' : c;
      if (flat.isEmpty() && Character.isWhitespace(out)) {
        continue;
      }
      flat.append(out);
      if (flat.length() > DESCRIPTION_LENGTH && !Character.isWhitespace(out)) {
        // Something follows the 160th character whatever the strip removes at the end: cut.
        longer = true;
        break;
      }
    }
    if (!longer) {
      int length = flat.length();
      while (length > 0 && Character.isWhitespace(flat.charAt(length - 1))) {
        length--;
      }
      if (length <= DESCRIPTION_LENGTH) {
        return flat.substring(0, length);
      }
    }
    int cut = flat.lastIndexOf(" ", DESCRIPTION_LENGTH - 1);
    return flat.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1) + "…";
  }

  /** rich text: the address of the embeds' click-to-load script. */
  public String embedsScript() {
    return assets.embedsScriptHref();
  }
}
