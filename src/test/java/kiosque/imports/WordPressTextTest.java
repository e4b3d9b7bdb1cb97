package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** WordPress's paragraph rule (wpautop) and shortcode removal, case by case. */
class WordPressTextTest {

  @Nested
  class Paragraphs {

    @Test
    void blankLinesSeparateParagraphsAndSingleBreaksStay() {
      assertThat(Autop.paragraphs("Premier paragraphe.\n\nSecond, sur\ndeux lignes."))
          .isEqualTo("<p>Premier paragraphe.</p>\n<p>Second, sur<br />\ndeux lignes.</p>");
    }

    @Test
    void windowsLineEndingsAndLinesOfSpacesCountAsBlank() {
      assertThat(Autop.paragraphs("Un.\r\n  \r\nDeux.\r\n\r\n\r\nTrois."))
          .isEqualTo("<p>Un.</p>\n<p>Deux.</p>\n<p>Trois.</p>");
    }

    @Test
    void blockElementsAreNeverWrapped() {
      assertThat(Autop.paragraphs("<h2>Intertitre</h2>\nLe texte qui suit.\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>"))
          .isEqualTo("<h2>Intertitre</h2>\n<p>Le texte qui suit.</p>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>");
    }

    @Test
    void aQuoteGetsItsOwnParagraphs() {
      assertThat(Autop.paragraphs("Il a dit :\n\n<blockquote>Ligne une\nligne deux</blockquote>\n\nFin."))
          .isEqualTo("<p>Il a dit :</p>\n<blockquote><p>Ligne une<br />\nligne deux</p></blockquote>\n<p>Fin.</p>");
    }

    @Test
    void inlineTagsStayInTheirParagraph() {
      assertThat(Autop.paragraphs("Un <strong>mot</strong> et <a href=\"/x\">un lien</a>\nsuite."))
          .isEqualTo("<p>Un <strong>mot</strong> et <a href=\"/x\">un lien</a><br />\nsuite.</p>");
    }

    @Test
    void aBreakBetweenAttributesIsNoLineBreak() {
      assertThat(Autop.paragraphs("Voir <img\nsrc=\"/a.jpg\"\nalt=\"A\"> ici."))
          .isEqualTo("<p>Voir <img src=\"/a.jpg\" alt=\"A\"> ici.</p>");
    }

    @Test
    void preformattedTextIsLeftAsWritten() {
      assertThat(Autop.paragraphs("Code :\n\n<pre>ligne 1\n\nligne 3</pre>\n\nFin."))
          .isEqualTo("<p>Code :</p>\n<pre>ligne 1\n\nligne 3</pre>\n<p>Fin.</p>");
    }

    @Test
    void existingParagraphsAreKept() {
      assertThat(Autop.paragraphs("<p>Déjà un paragraphe.</p>\n<p>Et un autre.</p>"))
          .isEqualTo("<p>Déjà un paragraphe.</p>\n<p>Et un autre.</p>");
    }

    @Test
    void twoBreakTagsInARowAreABlankLine() {
      assertThat(Autop.paragraphs("Un.<br><br>Deux."))
          .isEqualTo("<p>Un.</p>\n<p>Deux.</p>");
    }

    @Test
    void nothingGivesNothing() {
      assertThat(Autop.paragraphs(" \n\n ")).isEmpty();
      assertThat(Autop.paragraphs(null)).isEmpty();
    }
  }

  @Nested
  class ShortcodeRemoval {

    @Test
    void aCaptionBecomesAFigureWithItsCaption() {
      assertThat(Shortcodes.remove("Avant [caption id=\"attachment_7\" align=\"aligncenter\" width=\"640\"]"
          + "<a href=\"https://ex.ma/p.jpg\"><img src=\"https://ex.ma/p.jpg\" alt=\"\" /></a> Le barrage Al Massira[/caption] après"))
          .isEqualTo("Avant <figure><a href=\"https://ex.ma/p.jpg\"><img src=\"https://ex.ma/p.jpg\" alt=\"\" /></a>"
              + "<figcaption>Le barrage Al Massira</figcaption></figure> après");
    }

    @Test
    void anOlderCaptionTakesItsTextFromTheAttribute() {
      assertThat(Shortcodes.remove("[caption id=\"a\" caption=\"La légende\"]<img src=\"/a.jpg\" />[/caption]"))
          .isEqualTo("<figure><img src=\"/a.jpg\" /><figcaption>La légende</figcaption></figure>");
    }

    @Test
    void aCaptionWithoutAnImageKeepsItsContent() {
      assertThat(Shortcodes.remove("[caption]Juste du texte[/caption]")).isEqualTo("Juste du texte");
    }

    @Test
    void mediaAndPluginShortcodesGoAway() {
      assertThat(Shortcodes.remove("A [gallery ids=\"1,2,3\"] B [embed]https://www.youtube.com/watch?v=x[/embed] C"
          + " [contact-form-7 id=\"12\" title=\"Contact\"] D [vc_row][vc_column]Texte[/vc_column][/vc_row] E [gallery]"))
          .isEqualTo("A  B  C  D Texte E ");
    }

    @Test
    void unknownEnclosingShortcodesKeepTheirText() {
      assertThat(Shortcodes.remove("[dropcap]L[/dropcap]a ville [su_highlight color=\"#ff0\"]brille[/su_highlight]."))
          .isEqualTo("La ville brille.");
    }

    @Test
    void editorialBracketsAreText() {
      String text = "Il a « refusé [sic] » la proposition [...] selon la note [1] et [Mise à jour : 18h].";
      assertThat(Shortcodes.remove(text)).isEqualTo(text);
    }

    @Test
    void doubleBracketsAreWordPressesEscape() {
      assertThat(Shortcodes.remove("Écrivez [[gallery]] pour une galerie.")).isEqualTo("Écrivez [gallery] pour une galerie.");
    }

    @Test
    void closingTagsMatchWhateverTheirCase() {
      assertThat(Shortcodes.remove("[Note_Box]Attention[/note_box].")).isEqualTo("Attention.");
    }
  }
}
