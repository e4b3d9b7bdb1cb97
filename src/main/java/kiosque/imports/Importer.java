package kiosque.imports;

import java.io.IOException;
import java.io.InputStream;

/** An importer of one format: reads a stream (which the caller closes), saves articles, reports. */
public interface Importer {

  /**
   * @throws ImportReadException when the input cannot be read to its end; what came before is
   *     imported and its partial report says how
   * @throws ImportStoppedException when the database fails: no item after could be saved; what
   *     came before is saved or reported, and running the import again resumes
   */
  ImportReport importStream(InputStream in, ImportProgress progress) throws IOException;
}
