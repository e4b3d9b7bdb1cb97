package kiosque.site;

/** A teaser as printed: title link, teaser text, date. */
public record TeaserView(String title, String summary, String href, String dateIso, String dateLabel,
    String sectionName) {}
