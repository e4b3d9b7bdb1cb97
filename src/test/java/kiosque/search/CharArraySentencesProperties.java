package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import kiosque.testsupport.SearchTestSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link CharArraySentences} answers every call as the JDK's French sentence iterator on a string does,
 * position included, whatever the calls before: at every offset of French texts (articles of the Wikinews corpus when this machine has it,
 * and texts made of French sentences with abbreviations, quotations, numbers and ellipses).
 */
class CharArraySentencesProperties {

  private static final List<String> CORPUS = corpusBodies(300);
  private static final List<String> PIECES = List.of(
      "Le président a déclaré hier soir qu'il ne se représenterait pas.", "« C'est fini », a-t-il dit.",
      "M. Dupont, né en 1950 av. J.-C., vit à St-Étienne.", "Le taux est passé à 3.5 % en 2019.", "Vraiment ?",
      "Non !", "Et après…", "Il a dit : « Non. Jamais. »", "(Voir aussi l'article précédent.)", "\n\n", " ",
      "Mme Durand (PS) a voté contre.", "Les U.S.A. et l'U.R.S.S. ont signé.", "1. Premier point", "etc. ",
      "Les « gilets jaunes » manifestent.", "Le match s'est terminé 2-1.", "Qui ? Quand ? Où ?", "...",
      "Le Maroc : un pays", "une « attaque bien orchestrée ». • Abu Dhabi, UAE – 3-4 mars", "https://fr.wikinews.org/wiki/Accueil.", "'' Citation '' », dit-elle. ");

  @Property(tries = 40)
  void answersAtEveryOffsetAsTheJdk(@ForAll("frenchTexts") String text) {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.FRENCH);
    CharArraySentences onArray = new CharArraySentences();
    jdk.setText(text);
    onArray.setText(text);
    assertThat(onArray.current()).isEqualTo(jdk.current());
    for (int offset = text.length(); offset >= 0; offset--) {
      assertThat(onArray.preceding(offset)).as("preceding(%d)", offset).isEqualTo(jdk.preceding(offset));
      assertThat(onArray.current()).as("current after preceding(%d)", offset).isEqualTo(jdk.current());
    }
    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(onArray.following(offset)).as("following(%d)", offset).isEqualTo(jdk.following(offset));
      assertThat(onArray.current()).as("current after following(%d)", offset).isEqualTo(jdk.current());
      assertThat(onArray.isBoundary(offset)).as("isBoundary(%d)", offset).isEqualTo(jdk.isBoundary(offset));
      assertThat(onArray.current()).as("current after isBoundary(%d)", offset).isEqualTo(jdk.current());
    }
  }

  /** Calls in any order from a fresh text: the JDK's iterator remembers its last break, so the history matters. */
  @Property(tries = 200)
  void answersAnySequenceOfCallsAsTheJdk(@ForAll("frenchTexts") String text,
      @ForAll @Size(max = 30) List<@IntRange(max = 7) Integer> calls, @ForAll @Size(30) List<@IntRange(max = 100_000) Integer> offsets) {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.FRENCH);
    CharArraySentences onArray = new CharArraySentences();
    jdk.setText(text);
    onArray.setText(text);
    for (int i = 0; i < calls.size(); i++) {
      int offset = offsets.get(i) % (text.length() + 1);
      int call = calls.get(i);
      String what = switch (call) {
        case 0 -> "first";
        case 1 -> "last";
        case 2 -> "next";
        case 3 -> "previous";
        case 4 -> "following(" + offset + ")";
        case 5 -> "preceding(" + offset + ")";
        case 6 -> "next(" + (offset % 5 - 2) + ")";
        default -> "isBoundary(" + offset + ")";
      };
      assertThat(call(onArray, call, offset)).as(what).isEqualTo(call(jdk, call, offset));
      assertThat(onArray.current()).as("current after " + what).isEqualTo(jdk.current());
    }
  }

  private static Object call(BreakIterator breaks, int call, int offset) {
    return switch (call) {
      case 0 -> breaks.first();
      case 1 -> breaks.last();
      case 2 -> breaks.next();
      case 3 -> breaks.previous();
      case 4 -> breaks.following(offset);
      case 5 -> breaks.preceding(offset);
      case 6 -> breaks.next(offset % 5 - 2);
      default -> breaks.isBoundary(offset);
    };
  }

  @Provide
  Arbitrary<String> frenchTexts() {
    Arbitrary<String> made = Arbitraries.of(PIECES).list().ofMaxSize(25)
        .map(pieces -> String.join(" ", pieces).replace("  ", " "));
    if (CORPUS.isEmpty()) {
      return made;
    }
    // An article's text, or a stretch of it (the highlighter cuts long texts).
    Arbitrary<String> articles = Combinators.combine(Arbitraries.of(CORPUS), Arbitraries.integers().between(0, 2000))
        .as((body, from) -> body.substring(Math.min(from, body.length()), Math.min(body.length(), from + 2500)));
    return Arbitraries.oneOf(made, articles);
  }

  private static List<String> corpusBodies(int max) {
    List<String> bodies = new ArrayList<>();
    SearchTestSupport.wikinewsCorpus().ifPresent(file -> {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        String line;
        while (bodies.size() < max && (line = lines.readLine()) != null) {
          if (!line.isBlank()) {
            bodies.add(json.readTree(line).get("body").asText());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return bodies;
  }
}
