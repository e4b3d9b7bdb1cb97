package kiosque.web;

/** Previous and next links of a listing; null where there is none. */
public record Pagination(int number, int pageCount, String previousHref, String nextHref) {

  public boolean needed() {
    return pageCount > 1;
  }
}
