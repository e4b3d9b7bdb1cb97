package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The footer is the same on every page: built once, and again only when the years with articles change. */
class FooterTest {

  private final List<YearMonth> months = new java.util.concurrent.CopyOnWriteArrayList<>(
      List.of(YearMonth.of(2024, 5), YearMonth.of(2025, 1)));
  private final AtomicLong changes = new AtomicLong();
  private final LayoutFactory layouts = new LayoutFactory("Kiosque",
      new Urls(URI.create("https://www.kiosque.example"), ZoneId.of("Africa/Casablanca")), new Messages(Locale.FRENCH),
      null, null, new ArchiveMonths(() -> List.copyOf(months), changes::get, Duration.ofDays(1)),
      List.of(new Link("Mastodon", "https://mastodon.example/@kiosque")));

  @Test
  void theSameYearsGiveTheSameFooterAndNewYearsANewOne() {
    Footer first = layouts.footer();

    assertThat(first.years()).extracting(Link::label).containsExactly("2025", "2024");
    assertThat(first.about()).hasSize(3);
    assertThat(first.social()).extracting(Link::label).containsExactly("Mastodon");
    changes.incrementAndGet();
    months.add(YearMonth.of(2025, 2));
    assertThat(layouts.footer()).as("a month in a year already shown").isSameAs(first);

    changes.incrementAndGet();
    months.add(YearMonth.of(2026, 3));
    Footer later = layouts.footer();

    assertThat(later.years()).extracting(Link::label).containsExactly("2026", "2025", "2024");
    assertThat(later.about()).isEqualTo(first.about());
  }
}
