package kiosque.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  @Test
  void markupCharactersAreEscapedAndTheJsonIsUnchanged() throws Exception {
    String nasty = "</script><!-- & « ça » \u2028 🎉";
    String json = JsonLd.write(JsonLd.object("NewsArticle").put("headline", nasty));

    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028")
        .contains("\\u003C/script\\u003E").contains("« ça »").contains("🎉");
    assertThat(new ObjectMapper().readTree(json).path("headline").asText()).isEqualTo(nasty);
  }
}
