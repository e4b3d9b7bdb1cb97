package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void htmlEscapesTextAndMarksMatches() {
    Snippet snippet = new Snippet.Builder().add("Fusion & <rachat> : ", false).add("l'OMS", true).add(" \"ok\"", false)
        .build();

    assertThat(snippet.html()).isEqualTo("Fusion &amp; &lt;rachat&gt; : <mark>l&#39;OMS</mark> &quot;ok&quot;");
    assertThat(snippet.text()).isEqualTo("Fusion & <rachat> : l'OMS \"ok\"");
  }

  @Test
  void neighboursOfTheSameKindAreJoined() {
    Snippet snippet = new Snippet.Builder().add("a ", false).add("b", false).add("c", true).add("d", true).build();

    assertThat(snippet.parts()).containsExactly(new Snippet.Part("a b", false), new Snippet.Part("cd", true));
  }

  @Test
  void paragraphBreaksBecomeSpacesOrAPauseAfterASubheading() {
    Snippet snippet = new Snippet.Builder().add("Fin de phrase.\n\nUn intertitre\n\nLa suite  du\ttexte", false).build();

    assertThat(snippet.text()).isEqualTo("Fin de phrase. Un intertitre · La suite du texte");
  }
}
