package kiosque.newsroom.accounts;

import java.util.List;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.NewsroomLayout;
import kiosque.newsroom.shell.Role;

/** The administrator's list of accounts, with the forms to add, reset, disable and change roles. */
public record AccountsPage(NewsroomLayout layout, List<Account> accounts, List<Role> roles, String error) {

  public AccountsPage {
    accounts = List.copyOf(accounts);
    roles = List.copyOf(roles);
  }
}
