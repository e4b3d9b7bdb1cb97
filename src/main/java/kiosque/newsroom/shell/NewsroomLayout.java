package kiosque.newsroom.shell;

import java.util.List;
import kiosque.web.Link;
import kiosque.web.Messages;

/**
 * The frame of every newsroom page: who is signed in, the navigation their role allows, the
 * CSRF token forms carry, and a notice after an action ("Article enregistré").
 *
 * @param account null on the login page
 * @param urls every back-office address, for the template's links and forms
 * @param script null, or the addresses of the page's scripts separated by spaces, in load order
 * @param mediaPicker the address of the media library's script (the picker), for the pages that print it
 * @param unread the signed-in person's unread notifications, counted in the masthead
 */
public record NewsroomLayout(String siteName, String title, Messages msg, NewsroomUrls urls, Account account,
    String csrfToken, List<Link> nav, String stylesheet, String script, String notice, String mediaPicker,
    int unread) {

  public NewsroomLayout {
    nav = List.copyOf(nav);
  }

  public List<String> scripts() {
    return script == null || script.isBlank() ? List.of() : List.of(script.strip().split(" +"));
  }
}
