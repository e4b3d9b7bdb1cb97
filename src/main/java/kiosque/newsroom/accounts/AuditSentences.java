package kiosque.newsroom.accounts;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.content.FrenchDates;
import kiosque.web.Messages;

/**
 * The audit log in the site's language: each stored code ({@code article.submit}) becomes a
 * sentence from the bundles ({@code nr.audit.code.article.submit}: "{0} a soumis « {1} » à
 * relecture"), with {0} the person, {1} the object (an article's title, an account's address) and
 * {2} what else the line recorded (a time in the site's zone, a reason, a revision). The database
 * keeps the codes; a code without a sentence is shown as it is stored.
 */
final class AuditSentences {

  /** Every code the application writes, for the action filter (in the order of the list). */
  static final List<String> CODES = List.of("article.create", "article.save", "article.autosave", "article.submit",
      "article.return-to-draft", "article.schedule", "article.unschedule", "article.publish", "article.unpublish",
      "article.correct", "article.revision.save", "article.submit-revision", "article.return-revision",
      "article.publish-revision", "article.discard-revision", "article.restore", "media.upload", "related.pin",
      "related.exclude", "related.clear", "section.update", "topic.update", "author.update", "topic.merge",
      "frontpage.pick", "frontpage.release", "frontpage.sections", "banner.set", "banner.clear", "login",
      "login.failed", "login.throttled", "logout", "logout.everywhere", "account.create", "account.role",
      "account.disable", "account.enable", "account.password-reset", "account.reset-link", "account.password-set");

  /** How article actions name their article: {@code article 12 « Titre »}, then what else was recorded. */
  private static final Pattern ARTICLE = Pattern.compile("^article (\\d+) « (.*) »(.*)$", Pattern.DOTALL);
  private static final Pattern SCHEDULED = Pattern.compile("^ @ (\\S+)(.*)$", Pattern.DOTALL);
  private static final Pattern REVISION = Pattern.compile("^ from revision (\\d+)(.*)$", Pattern.DOTALL);
  private static final Pattern MEDIA = Pattern.compile("^media (\\d+) « (.*) »$", Pattern.DOTALL);

  private final Messages msg;
  private final FrenchDates dates;

  AuditSentences(Messages msg, FrenchDates dates) {
    this.msg = msg;
    this.dates = dates;
  }

  /** A sentence, and the article it is about when there is one (for a link). */
  record Sentence(String text, Long articleId) {}

  Sentence of(String actor, String code, String target) {
    String object = target == null ? "" : target;
    String extra = "";
    Long articleId = null;
    Matcher article = ARTICLE.matcher(object);
    Matcher media = MEDIA.matcher(object);
    if (article.matches()) {
      articleId = Long.valueOf(article.group(1));
      object = article.group(2);
      extra = extra(article.group(3));
    } else if (media.matches()) {
      object = media.group(2);
    }
    String key = "nr.audit.code." + code;
    if (!CODES.contains(code)) {
      return new Sentence(msg.format("nr.audit.code.unknown", actor, code, target == null ? "" : target), articleId);
    }
    return new Sentence(msg.format(key, actor, object, extra).replaceAll(" {2,}", " ").strip(), articleId);
  }

  /** What article lines record after the title: a scheduled time, a revision, or a reason. */
  private String extra(String rest) {
    Matcher scheduled = SCHEDULED.matcher(rest);
    if (scheduled.matches()) {
      try {
        Instant at = Instant.parse(scheduled.group(1));
        return msg.format("nr.audit.extra.at", dates.day(at), dates.time(at)) + reason(scheduled.group(2));
      } catch (DateTimeParseException e) {
        return reason(rest);
      }
    }
    Matcher revision = REVISION.matcher(rest);
    if (revision.matches()) {
      return msg.format("nr.audit.extra.revision", revision.group(1)) + reason(revision.group(2));
    }
    return reason(rest);
  }

  /** Anything else recorded after the title (an unpublishing reason): quoted as written. */
  private String reason(String rest) {
    String cleaned = rest.replaceFirst("^[\\s:—–-]+", "").strip();
    return cleaned.isEmpty() ? "" : " " + msg.format("nr.audit.extra.reason", cleaned);
  }
}
