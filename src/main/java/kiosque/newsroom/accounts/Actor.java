package kiosque.newsroom.accounts;

import kiosque.newsroom.shell.Account;

/** Who is acting and from which address: what every audited action carries. */
public record Actor(Account account, String address) {

  public static Actor operator(String what) {
    return new Actor(null, what);
  }

  public String name() {
    return account == null ? "(" + address + ")" : account.email();
  }

  public Long accountId() {
    return account == null ? null : account.id();
  }
}
