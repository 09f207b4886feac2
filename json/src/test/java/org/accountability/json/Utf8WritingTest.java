package org.accountability.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.testing.FictionalFrameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing to a stream or a file encodes UTF-8 as it writes: the bytes are those of the text the
 * writers of characters write, encoded as UTF-8, whatever the characters.
 */
class Utf8WritingTest {
  private static final AccountabilityJson JSON = AccountabilityJson.create();

  @TempDir Path dir;

  @Test
  void aStreamAndAFileGetTheBytesOfTheText() throws Exception {
    for (AccountabilityFramework framework : frameworks()) {
      byte[] document = JSON.write(framework).getBytes(UTF_8);
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      JSON.write(framework, stream);
      assertArrayEquals(document, stream.toByteArray(), framework.title());
      Path file = dir.resolve("framework.json");
      JSON.write(framework, file);
      assertArrayEquals(document, Files.readAllBytes(file), framework.title());

      StringWriter text = new StringWriter();
      JSON.writeJsonLines(framework, text);
      byte[] lines = text.toString().getBytes(UTF_8);
      ByteArrayOutputStream lineStream = new ByteArrayOutputStream();
      JSON.writeJsonLines(framework, lineStream);
      assertArrayEquals(lines, lineStream.toByteArray(), framework.title());
      Path lineFile = dir.resolve("framework.jsonl");
      JSON.writeJsonLines(framework, lineFile);
      assertArrayEquals(lines, Files.readAllBytes(lineFile), framework.title());
    }
  }

  /**
   * A character outside the Basic Multilingual Plane is its four bytes; a surrogate without its
   * pair, which UTF-8 cannot encode, is written escaped, and read back as it was.
   */
  @Test
  void surrogatesAreEncodedOrEscapedAndNothingIsLost() {
    AccountabilityFramework framework =
        FictionalFrameworks.exampleCityTicketQuotas().toBuilder()
            .title("Clef \uD834\uDD1E, half \uD834 end")
            .build();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    JSON.write(framework, stream);
    String written = stream.toString(UTF_8);
    assertEquals(true, written.contains("Clef \uD834\uDD1E, half \\uD834 end"), written);
    assertEquals(framework, JSON.read(new ByteArrayInputStream(stream.toByteArray())));
  }

  private static List<AccountabilityFramework> frameworks() {
    List<AccountabilityFramework> all = new ArrayList<>();
    all.add(CaseStudies.iceDeportationQuotas());
    all.add(CaseStudies.nypdQuotas());
    for (long seed = 0; seed < 50; seed++) {
      all.add(FrameworkGenerator.generate(seed));
    }
    return all;
  }
}
