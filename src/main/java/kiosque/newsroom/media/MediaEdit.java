package kiosque.newsroom.media;

/** What the edit form sends for an image: its texts and its focal point (fractions of width and height). */
public record MediaEdit(String altText, String credit, String caption, double focalX, double focalY) {}
