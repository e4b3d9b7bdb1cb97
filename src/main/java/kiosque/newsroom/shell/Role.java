package kiosque.newsroom.shell;

import java.util.Locale;

/** A newsroom role, from the most to the least trusted. */
public enum Role {
  ADMINISTRATOR, EDITOR, JOURNALIST, CONTRIBUTOR;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a stored code or what an operator types ({@code admin} is accepted for administrator). */
  public static Role fromCode(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    if (wanted.equals("admin")) {
      return ADMINISTRATOR;
    }
    for (Role role : values()) {
      if (role.code().equals(wanted)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown role \"" + code
        + "\" (expected administrator, editor, journalist or contributor)");
  }
}
