package kiosque.content;

import java.util.List;

/** One page of a listing, with what the pagination links need. */
public record Page<T>(List<T> items, int number, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public int pageCount() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return number < pageCount();
  }

  public long offset() {
    return (long) (number - 1) * size;
  }
}
