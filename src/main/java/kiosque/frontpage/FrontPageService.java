package kiosque.frontpage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kiosque.changes.ChangeKind;
import kiosque.changes.ChangeLog;
import kiosque.errors.BadRequestException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What editors change on the front page, the banner and the menu. Every change is one transaction
 * with its row in the change log ({@link ChangeKind#FRONT_PAGE}: the home page only;
 * {@link ChangeKind#FRAME}: every page's masthead), so each node's page cache and the CDN purge
 * exactly that. The refusals are written for the editor ({@link BadRequestException}: 400).
 */
public final class FrontPageService {

  /** How long a pick or the banner may be set to last. */
  static final Duration LONGEST = Duration.ofDays(30);
  static final int MESSAGE_LENGTH = 200;
  private static final int MAX_POSITION = 999;

  private final Jdbi jdbi;
  private final FrontPageStore store;
  private final ChangeLog changeLog;
  private final Clock clock;
  private volatile Runnable afterChange = () -> {};

  public FrontPageService(Jdbi jdbi, ChangeLog changeLog, Clock clock) {
    this.jdbi = jdbi;
    this.store = new FrontPageStore(jdbi);
    this.changeLog = changeLog;
    this.clock = clock;
  }

  /** Puts a published article in a slot, for {@code lasting} (null: until changed). */
  public void pick(int position, long articleId, Duration lasting) {
    requireSlot(position);
    if (!store.publishedTeasers(List.of(articleId)).containsKey(articleId)) {
      throw new BadRequestException("L’article n° " + articleId
          + " n’existe pas ou n’est pas publié : seul un article publié peut aller à la une.");
    }
    Instant now = clock.instant();
    Slot slot = new Slot(position, articleId, expiry(now, lasting));
    change(ChangeKind.FRONT_PAGE, h -> store.putSlot(h, slot, now));
  }

  /** Gives a slot back to the latest articles. */
  public void release(int position) {
    requireSlot(position);
    change(ChangeKind.FRONT_PAGE, h -> store.clearSlot(h, position));
  }

  /**
   * One section's place in the menu and on the home page, as the editor sent it.
   *
   * @param homePosition its place among the home's blocks, null to leave it out
   */
  public record SectionChoice(long id, boolean inMenu, int menuPosition, Integer homePosition) {}

  /**
   * Sets the menu and the home page's section blocks at once (the screen sends every section). A
   * changed menu is in every page: {@link ChangeKind#FRAME}; blocks alone change the home only.
   */
  public void arrangeSections(List<SectionChoice> choices) {
    Map<Long, MenuSection> before = store.sections().stream()
        .collect(Collectors.toMap(MenuSection::id, s -> s));
    for (SectionChoice choice : choices) {
      if (!before.containsKey(choice.id())) {
        throw new BadRequestException("La rubrique n° " + choice.id() + " n’existe pas.");
      }
      requirePosition(choice.menuPosition());
      if (choice.homePosition() != null) {
        requirePosition(choice.homePosition());
      }
    }
    if (choices.stream().map(SectionChoice::id).collect(Collectors.toSet()).size() != choices.size()) {
      throw new BadRequestException("Une rubrique figure deux fois dans le formulaire.");
    }
    boolean menuChanged = choices.stream().anyMatch(c -> before.get(c.id()).inMenu() != c.inMenu()
        || before.get(c.id()).menuPosition() != c.menuPosition());
    Map<Long, Integer> home = new LinkedHashMap<>();
    choices.stream().filter(c -> c.homePosition() != null).forEach(c -> home.put(c.id(), c.homePosition()));
    change(menuChanged ? ChangeKind.FRAME : ChangeKind.FRONT_PAGE, h -> {
      for (SectionChoice choice : choices) {
        store.putSection(h, choice.id(), choice.inMenu(), choice.menuPosition());
      }
      store.replaceHomeSections(h, home);
    });
  }

  /**
   * Sets the breaking-news banner. It is in every page's masthead, so every cached page goes
   * ({@link ChangeKind#FRAME}): acceptable for a rare event (a few a day at most), and the pages
   * come back on their next view.
   *
   * @param link an address on this site ({@code /...}) or an http(s) address, or blank
   */
  public void setBanner(String message, String link, Duration lasting) {
    String text = message == null ? "" : message.strip();
    if (text.isEmpty() || text.length() > MESSAGE_LENGTH) {
      throw new BadRequestException("Le texte de l’alerte est obligatoire (" + MESSAGE_LENGTH
          + " caractères au plus).");
    }
    String href = link == null || link.isBlank() ? null : link.strip();
    if (href != null && !(href.matches("(?i)https?://[^\\s/]+\\S*") || href.matches("/(?![/\\\\])\\S*"))
        || href != null && href.length() > 2000) {
      throw new BadRequestException("Le lien de l’alerte doit être une adresse du site (/…) ou commencer par https://.");
    }
    Instant now = clock.instant();
    Banner banner = new Banner(text, href, expiry(now, lasting));
    change(ChangeKind.FRAME, h -> store.putBanner(h, banner, now));
  }

  public void clearBanner() {
    change(ChangeKind.FRAME, store::clearBanner);
  }

  /**
   * Lets picks and the banner whose time is over go, and announces it in the change log so pages
   * cached with them are purged. The delete decides: of several nodes, only the one whose delete
   * removed the rows announces. Returns whether anything expired.
   */
  public boolean expireDue() {
    Instant now = clock.instant();
    Set<ChangeKind> announced = jdbi.inTransaction(h -> {
      Set<ChangeKind> kinds = new java.util.HashSet<>();
      if (store.deleteExpiredSlots(h, now) > 0) {
        kinds.add(ChangeKind.FRONT_PAGE);
      }
      if (store.deleteExpiredBanner(h, now) > 0) {
        kinds.add(ChangeKind.FRAME);
      }
      kinds.forEach(kind -> changeLog.append(h, ChangeLog.NO_ARTICLE, kind));
      return kinds;
    });
    if (!announced.isEmpty()) {
      changeLog.signal();
    }
    return !announced.isEmpty();
  }

  /** When the next pick or banner expires. */
  public Optional<Instant> nextExpiry() {
    return store.nextExpiry();
  }

  private void change(ChangeKind kind, java.util.function.Consumer<Handle> write) {
    jdbi.useTransaction(h -> {
      write.accept(h);
      changeLog.append(h, ChangeLog.NO_ARTICLE, kind);
    });
    changeLog.signal();
    afterChange.run();
  }

  /** Called after each editor's change on this node (the expiry thread looks at the new times). */
  public void onChange(Runnable listener) {
    this.afterChange = listener;
  }

  private static Instant expiry(Instant now, Duration lasting) {
    if (lasting == null) {
      return null;
    }
    if (lasting.isNegative() || lasting.isZero() || lasting.compareTo(LONGEST) > 0) {
      throw new BadRequestException("La durée doit être comprise entre une heure et " + LONGEST.toDays() + " jours.");
    }
    return now.plus(lasting);
  }

  private static void requireSlot(int position) {
    if (position < 0 || position >= FrontPageChoices.SLOTS) {
      throw new BadRequestException("Emplacement inconnu : choisissez la principale ou l’un des "
          + FrontPageChoices.FEATURED + " emplacements à la une.");
    }
  }

  private static void requirePosition(int position) {
    if (position < 0 || position > MAX_POSITION) {
      throw new BadRequestException("Les rangs vont de 0 à " + MAX_POSITION + ".");
    }
  }
}
