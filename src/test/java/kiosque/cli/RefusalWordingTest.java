package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import kiosque.db.CopyRefusedException;
import kiosque.db.H2Backup;
import kiosque.newsroom.accounts.AccountException;
import kiosque.web.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every refusal another layer gives as a code has a sentence in both languages of the command
 * line, and the account refusals in both languages of the newsroom: a new code without its
 * sentence would reach a person as a missing-resource stack trace.
 */
class RefusalWordingTest {

  private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

  @Test
  void everyCodeHasItsSentenceOnTheCommandLine() {
    List<String> keys = Stream.of(
        Stream.of(H2Backup.Reason.values()).map(r -> "backup.refused." + r.name()),
        Stream.of(CopyRefusedException.Reason.values()).map(r -> "copy.refused." + r.name()),
        Stream.of(AccountException.Reason.values()).map(r -> new AccountException(r, "x").messageKey()))
        .flatMap(s -> s).toList();
    for (Locale language : LANGUAGES) {
      ResourceBundle bundle = CliText.bundle(language);
      assertThat(keys).as(language.toString()).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
    }
  }

  @Test
  void everyAccountRefusalHasItsSentenceInTheNewsroom() {
    for (Locale language : LANGUAGES) {
      Messages messages = new Messages(language);
      for (AccountException.Reason reason : AccountException.Reason.values()) {
        String sentence = messages.format(new AccountException(reason, "nadia@example.ma").messageKey(), "nadia@example.ma");
        assertThat(sentence).as(language + " " + reason).isNotBlank().doesNotContain("{0}");
      }
    }
  }
}
