package kiosque.newsroom.editor;

import java.util.List;
import kiosque.content.BodySanitizer;
import kiosque.content.FrenchDates;
import kiosque.content.InvalidContentException;
import kiosque.content.body.EmbedProvider;
import kiosque.web.Messages;

/**
 * What the editor tells a person whose save was refused, in the newsroom's language (the services
 * speak English to logs and tests), and the two versions a conflicting save shows side by side.
 */
final class EditorRefusals {

  private final Messages messages;
  private final FrenchDates dates;
  private final BodySanitizer sanitizer;

  EditorRefusals(Messages messages, FrenchDates dates, BodySanitizer sanitizer) {
    this.messages = messages;
    this.dates = dates;
    this.sanitizer = sanitizer;
  }

  /** Refuses a body over the stored limit before anything else, with a message a person can act on. */
  static void checkLength(ArticleForm form) {
    if (form.body().length() > ArticleForm.MAX_BODY) {
      throw new InvalidContentException("body is longer than " + ArticleForm.MAX_BODY + " characters");
    }
    // rich text: a forged embed (unknown provider, an id that is an address or carries quotes) is
    // refused with the text kept, rather than silently dropped by the sanitiser.
    if (EmbedProvider.forgedIn(form.body()).isPresent()) {
      throw new InvalidContentException("body holds an embed of no known provider");
    }
  }

  String message(RuntimeException refusal) {
    String reason = String.valueOf(refusal.getMessage());
    String extra = extraField(reason);
    if (extra != null) {
      return extra;
    }
    String key = reason.startsWith("title is missing") ? "nr.editor.invalid.title"
        : reason.startsWith("title is longer") ? "nr.editor.invalid.titleTooLong"
        : reason.startsWith("body is longer") ? "nr.editor.invalid.bodyTooLong"
        : reason.startsWith("body is empty") ? "nr.editor.invalid.bodyEmpty"
        : reason.startsWith("body holds an embed") ? "nr.editor.invalid.embed"
        : reason.startsWith("source_url") ? "nr.editor.invalid.sourceUrl"
        : reason.startsWith("the lead image") ? "nr.editor.invalid.lead"
        : reason.startsWith("the body image") ? "nr.editor.invalid.bodyImage"
        : reason.startsWith("the publication time") ? "nr.editor.invalid.past"
        : reason.startsWith("cannot ") ? "nr.editor.invalid.move"
        : null;
    return key == null ? messages.format("nr.editor.invalid", reason) : messages.get(key);
  }

  /**
   * A refusal of one of the fields of issue 13 (kicker, SEO, social, correction), naming the field
   * as the form labels it; null for any other refusal.
   */
  private String extraField(String reason) {
    int space = reason.indexOf(' ');
    String field = space < 0 ? reason : reason.substring(0, space);
    if (!EXTRA_FIELDS.contains(field)) {
      return null;
    }
    String label = messages.get("nr.fields." + field);
    java.util.regex.Matcher longer = java.util.regex.Pattern.compile("longer than (\\d+)").matcher(reason);
    if (longer.find()) {
      return messages.format("nr.fields.tooLong", label, Integer.parseInt(longer.group(1)));
    }
    if (field.equals("social_image")) {
      return messages.get("nr.fields.socialImageMissing");
    }
    return messages.format("nr.fields.invalid", label);
  }

  private static final List<String> EXTRA_FIELDS = List.of("kicker", "seo_title", "seo_description", "social_title",
      "social_image", "correction");

  /** The saved version (and who saved it last) beside the person's, with their differences. */
  EditorPage.Conflict conflict(ArticleForm saved, List<Revision> history, ArticleForm yours) {
    String savedBy = history.stream().findFirst()
        .map(r -> messages.format("nr.editor.conflictSavedBy", r.authorName(), dates.time(r.createdAt())))
        .orElse(messages.get("nr.editor.conflictSaved"));
    ArticleForm cleaned = yours.withBody(sanitizer.sanitize(yours.body()).html());
    return new EditorPage.Conflict(savedBy, RevisionDiff.lines(saved), RevisionDiff.lines(cleaned),
        RevisionDiff.between(saved, cleaned));
  }
}
