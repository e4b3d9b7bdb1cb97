package kiosque.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import kiosque.Wiring;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.Images;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The library's search, filters, pages and the articles that use an image, on H2 and PostgreSQL. */
@BothDatabases
class MediaLibraryTest {

  static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  Wiring wiring;
  MutableClock clock;
  MediaService media;
  Actor karim;
  Actor salma;

  @BeforeEach
  void open() {
    clock = new MutableClock("2025-06-01T10:00:00Z");
    wiring = new Wiring(TestSettings.in(dir, db), clock);
    media = wiring.mediaService();
    karim = actor(Role.JOURNALIST, "karim@example.ma");
    salma = actor(Role.EDITOR, "salma@example.ma");
  }

  private Actor actor(Role role, String email) {
    return new Actor(wiring.accountService().create(Actor.operator("test"), email, null, role,
        "un mot de passe de test".toCharArray()), "127.0.0.1");
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  private Media upload(Actor who, String name, String alt, String credit, String caption) {
    return media.upload(who, name, new ByteArrayInputStream(Images.png(400, 300)), alt, credit, caption);
  }

  private List<Long> ids(MediaQuery query) {
    return media.search(query, CASABLANCA, 0, 50).items().stream().map(Media::id).toList();
  }

  private static MediaQuery text(String words) {
    return new MediaQuery(words, null, null, null);
  }

  @Test
  void findsWordsInTheFileNameCaptionCreditAndAltTextWhateverTheirAccentsAndCase() {
    Media fes = upload(karim, "IMG_2041.JPG", "La médina de Fès au crépuscule", "Kiosque", "");
    Media port = upload(karim, "port-tanger.png", "Des conteneurs", "Agence Maghreb Arabe Presse", "");
    Media storm = upload(karim, "photo.png", "Une rue inondée", "S. B.", "L’orage a duré deux heures à Safi");

    assertThat(ids(text("FES"))).containsExactly(fes.id());
    assertThat(ids(text("médina crepuscule"))).containsExactly(fes.id());
    assertThat(ids(text("img_2041"))).containsExactly(fes.id());
    assertThat(ids(text("maghreb"))).containsExactly(port.id());
    assertThat(ids(text("tanger"))).containsExactly(port.id());
    assertThat(ids(text("l'orage safi"))).containsExactly(storm.id());
    assertThat(ids(text("inondee"))).containsExactly(storm.id());
    assertThat(ids(text("fes tanger"))).as("every word must match").isEmpty();
    assertThat(ids(text("50 %"))).as("a wildcard is no word: only 50 is looked for").isEmpty();
    assertThat(ids(text("2041 %"))).containsExactly(fes.id());
    assertThat(ids(text(""))).containsExactly(storm.id(), port.id(), fes.id());
  }

  @Test
  void pagesHoldTheNewestFirstAndTheTotalCountsEveryMatch() {
    for (int i = 1; i <= 5; i++) {
      upload(karim, "serie-" + i + ".png", "Série numéro " + i, "Kiosque", "");
    }
    upload(karim, "autre.png", "Autre chose", "Kiosque", "");

    MediaResults first = media.search(text("serie"), CASABLANCA, 0, 2);
    MediaResults last = media.search(text("serie"), CASABLANCA, 4, 2);
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.items()).extracting(Media::altText).containsExactly("Série numéro 5", "Série numéro 4");
    assertThat(last.items()).extracting(Media::altText).containsExactly("Série numéro 1");
  }

  @Test
  void filtersByUseAsLeadImageByUploaderAndByMonthInTheSitesTimeZone() {
    clock.set(java.time.Instant.parse("2025-05-31T22:30:00Z")); // 23:30 in Casablanca: still May
    Media may = upload(karim, "mai.png", "Fin mai", "Kiosque", "");
    clock.set(java.time.Instant.parse("2025-06-30T23:30:00Z")); // already 1 July in Casablanca (UTC+1)
    Media july = upload(salma, "juillet.png", "Début juillet", "Kiosque", "");
    long article = wiring.articleService().save(ArticleDrafts.article().title("Un article").build()).articleId();
    wiring.articleService().setLeadImageIfNone(article, july.id());

    assertThat(ids(new MediaQuery("", true, null, null))).containsExactly(july.id());
    assertThat(ids(new MediaQuery("", false, null, null))).containsExactly(may.id());
    assertThat(ids(new MediaQuery("", null, karim.accountId(), null))).containsExactly(may.id());
    assertThat(ids(new MediaQuery("", null, null, YearMonth.of(2025, 7)))).containsExactly(july.id());
    assertThat(ids(new MediaQuery("", null, null, YearMonth.of(2025, 6)))).isEmpty();
    assertThat(ids(new MediaQuery("", null, null, YearMonth.of(2025, 5)))).containsExactly(may.id());
    assertThat(media.uploaders()).extracting(MediaStore.Uploader::id)
        .containsExactlyInAnyOrder(karim.accountId(), salma.accountId());
  }

