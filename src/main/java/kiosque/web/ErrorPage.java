package kiosque.web;

import java.util.List;

/** A 404, 410 or 500 page: what happened in plain words, and where a reader can go next. */
public record ErrorPage(Layout layout, int status, String heading, String message, String incidentId,
    List<Link> suggestions) {}
