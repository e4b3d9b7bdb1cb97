package kiosque.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Splits the corpus in two halves by dossier, so that no story is on both sides: every article of a
 * dossier falls in the half its dossier's name hashes to (CRC-32, the same on every machine); an
 * article in no dossier is its own dossier. Weights are tuned on {@link Half#TUNING} and the
 * report is read on {@link Half#HELD_OUT}.
 */
final class DossierSplit {

  enum Half {
    TUNING("A (tuning)"), HELD_OUT("B (held out)");

    final String label;

    Half(String label) {
      this.label = label;
    }
  }

  private DossierSplit() {}

  static Half of(String dossier) {
    CRC32 crc = new CRC32();
    crc.update(dossier.getBytes(StandardCharsets.UTF_8));
    return (crc.getValue() & 1) == 0 ? Half.TUNING : Half.HELD_OUT;
  }
}
