package kiosque.newsroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.workflow.EditorialState.Pending;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state × every move, against the workflow as the issue states it. A cell is the state the
 * move leads to, or "-" when the move must be refused.
 */
class WorkflowTest {

  private static final Map<String, EditorialState> STATES = new LinkedHashMap<>();

  static {
    for (ArticleStatus status : ArticleStatus.values()) {
      STATES.put(status.code(), EditorialState.of(status));
    }
    STATES.put("published+revision(draft)", new EditorialState(ArticleStatus.PUBLISHED, Pending.DRAFT));
    STATES.put("published+revision(in_review)", new EditorialState(ArticleStatus.PUBLISHED, Pending.IN_REVIEW));
  }

  private static final String D = "draft", R = "in_review", S = "scheduled", P = "published", U = "unpublished",
      PD = "published+revision(draft)", PR = "published+revision(in_review)", NO = "-";

  /** Columns in the order of {@link #STATES}: draft, in_review, scheduled, published, unpublished, P+draft, P+review. */
  private static final Map<Transition, String[]> EXPECTED = Map.ofEntries(
      Map.entry(Transition.EDIT,             new String[] {D,  R,  S,  NO, U,  NO, NO}),
      Map.entry(Transition.SUBMIT,           new String[] {R,  NO, NO, NO, NO, NO, NO}),
      Map.entry(Transition.RETURN_TO_DRAFT,  new String[] {NO, D,  NO, NO, NO, NO, NO}),
      Map.entry(Transition.SCHEDULE,         new String[] {S,  S,  S,  NO, NO, NO, NO}),
      Map.entry(Transition.UNSCHEDULE,       new String[] {NO, NO, D,  NO, NO, NO, NO}),
      Map.entry(Transition.PUBLISH,          new String[] {P,  P,  P,  NO, P,  NO, NO}),
      Map.entry(Transition.PUBLISH_DUE,      new String[] {NO, NO, P,  NO, NO, NO, NO}),
      Map.entry(Transition.UNPUBLISH,        new String[] {NO, NO, NO, U,  NO, U,  U}),
      Map.entry(Transition.CORRECT,          new String[] {NO, NO, NO, P,  NO, PD, PR}),
      Map.entry(Transition.SAVE_REVISION,    new String[] {NO, NO, NO, PD, NO, PD, PR}),
      Map.entry(Transition.SUBMIT_REVISION,  new String[] {NO, NO, NO, NO, NO, PR, NO}),
      Map.entry(Transition.RETURN_REVISION,  new String[] {NO, NO, NO, NO, NO, NO, PD}),
      Map.entry(Transition.PUBLISH_REVISION, new String[] {NO, NO, NO, NO, NO, P,  P}),
      Map.entry(Transition.DISCARD_REVISION, new String[] {NO, NO, NO, NO, NO, P,  P}));

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    List<String> names = new ArrayList<>(STATES.keySet());
    for (Transition move : Transition.values()) {
      for (int i = 0; i < names.size(); i++) {
        cells.add(Arguments.of(names.get(i), move, EXPECTED.get(move)[i]));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @MethodSource("cells")
  void cell(String from, Transition move, String expected) {
    EditorialState state = STATES.get(from);
    if (expected.equals(NO)) {
      assertThatThrownBy(() -> Workflow.next(state, move)).isInstanceOf(WorkflowException.class)
          .hasMessageContaining(from);
      assertThat(Workflow.possible(state)).doesNotContain(move);
    } else {
      assertThat(Workflow.next(state, move)).isEqualTo(STATES.get(expected));
      assertThat(Workflow.possible(state)).contains(move);
    }
  }

  @Test
  void aLiveArticleStaysPublishedWhileItsRevisionGoesThroughReview() {
    EditorialState state = EditorialState.of(ArticleStatus.PUBLISHED);
    for (Transition move : List.of(Transition.SAVE_REVISION, Transition.SUBMIT_REVISION, Transition.RETURN_REVISION,
        Transition.SAVE_REVISION, Transition.SUBMIT_REVISION, Transition.PUBLISH_REVISION)) {
      state = Workflow.next(state, move);
      assertThat(state.status()).as("after " + move).isEqualTo(ArticleStatus.PUBLISHED);
    }
    assertThat(state.pending()).isEqualTo(Pending.NONE);
  }

  @Test
  void onlyAPublishedArticleCanHaveAPendingRevision() {
    assertThatThrownBy(() -> new EditorialState(ArticleStatus.DRAFT, Pending.DRAFT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyMoveButTheSchedulersNeedsAPermission() {
    for (Transition move : Transition.values()) {
      assertThat(move.action() == null).as(move.name()).isEqualTo(move == Transition.PUBLISH_DUE);
    }
  }
}
