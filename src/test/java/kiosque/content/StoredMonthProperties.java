package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The listing summaries' months read back as {@code YearMonth.parse} reads them. */
class StoredMonthProperties {

  // Years the JDK's own parser reads back from toString (it refuses "10000-01").
  @Property(tries = 2000)
  void aStoredMonthReadsBackAsTheParserReadsIt(@ForAll @IntRange(min = -9_999, max = 9_999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month) {
    String stored = YearMonth.of(year, month).toString();
    assertThat(ListingSummaries.yearMonth(stored)).isEqualTo(YearMonth.parse(stored));
  }

  @Example
  void whatIsNotAMonthIsRefusedAsTheParserRefusesIt() {
    for (String wrong : new String[] {"2021-13", "2021-00", "20a1-01", "2021/01", "+999-01", "2021-1"}) {
      assertThatThrownBy(() -> ListingSummaries.yearMonth(wrong)).as(wrong).isInstanceOf(DateTimeParseException.class);
    }
  }
}
