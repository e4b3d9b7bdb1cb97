package kiosque.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) one item at a time with StAX, so a file of any size
 * is read in constant memory: only the current item is held. The head of the file (site address,
 * authors, categories) is collected on the way to the first item.
 */
final class WxrReader implements AutoCloseable {

  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
  private static final Set<String> META_KEYS = Set.of("_thumbnail_id", "_yoast_wpseo_primary_category",
      "rank_math_primary_category", "_wp_attachment_image_alt",
      // Yoast's own SEO title and description of a post (issue 13), when an editor wrote them.
      "_yoast_wpseo_title", "_yoast_wpseo_metadesc");

  private final XMLStreamReader xml;
  private final WxrSite site = new WxrSite();
  private boolean started;

  WxrReader(InputStream in) throws WxrFormatException {
    try {
      this.xml = XmlInput.factory().createXMLStreamReader(XmlCharacters.read(in));
    } catch (XMLStreamException e) {
      throw WxrFormatException.of(e);
    } catch (IOException e) {
      throw new WxrFormatException("cannot read the start of the file: " + e.getMessage(), null);
    }
  }

  WxrSite site() {
    return site;
  }

  /** The next item, or null at the end of the channel. */
  WxrItem next() throws WxrFormatException {
    try {
      if (!started) {
        expectRoot();
        started = true;
      }
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (namespace().isEmpty() && xml.getLocalName().equals("item")) {
            if (site.wxrVersion == null) {
              throw new WxrFormatException("this RSS file is not a WordPress export (it has no <wp:wxr_version>); "
                  + "import a feed with --format rss", xml.getLocation());
            }
            return item();
          }
          if (!xml.getLocalName().equals("channel")) {
            head();
          }
        }
      }
      return null;
    } catch (XMLStreamException e) {
      throw WxrFormatException.of(e);
    }
  }

  private void expectRoot() throws XMLStreamException, WxrFormatException {
    while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
      // the XML declaration, comments and blank text before the root
    }
    if (!xml.isStartElement()) {
      throw new WxrFormatException("the file is empty: a WordPress export starts with <rss>", xml.getLocation());
    }
    if (!xml.getLocalName().equals("rss")) {
      throw new WxrFormatException("expected a WordPress export, which starts with <rss>, found <"
          + xml.getLocalName() + ">" + (xml.getLocalName().equals("feed") ? " (an Atom feed: use --format rss)" : ""),
          xml.getLocation());
    }
  }

  /** An element of the channel's head: read what matters, skip the rest. */
  private void head() throws XMLStreamException {
    String name = xml.getLocalName();
    if (isWordPress(namespace())) {
      switch (name) {
        case "wxr_version" -> site.wxrVersion = readTextOrSkip().strip();
        case "base_blog_url" -> site.baseBlogUrl = readTextOrSkip();
        case "author" -> {
          Map<String, String> fields = children();
          String login = fields.getOrDefault("author_login", "").strip();
          String display = fields.getOrDefault("author_display_name", "").strip();
          if (!login.isEmpty() && !display.isEmpty()) {
            site.authorNames.put(login, display);
          }
        }
        case "category" -> {
          Map<String, String> fields = children();
          String id = fields.getOrDefault("term_id", "").strip();
          if (!id.isEmpty()) {
            site.categoryNames.put(id, fields.getOrDefault("cat_name", "").strip());
          }
          String nicename = fields.getOrDefault("category_nicename", "").strip();
          if (!nicename.isEmpty()) {
            site.categoryParents.put(nicename, fields.getOrDefault("category_parent", "").strip());
          }
        }
        default -> skip();
      }
    } else if (name.equals("link") && namespace().isEmpty()) {
      site.link = readTextOrSkip();
    } else {
      skip();
    }
  }

  private WxrItem item() throws XMLStreamException {
    long line = xml.getLocation().getLineNumber();
    Map<String, String> fields = new HashMap<>();
    List<WxrItem.Category> categories = new ArrayList<>();
    Map<String, String> meta = new HashMap<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String ns = namespace();
      String name = xml.getLocalName();
      if (ns.isEmpty() && name.equals("category")) {
        String domain = attribute("domain");
        String nicename = attribute("nicename");
        categories.add(new WxrItem.Category(domain, nicename, readTextOrSkip().strip()));
      } else if (ns.isEmpty()) {
        fields.put(name, readTextOrSkip());
      } else if (ns.equals(CONTENT_NS) && name.equals("encoded")) {
        fields.put("content", readTextOrSkip());
      } else if (ns.endsWith("/excerpt/") && name.equals("encoded")) {
        fields.put("excerpt", readTextOrSkip());
      } else if (ns.equals(DC_NS) && name.equals("creator")) {
        fields.put("creator", readTextOrSkip());
      } else if (isWordPress(ns) && name.equals("postmeta")) {
        Map<String, String> pair = children();
        String key = pair.getOrDefault("meta_key", "").strip();
        if (META_KEYS.contains(key)) {
          meta.put(key, pair.getOrDefault("meta_value", "").strip());
        }
      } else if (isWordPress(ns) && !name.equals("comment")) {
        fields.put("wp:" + name, readTextOrSkip());
      } else {
        skip();
      }
    }
    return new WxrItem(line, get(fields, "wp:post_id").strip(), get(fields, "wp:post_type").strip(),
        get(fields, "wp:status").strip(), get(fields, "title").strip(), get(fields, "link").strip(),
        get(fields, "guid").strip(), get(fields, "pubDate").strip(), get(fields, "wp:post_date_gmt").strip(),
        get(fields, "creator").strip(), get(fields, "content"), get(fields, "excerpt"),
        get(fields, "wp:post_name").strip(), get(fields, "wp:post_password"), get(fields, "wp:attachment_url").strip(),
        categories, meta);
  }

  private static String get(Map<String, String> fields, String key) {
    return fields.getOrDefault(key, "");
  }

  /** The text of each child element of the current one (wp:author, wp:category, wp:postmeta). */
  private Map<String, String> children() throws XMLStreamException {
    Map<String, String> fields = new HashMap<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      fields.put(xml.getLocalName(), readTextOrSkip());
    }
    return fields;
  }

  /** An element's text; an element with children of its own (an unknown structure) is skipped. */
  private String readTextOrSkip() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE -> text.append(xml.getText());
        case XMLStreamConstants.START_ELEMENT -> skip();
        case XMLStreamConstants.END_ELEMENT -> {
          return text.toString();
        }
        default -> { } // comments and processing instructions are not text
      }
    }
  }

  /** Skips the current element and everything in it. */
  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private String attribute(String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }

  private String namespace() {
    String ns = xml.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  private static boolean isWordPress(String ns) {
    return ns.startsWith("http://wordpress.org/export/") && !ns.endsWith("/excerpt/");
  }

  Location location() {
    return xml.getLocation();
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Closing releases the parser only (the caller closes the stream); nothing was lost.
      throw new IllegalStateException("cannot release the XML parser", e);
    }
  }
}
