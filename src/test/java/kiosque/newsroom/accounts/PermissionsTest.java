package kiosque.newsroom.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Permissions;
import kiosque.newsroom.shell.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per cell of the permission table, against the table as the issue states it, written
 * here a second time on purpose: a change to the code's table must be a change to this one too.
 * Each cell is checked on one's own article and on someone else's, with the journalists' publishing
 * setting off (the default) and on.
 */
class PermissionsTest {

  /** A = all, O = own only, P = own if the site lets journalists publish, - = never. */
  private static final Map<Action, String> EXPECTED = Map.ofEntries(
      //                                  admin editor journalist contributor
      Map.entry(Action.VIEW_NEWSROOM,     "A A A A"),
      Map.entry(Action.WRITE_ARTICLE,     "A A A A"),
      Map.entry(Action.EDIT_ARTICLE,      "A A O O"),
      Map.entry(Action.SUBMIT_FOR_REVIEW, "A A O O"),
      Map.entry(Action.RETURN_TO_DRAFT,   "A A - -"),
      Map.entry(Action.PUBLISH,           "A A P -"),
      Map.entry(Action.UNPUBLISH,         "A A - -"),
      Map.entry(Action.CHOOSE_RELATED,    "A A O -"),
      Map.entry(Action.UPLOAD_MEDIA,      "A A A A"),
      Map.entry(Action.MANAGE_TAXONOMY,   "A A - -"),
      Map.entry(Action.ARRANGE_FRONT_PAGE, "A A - -"),
      Map.entry(Action.MANAGE_ACCOUNTS,   "A - - -"),
      Map.entry(Action.VIEW_AUDIT_LOG,    "A - - -"));

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (Action action : Action.values()) {
      String[] row = EXPECTED.get(action).split(" ");
      for (Role role : Role.values()) {
        cells.add(Arguments.of(action, role, row[role.ordinal()].charAt(0)));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} × {1} = {2}")
  @MethodSource("cells")
  void cell(Action action, Role role, char expected) {
    Permissions strict = new Permissions(false);
    Permissions lenient = new Permissions(true);

    assertThat(strict.allows(role, action, true)).as("own, setting off").isEqualTo(expected == 'A' || expected == 'O');
    assertThat(strict.allows(role, action, false)).as("others', setting off").isEqualTo(expected == 'A');
    assertThat(lenient.allows(role, action, true)).as("own, setting on").isEqualTo(expected != '-');
    assertThat(lenient.allows(role, action, false)).as("others', setting on").isEqualTo(expected == 'A');
  }

  @ParameterizedTest(name = "{0} has a row")
  @MethodSource("actions")
  void everyActionHasARow(Action action) {
    assertThat(EXPECTED).containsKey(action);
    for (Role role : Role.values()) {
      assertThat(Permissions.grant(role, action)).isNotNull();
    }
  }

  static Stream<Action> actions() {
    return Stream.of(Action.values());
  }
}
