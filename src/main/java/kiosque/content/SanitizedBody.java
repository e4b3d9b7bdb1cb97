package kiosque.content;

/** An article body made safe to print, and its plain text for search and descriptions. */
public record SanitizedBody(String html, String text) {}
