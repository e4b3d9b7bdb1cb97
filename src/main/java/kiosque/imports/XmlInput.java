package kiosque.imports;

import javax.xml.stream.XMLInputFactory;

/** The StAX factory for files from elsewhere: no DTD, no external entities, text in one piece. */
final class XmlInput {

  private static final String[] ENTITY_LIMITS = {"jdk.xml.maxGeneralEntitySizeLimit",
      "jdk.xml.totalEntitySizeLimit", "jdk.xml.entityExpansionLimit"};

  private XmlInput() {}

  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // An export has no DTD; refusing them shuts out entity expansion bombs and external entities (XXE).
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    // With DTDs refused, the only entities left are &amp;, &lt; ... and character references. The
    // JDK (24 and later) still counts them against entity-size limits meant for DTD entities, and
    // stops a real export after 100,000 of them in the whole file: lift those limits.
    for (String limit : ENTITY_LIMITS) {
      factory.setProperty(limit, "0");
    }
    return factory;
  }
}
