package kiosque.imports;

import javax.xml.stream.XMLInputFactory;

/** The StAX factory for files from elsewhere: no DTD, no external entities, text in one piece. */
final class XmlInput {

  private XmlInput() {}

  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // An export has no DTD; refusing them shuts out entity expansion bombs and external entities (XXE).
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }
}
