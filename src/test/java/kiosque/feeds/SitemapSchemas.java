package kiosque.feeds;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Validates sitemaps against copies of the official XSDs (src/test/resources/xsd) and reads them back. */
final class SitemapSchemas {

  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

  private static final Schema URLSET = schema("/xsd/sitemap.xsd", "/xsd/sitemap-news.xsd");
  private static final Schema INDEX = schema("/xsd/siteindex.xsd");

  private SitemapSchemas() {}

  private static Schema schema(String... resources) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      StreamSource[] sources = new StreamSource[resources.length];
      for (int i = 0; i < resources.length; i++) {
        sources[i] = new StreamSource(SitemapSchemas.class.getResource(resources[i]).toExternalForm());
      }
      return factory.newSchema(sources);
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A urlset (with the Google News extension where present), valid or an AssertionError. */
  static Document validUrlset(String xml) {
    return valid(URLSET, xml);
  }

  static Document validIndex(String xml) {
    return valid(INDEX, xml);
  }

  private static Document valid(Schema schema, String xml) {
    try {
      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new AssertionError("Invalid sitemap: " + e.getMessage() + "\n" + xml, e);
    } catch (IOException | ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of every element with that namespace and name, in document order. */
  static List<String> texts(Document document, String namespace, String name) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, name);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /** The text of a child of the url or sitemap element whose loc is {@code loc}. */
  static String sibling(Document document, String loc, String namespace, String name) {
    NodeList locs = document.getElementsByTagNameNS(SITEMAP, "loc");
    for (int i = 0; i < locs.getLength(); i++) {
      if (locs.item(i).getTextContent().equals(loc)) {
        NodeList found = ((Element) locs.item(i).getParentNode()).getElementsByTagNameNS(namespace, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
      }
    }
    throw new AssertionError("No entry for " + loc);
  }
}
