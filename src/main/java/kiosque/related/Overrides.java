package kiosque.related;

import java.util.List;
import java.util.Set;

/** An editor's choices for one article: items pinned first in "Aller plus loin", in order, and items never shown. */
record Overrides(List<Long> pinned, Set<Long> excluded) {

  static final Overrides NONE = new Overrides(List.of(), Set.of());

  Overrides {
    pinned = List.copyOf(pinned);
    excluded = Set.copyOf(excluded);
  }
}
