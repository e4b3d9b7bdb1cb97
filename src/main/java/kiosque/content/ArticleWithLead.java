package kiosque.content;

import java.util.Optional;

/** An article with its lead image, read together for its page ({@link ArticleStore#findWithLead}). */
public record ArticleWithLead(Article article, Optional<LeadMedia> lead) {}
