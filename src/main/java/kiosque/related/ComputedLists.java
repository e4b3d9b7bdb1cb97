package kiosque.related;

import java.util.List;

/**
 * An article's two lists as computed, each with a few spare items past what the page shows (so an
 * item unpublished later leaves no hole before the next refresh), and the articles most similar to
 * it: those whose own lists should now include it.
 */
record ComputedLists(List<Pick> further, List<Pick> recommended, List<Long> neighbours) {

  ComputedLists {
    further = List.copyOf(further);
    recommended = List.copyOf(recommended);
    neighbours = List.copyOf(neighbours);
  }
}
