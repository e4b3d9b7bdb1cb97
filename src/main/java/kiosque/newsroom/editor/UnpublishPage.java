package kiosque.newsroom.editor;

import kiosque.newsroom.shell.NewsroomLayout;

/** The confirmation before a live article leaves the site: its title, the reason typed, a refusal. */
public record UnpublishPage(NewsroomLayout layout, long articleId, String title, String publicHref, int version,
    String reason, String error, int maxReason) {}
