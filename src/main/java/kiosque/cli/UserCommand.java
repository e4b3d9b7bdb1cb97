package kiosque.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import kiosque.Wiring;
import kiosque.newsroom.accounts.AccountException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Newsroom accounts from the command line: the first administrator, before anyone can log in. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manages newsroom accounts.",
    subcommands = {UserCommand.Add.class})
final class UserCommand implements Runnable {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /**
   * Adds an account. The password is read from the terminal (not echoed) or from a file, never
   * from the command line, where it would stay in the shell history and the process list.
   */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a newsroom account.")
  static final class Add implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "admin (administrator), editor, journalist or contributor.")
    String role;

    @Option(names = "--name", paramLabel = "NAME", description = "Name shown in the newsroom (default: before the @).")
    String name;

    @Option(names = "--password-file", paramLabel = "FILE",
        description = "Reads the password from the first line of FILE instead of the terminal.")
    Path passwordFile;

    @Parameters(paramLabel = "EMAIL", descriptionKey = "EMAIL", description = "The account's email address, used to log in.")
    String email;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Role parsed;
      try {
        parsed = Role.fromCode(role);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println(CliText.of(spec).error("user.unknownRole", role));
        return 2;
      }
      char[] password = passwordFile != null ? fromFile(passwordFile) : fromTerminal();
      if (password == null) {
        spec.commandLine().getErr().println(CliText.of(spec).error("user.noTerminal"));
        return 2;
      }
      try (Wiring wiring = data.wiring()) {
        Account account = wiring.accountService().create(Actor.operator("command line"), email, name, parsed, password);
        spec.commandLine().getOut().println(CliText.of(spec).get("user.created", account.email(), account.role().code()));
        return 0;
      } catch (AccountException e) {
        spec.commandLine().getErr().println(CliText.of(spec).error(e.messageKey(), e.detail()));
        return 2;
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    private static char[] fromFile(Path file) throws IOException {
      String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
      return first.toCharArray();
    }

    private char[] fromTerminal() {
      Console console = System.console();
      if (console == null) {
        return null;
      }
      CliText text = CliText.of(spec);
      char[] first = console.readPassword("%s", text.get("user.password", email));
      char[] again = console.readPassword("%s", text.get("user.passwordAgain"));
      if (first == null || again == null || !Arrays.equals(first, again)) {
        spec.commandLine().getErr().println(text.error("user.passwordsDiffer"));
        return new char[0];
      }
      Arrays.fill(again, '\0');
      return first;
    }
  }
}
