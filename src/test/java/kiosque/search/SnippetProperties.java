package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hand-written white-space collapsing of snippets does what the two regular expressions it replaced did. */
class SnippetProperties {

  private static final Pattern PARAGRAPH_WITHOUT_STOP = Pattern.compile("(?<=[^.!?…:»\\s])\\s*\\n\\s*");

  @Property
  void collapsesAsTheRegularExpressionsDid(@ForAll @StringLength(max = 80)
      @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2028', '.', '!', '?', '…', ':', '»', '«', 'é', 'a', 'Z'})
      @CharRange(from = '\uD83D', to = '\uD83D') @CharRange(from = '\uDE00', to = '\uDE01') String text) {
    StringBuilder collapsed = new StringBuilder();
    Snippet.Builder.collapse(text, collapsed);

    assertThat(collapsed.toString())
        .isEqualTo(PARAGRAPH_WITHOUT_STOP.matcher(text).replaceAll(" · ").replaceAll("\\s+", " "));
  }
}
