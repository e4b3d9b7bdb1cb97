package kiosque.search;

import java.util.List;
import kiosque.content.Teaser;

/** What to propose while a reader types: headlines to open and topics to search. */
public record Suggestions(List<Teaser> titles, List<String> topics) {

  public static final Suggestions NONE = new Suggestions(List.of(), List.of());

  public Suggestions {
    titles = List.copyOf(titles);
    topics = List.copyOf(topics);
  }
}
