package kiosque.newsroom.accounts;

import java.util.List;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.NewsroomLayout;
import kiosque.newsroom.shell.Role;

/**
 * The administrator's list of accounts, with the forms to add, reset, disable and change roles.
 *
 * @param issued a password-reset link just issued, shown once to be copied; null otherwise
 */
public record AccountsPage(NewsroomLayout layout, List<Account> accounts, List<Role> roles, String error,
    IssuedLink issued) {

  /** A new reset link: for whom, the address to copy, and what became of its e-mail. */
  public record IssuedLink(String email, String link, String mailStatus, boolean mailFailed) {}

  public AccountsPage(NewsroomLayout layout, List<Account> accounts, List<Role> roles, String error) {
    this(layout, accounts, roles, error, null);
  }

  public AccountsPage {
    accounts = List.copyOf(accounts);
    roles = List.copyOf(roles);
  }
}
