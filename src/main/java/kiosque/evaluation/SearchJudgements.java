package kiosque.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged queries of {@code kiosque eval-search}: one query a line, {@code kind <TAB> query <TAB>
 * id:grade ...}, where an id is the corpus id without its {@code winer-fr-} prefix and a grade is 2
 * (highly relevant) or 1 (relevant); lines starting with {@code #} are comments. The file says how it
 * was judged.
 */
final class SearchJudgements {

  /** Corpus ids in the Wikinews file all start with this; the judgements leave it out to stay readable. */
  static final String ID_PREFIX = "winer-fr-";

  /** A query, its kind (word, name, elided, typo, phrase, question) and the grade of each relevant article. */
  record Judged(String kind, String query, Map<String, Integer> grades) {}

  private SearchJudgements() {}

  static List<Judged> read(Path file) throws IOException {
    List<Judged> judged = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length != 3) {
        throw new IOException(file + ":" + number + ": expected kind, query and judgements separated by tabs");
      }
      Map<String, Integer> grades = new LinkedHashMap<>();
      for (String judgement : columns[2].trim().split("\\s+")) {
        int colon = judgement.lastIndexOf(':');
        int grade = colon < 0 ? -1 : parseGrade(judgement.substring(colon + 1));
        if (grade < 1 || grade > 2) {
          throw new IOException(file + ":" + number + ": '" + judgement + "' is not id:grade with a grade of 1 or 2");
        }
        grades.put(ID_PREFIX + judgement.substring(0, colon), grade);
      }
      judged.add(new Judged(columns[0].trim(), columns[1].trim(), Map.copyOf(grades)));
    }
    return List.copyOf(judged);
  }

  private static int parseGrade(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