  @Test
  void anImageIsUsedAsLeadImageOrInsideABodyAndThenCannotBeDeleted() {
    Media lead = upload(karim, "lead.png", "Image principale", "Kiosque", "");
    Media inline = upload(karim, "inline.png", "Dans le texte", "Kiosque", "");
    Media neighbour = upload(karim, "voisine.png", "Pas utilisée", "Kiosque", "");
    long first = wiring.articleService().save(ArticleDrafts.article().title("Premier article").build()).articleId();
    long second = wiring.articleService().save(ArticleDrafts.article().title("Second article").build()).articleId();
    wiring.articleService().setLeadImageIfNone(first, lead.id());
    // As the body editor stores an image: a figure pointing at one of its renditions. Written here
    // directly, whatever the sanitiser of this version keeps.
    wiring.database().jdbi().useHandle(h -> h.createUpdate("update article set body_html = :body where id = :id")
        .bind("body", "<figure><img src=\"/media/" + inline.id() + "/w640.jpg\" alt=\"x\"></figure>"
            + "<p>/media/" + inline.id() + "0/ n’est pas elle.</p>")
        .bind("id", second).execute());

    assertThat(media.uses(lead.id())).extracting(MediaUse::articleId, MediaUse::title, MediaUse::lead)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(first, "Premier article", true));
    assertThat(media.uses(inline.id())).extracting(MediaUse::articleId, MediaUse::lead)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(second, false));
    assertThat(media.uses(neighbour.id())).isEmpty();

    assertThatThrownBy(() -> media.delete(salma, inline.id())).isInstanceOfSatisfying(MediaInUseException.class,
        e -> assertThat(e.uses()).extracting(MediaUse::title).containsExactly("Second article"));
    assertThat(media.byId(inline.id())).isPresent();
    assertThat(media.rendition(inline.id(), "w640.jpg")).isPresent();

    media.delete(karim, neighbour.id());
    assertThat(media.byId(neighbour.id())).isEmpty();
    assertThat(media.rendition(neighbour.id(), "w320.jpg")).isEmpty();
    long files = wiring.database().jdbi().withHandle(h -> h.createQuery(
        "select count(*) from media_file where media_id = :id").bind("id", neighbour.id()).mapTo(Long.class).one());
    assertThat(files).as("no file left without its row").isZero();
  }

  @Test
  void onlyTheUploaderAndThoseWhoEditEveryArticleMayChangeOrDeleteAnImage() {
    Media mine = upload(karim, "a.png", "À moi", "Kiosque", "");
    Media theirs = upload(salma, "b.png", "À elle", "Kiosque", "");

    assertThatThrownBy(() -> media.delete(karim, theirs.id())).isInstanceOf(kiosque.errors.ForbiddenException.class);
    assertThatThrownBy(() -> media.edit(karim, theirs.id(), new MediaEdit("Autre", "Kiosque", "", 0.5, 0.5)))
        .isInstanceOf(kiosque.errors.ForbiddenException.class);
    assertThat(media.byId(theirs.id()).orElseThrow().altText()).isEqualTo("À elle");
    assertThat(media.edit(salma, mine.id(), new MediaEdit("Corrigé", "Kiosque", "", 0.5, 0.5)).altText())
        .isEqualTo("Corrigé");
    assertThat(ids(text("corrige"))).as("the search key follows the edit").containsExactly(mine.id());
  }

  @Test
  void aFocalPointOutOfRangeOrAMissingAltTextIsRefusedAndNothingChanges() {
    Media image = upload(karim, "a.png", "Le texte", "Kiosque", "Légende");
    int version = image.cropVersion();

    assertThatThrownBy(() -> media.edit(karim, image.id(), new MediaEdit("Nouveau", "Kiosque", "", 1.5, 0.5)))
        .isInstanceOf(MediaException.class).hasMessageContaining("entre 0 et 1");
    assertThatThrownBy(() -> media.edit(karim, image.id(), new MediaEdit("Nouveau", "Kiosque", "", Double.NaN, 0.5)))
        .isInstanceOf(MediaException.class);
    assertThatThrownBy(() -> media.edit(karim, image.id(), new MediaEdit("  ", "Kiosque", "", 0.2, 0.5)))
        .isInstanceOf(MediaException.class).hasMessageContaining("texte alternatif");
    Media after = media.byId(image.id()).orElseThrow();
    assertThat(after.altText()).isEqualTo("Le texte");
    assertThat(after.caption()).isEqualTo("Légende");
    assertThat(after.cropVersion()).isEqualTo(version);
    assertThat(after.focalX()).isEqualTo(0.5);
  }

  @Test
  void anImageFromBeforeCropsGetsThemMadeOnTheFirstRequestAndOnlyForItsCurrentVersion() throws Exception {
    Media image = upload(karim, "ancienne.png", "Une image d’avant", "Kiosque", "");
    wiring.database().jdbi().useHandle(h -> h.execute("delete from media_file where media_id = ? and name like 'c%'",
        image.id()));
    String name = Crop.SIXTEEN_NINE.fileName(image.cropVersion());

    MediaFile crop = media.rendition(image.id(), name).orElseThrow();
    java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(new ByteArrayInputStream(crop.bytes()));
    assertThat(read.getWidth()).isEqualTo(400);
    assertThat(read.getHeight()).isEqualTo(225);
    long stored = wiring.database().jdbi().withHandle(h -> h.createQuery(
        "select count(*) from media_file where media_id = :id and name = :name")
        .bind("id", image.id()).bind("name", name).mapTo(Long.class).one());
    assertThat(stored).as("made once, then served like any file").isEqualTo(1);
    assertThat(media.rendition(image.id(), Crop.SIXTEEN_NINE.fileName(image.cropVersion() + 1))).isEmpty();
  }
}
