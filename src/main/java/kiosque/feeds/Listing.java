package kiosque.feeds;

/** Which articles a feed lists: all of them, or a section's, a topic's or an author's. */
record Listing(Kind kind, long id) {

  enum Kind { SITE, SECTION, TOPIC, AUTHOR }

  static final Listing SITE = new Listing(Kind.SITE, 0);
}
