package kiosque.related;

import java.util.List;

/**
 * An article's two lists as computed, each with a few spare items past what the page shows (so an
 * item unpublished later leaves no hole before the next refresh), the articles most similar to it:
 * those whose own lists should now include it, and the candidates "Aller plus loin" left out as
 * repeats ({@link Titles}): topping up a short list must not bring them back.
 */
record ComputedLists(List<Pick> further, List<Pick> recommended, List<Long> neighbours, List<Long> repeats) {

  ComputedLists {
    further = List.copyOf(further);
    recommended = List.copyOf(recommended);
    neighbours = List.copyOf(neighbours);
    repeats = List.copyOf(repeats);
  }

  ComputedLists(List<Pick> further, List<Pick> recommended, List<Long> neighbours) {
    this(further, recommended, neighbours, List.of());
  }
}
