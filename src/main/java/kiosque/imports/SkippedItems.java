package kiosque.imports;

import java.util.List;

/**
 * Items of the source left out for one reason ("page", "brouillon"), with their ids in the source
 * so a person can find them there.
 */
public record SkippedItems(String reason, List<String> ids) {

  public SkippedItems {
    ids = List.copyOf(ids);
  }

  public long count() {
    return ids.size();
  }
}
