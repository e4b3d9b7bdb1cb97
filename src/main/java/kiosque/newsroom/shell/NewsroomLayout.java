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
 * @param unread the signed-in person's unread notifications, counted in the masthead
 */
public record NewsroomLayout(String siteName, String title, Messages msg, NewsroomUrls urls, Account account,
    String csrfToken, List<Link> nav, String stylesheet, String script, String notice, int unread) {

  public NewsroomLayout {
    nav = List.copyOf(nav);
  }
}
