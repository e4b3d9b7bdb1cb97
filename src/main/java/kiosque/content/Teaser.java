package kiosque.content;

import java.time.Instant;

/** What a listing shows of an article: enough to link to it and say what it is about. */
public record Teaser(long id, String slug, String title, String summary, Instant publishedAt, String sectionName) {}
