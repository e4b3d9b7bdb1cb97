package kiosque.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.content.ArchivePaths.Kind;
import kiosque.content.ArchivePaths.OldArchive;
import kiosque.content.ArticleDraft;

/**
 * The category and tag pages of the WordPress site, gathered from the posts as they are imported:
 * {@code /category/politique/maroc/} showed the category "Maroc" (a child of "Politique"),
 * {@code /tag/elections/} the tag "Élections". A category that is the section of any imported post
 * becomes that section's page, any other category or tag a topic page.
 */
final class WxrArchives {

  private final WxrSite site;
  private final String categoryBase;
  private final String tagBase;
  private final Map<String, Term> categories = new LinkedHashMap<>();
  private final Map<String, Term> tags = new LinkedHashMap<>();

  private static final class Term {
    final String name;
    boolean section;

    Term(String name) {
      this.name = name;
    }
  }

  /**
   * @param categoryBase the old site's category base ({@code category} unless changed in
   *     WordPress's permalink settings); likewise {@code tagBase}
   */
  WxrArchives(WxrSite site, String categoryBase, String tagBase) {
    this.site = site;
    this.categoryBase = trimSlashes(categoryBase);
    this.tagBase = trimSlashes(tagBase);
  }

  /** Notes the categories and tags of a post imported as {@code draft}. */
  void note(WxrItem item, ArticleDraft draft) {
    for (WxrItem.Category category : item.categories()) {
      if (category.nicename().isEmpty() || category.name().isEmpty()) {
        continue;
      }
      String name = WxrPosts.unescape(category.name());
      if (category.domain().equals("category") && !WxrPosts.DEFAULT_CATEGORIES.contains(category.nicename())) {
        Term term = categories.computeIfAbsent(category.nicename(), n -> new Term(name));
        term.section |= name.equals(draft.sectionName());
      } else if (category.domain().equals("post_tag")) {
        tags.computeIfAbsent(category.nicename(), n -> new Term(name));
      }
    }
  }

  /** Every old address, under the nested path WordPress links to and under the category alone. */
  List<OldArchive> addresses() {
    List<OldArchive> addresses = new ArrayList<>();
    categories.forEach((nicename, term) -> {
      Kind kind = term.section ? Kind.SECTION : Kind.TOPIC;
      String nested = nestedPath(nicename);
      addresses.add(new OldArchive("/" + categoryBase + "/" + nested, kind, term.name));
      if (!nested.equals(nicename)) {
        addresses.add(new OldArchive("/" + categoryBase + "/" + nicename, kind, term.name));
      }
    });
    tags.forEach((slug, term) -> addresses.add(new OldArchive("/" + tagBase + "/" + slug, Kind.TOPIC, term.name)));
    return addresses;
  }

  /** {@code politique/maroc} for "maroc" under "politique", from the export's head; at most 10 levels. */
  private String nestedPath(String nicename) {
    StringBuilder path = new StringBuilder(nicename);
    String parent = site.categoryParents.getOrDefault(nicename, "");
    for (int depth = 0; !parent.isEmpty() && depth < 10; depth++) {
      path.insert(0, parent + "/");
      parent = site.categoryParents.getOrDefault(parent, "");
    }
    return path.toString();
  }

  private static String trimSlashes(String base) {
    return base.replaceAll("^/+|/+$", "");
  }
}
