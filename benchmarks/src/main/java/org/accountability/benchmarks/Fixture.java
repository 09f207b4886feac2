package org.accountability.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.json.AccountabilityJson;

/**
 * The data every benchmark starts from, made once per trial: the generated plain document, the
 * library's framework of it, and the library's JSON of it as a document and as JSON Lines.
 */
public final class Fixture {
  /**
   * The library's JSON facade, with document and token limits large enough for a million entities
   * (the defaults, 64 MiB and 500,000 tokens, hold about a hundred thousand entities and a few
   * thousand).
   */
  public static final AccountabilityJson JSON =
      AccountabilityJson.builder()
          .maxDocumentLength(Long.MAX_VALUE)
          .maxTokenCount(Long.MAX_VALUE)
          .build();

  /** The plain records. */
  public final Plain.Document document;

  /** The library's framework of the same data. */
  public final AccountabilityFramework framework;

  private Fixture(Plain.Document document, AccountabilityFramework framework) {
    this.document = document;
    this.framework = framework;
  }

  /**
   * The fixture of {@code entities} entities.
   *
   * @param entities a positive multiple of {@value Generator#BLOCK}
   * @return the fixture
   */
  public static Fixture of(int entities) {
    Plain.Document document = Generator.document(entities);
    return new Fixture(document, Convert.framework(document));
  }

  /**
   * The library's JSON document of the framework, in UTF-8.
   *
   * @return the bytes
   */
  public byte[] documentBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(framework, out);
    return out.toByteArray();
  }

  /**
   * The library's JSON Lines export of the framework, in UTF-8.
   *
   * @return the bytes
   */
  public byte[] jsonLinesBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    JSON.writeJsonLines(framework, w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An output stream that keeps nothing but the number of bytes written to it. */
  public static final class Counting extends OutputStream {
    private long count;

    /**
     * The bytes written since the last reset.
     *
     * @return the count
     */
    public long count() {
      return count;
    }

    /** Starts counting again from zero. */
    public void reset() {
      count = 0;
    }

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
