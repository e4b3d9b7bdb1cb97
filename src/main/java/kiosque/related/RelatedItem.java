package kiosque.related;

import kiosque.content.Teaser;

/**
 * A stored list item as the newsroom shows it.
 *
 * @param list {@code further} ("Aller plus loin") or {@code recommended}
 * @param position its place in the stored list, 0 first (spare items come after what pages show)
 * @param reason why it was chosen, in French: shared topics, names, terms, "Récent"
 */
public record RelatedItem(String list, int position, Teaser teaser, boolean pinned, String reason) {}
