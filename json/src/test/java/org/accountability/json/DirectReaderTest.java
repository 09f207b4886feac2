package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Entity;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The direct reader against the located reader: every valid framework is read directly, to the
 * value the located reader reads; and for every input it reads, the located reader reads the same
 * value with no warning. So an input is read directly only when the located reader would find
 * nothing to report, and reading it directly changes nothing but the time it takes.
 */
class DirectReaderTest {
  private static final AccountabilityJson JSON = AccountabilityJson.builder().build();
  private static final tools.jackson.core.json.JsonFactory FACTORY =
      AccountabilityJson.factory(
          AccountabilityJson.DEFAULT_MAX_NESTING_DEPTH,
          AccountabilityJson.DEFAULT_MAX_STRING_LENGTH,
          AccountabilityJson.DEFAULT_MAX_DOCUMENT_LENGTH,
          AccountabilityJson.DEFAULT_MAX_TOKEN_COUNT,
          AccountabilityJson.DEFAULT_MAX_NAME_LENGTH,
          AccountabilityJson.DEFAULT_MAX_NUMBER_LENGTH);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  // ------------------------------------------------------------ valid input is read directly

  @Test
  void everyValidFrameworkIsReadDirectly() {
    List<AccountabilityFramework> frameworks = new ArrayList<>();
    frameworks.add(CaseStudies.iceDeportationQuotas());
    frameworks.add(CaseStudies.nypdQuotas());
    for (long seed = 0; seed < 200; seed++) {
      frameworks.add(FrameworkGenerator.generate(seed));
    }
    for (AccountabilityFramework framework : frameworks) {
      String text = JSON.write(framework);
      assertEquals(Optional.of(framework), direct(text), framework.title());
      assertEquals(framework, JSON.readLocated(new StringReader(text)).value());
    }
  }

  @Test
  void everyLineOfAValidStreamIsReadDirectly() {
    for (long seed = 0; seed < 200; seed++) {
      List<String> lines = lines(FrameworkGenerator.generate(seed));
      Declarations declarations = null;
      for (int i = 0; i < lines.size(); i++) {
        DirectReader.Line line =
            directLine(lines.get(i), declarations, i == 0)
                .orElseThrow(() -> new AssertionError("declined a valid line"));
        ModelReader located = located(lines.get(i), declarations);
        assertEquals(located.jsonLine(i == 0), line.entity(), "seed " + seed + ": " + lines.get(i));
        assertEquals(located.declarations(), line.declarations());
        declarations = line.declarations();
      }
    }
  }

  @Test
  void aDocumentIsReadTheSameFromEachKindOfInput() throws Exception {
    AccountabilityFramework framework = FrameworkGenerator.generate(7);
    String text = JSON.write(framework);
    byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    assertEquals(framework, JSON.read(text));
    assertEquals(framework, JSON.read(new StringReader(text)));
    assertEquals(framework, JSON.read(new ByteArrayInputStream(bytes)));
    java.nio.file.Path file = dir.resolve("framework.json");
    java.nio.file.Files.write(file, bytes);
    assertEquals(framework, JSON.read(file));
  }

  /**
   * When the direct reader declines late, the located reader reads the whole input again from the
   * copy of a stream kept as it was read: here a framework whose entities are valid but whose
   * references are not, found only when the framework is built.
   */
  @Test
  void aStreamDeclinedAtItsEndIsReadAgainWhole() {
    ObjectNode document =
        (ObjectNode) MAPPER.readTree(JSON.write(CaseStudies.iceDeportationQuotas()));
    ArrayNode citations = (ArrayNode) document.get("directives").get(0).get("citations");
    citations.insert(0, "no-such-citation");
    // Text beyond Latin-1, which a reader's copy keeps two bytes a character.
    document.put("title", document.get("title").asString() + " \u4e2d\u6587 \ud834\udd1e");
    String text = MAPPER.writeValueAsString(document);
    ValidationException fromText = readFailure(() -> JSON.read(text));
    ValidationException fromStream =
        readFailure(
            () -> JSON.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    ValidationException fromReader = readFailure(() -> JSON.read(new StringReader(text)));
    java.nio.file.Path file = dir.resolve("dangling.json");
    try {
      java.nio.file.Files.writeString(file, text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ValidationException fromFile = readFailure(() -> JSON.read(file));
    assertEquals(fromText.problems(), fromStream.problems());
    assertEquals(fromText.problems(), fromReader.problems());
    assertEquals(fromText.problems(), fromFile.problems());
    assertTrue(
        fromText.problems().stream()
            .anyMatch(p -> p.reference().equals(Optional.of("no-such-citation"))),
        fromText::getMessage);
  }

  /**
   * Bytes that are not UTF-8 as the strict reader requires, inside a string of a document that is
   * otherwise valid, are refused where they are, though the parser of bytes would read some of
   * them; and so is text in UTF-16, which that parser would detect and read.
   */
  @Test
  void aStreamIsReadDirectlyOnlyWhenItIsStrictUtf8() throws Exception {
    String text = JSON.write(FrameworkGenerator.generate(5));
    int title = text.indexOf("\"title\"");
    int at = text.indexOf('"', text.indexOf(':', title)) + 1;
    byte[][] invalid = {
      {(byte) 0xC0, (byte) 0x80}, // an overlong NUL
      {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // an overlong NUL again
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      {(byte) 0xE2, (byte) 0x82}, // a character cut short
      {(byte) 0xFF},
    };
    byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] after = text.substring(at).getBytes(StandardCharsets.UTF_8);
    for (byte[] bad : invalid) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      out.write(before);
      out.write(bad);
      out.write(after);
      ValidationException e =
          readFailure(() -> JSON.read(new ByteArrayInputStream(out.toByteArray())));
      assertEquals(
          org.accountability.model.Problem.Code.MALFORMED,
          e.problems().get(0).code(),
          e::getMessage);
      assertTrue(e.problems().get(0).line().isPresent(), e::getMessage);
    }
    ValidationException utf16 =
        readFailure(
            () -> JSON.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16LE))));
    assertEquals(org.accountability.model.Problem.Code.MALFORMED, utf16.problems().get(0).code());
  }

  /** One byte order mark is skipped, however the document is read; a second is an error. */
  @Test
  void aSecondByteOrderMarkIsAnErrorFromEachKindOfInput() {
    String text = "\uFEFF\uFEFF" + JSON.write(FrameworkGenerator.generate(2));
    List<org.accountability.model.Problem> once =
        readFailure(() -> JSON.readLocated(new StringReader(text))).problems();
    assertEquals(once, readFailure(() -> JSON.read(text)).problems());
    assertEquals(once, readFailure(() -> JSON.read(new StringReader(text))).problems());
    assertEquals(
        once,
        readFailure(
                () -> JSON.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
            .problems());
  }

  @Test
  void aRecordingTellsStrictUtf8FromWhatIsNot() throws Exception {
    assertTrue(utf8("plain ASCII, \u00e9, \u4e2d, \ud834\udd1e".getBytes(StandardCharsets.UTF_8)));
    assertTrue(utf8(new byte[0]));
    assertTrue(!utf8(new byte[] {'a', 0, 'b'}));
    assertTrue(!utf8(new byte[] {(byte) 0xC1, (byte) 0xBF}));
    assertTrue(!utf8(new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}));
    assertTrue(utf8(new byte[] {(byte) 0xEE, (byte) 0x80, (byte) 0x80}));
    assertTrue(!utf8(new byte[] {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}));
    assertTrue(utf8(new byte[] {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}));
    assertTrue(!utf8(new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}));
    assertTrue(!utf8(new byte[] {(byte) 0x80}));
    assertTrue(!utf8(new byte[] {(byte) 0xF0, (byte) 0x9D, (byte) 0x84}));
  }

  /** Whether a recording read one byte at a time, then all at once, finds the bytes UTF-8. */
  private static boolean utf8(byte[] bytes) throws Exception {
    Recording.Bytes one = new Recording.Bytes(new ByteArrayInputStream(bytes));
    while (one.read() >= 0) {
      // every byte alone, to cross every boundary
    }
    Recording.Bytes all = new Recording.Bytes(new ByteArrayInputStream(bytes));
    all.read(new byte[bytes.length + 1], 0, bytes.length + 1);
    assertEquals(one.wasUtf8(), all.wasUtf8(), java.util.Arrays.toString(bytes));
    return all.wasUtf8();
  }

  // ------------------------------------------------------------ what is read directly, is valid

  /**
   * Each property of each object of a document, in turn, removed, repeated, given a value of each
   * JSON type, or followed by an unknown property; and the header moved after the entities. For
   * each such document, the direct reader either declines or reads what the located reader reads.
   */
  @Test
  void aDocumentReadDirectlyIsOneTheLocatedReaderReadsAlike() {
    int[] counts = new int[2];
    for (long seed = 0; seed < 3; seed++) {
      ObjectNode document = (ObjectNode) MAPPER.readTree(JSON.write(small(seed)));
      forEachMutation(document, text -> compareDocument(text, counts));
      ObjectNode moved = document.deepCopy();
      JsonNode roles = moved.remove("roles");
      moved.set("roles", roles);
      compareDocument(MAPPER.writeValueAsString(moved), counts);
    }
    assertTrue(counts[0] > 1000, "mutations compared: " + counts[0]);
    assertTrue(counts[1] > 0, "mutations read directly: " + counts[1]);
  }

  /** The same for each line of a JSON Lines stream, header included. */
  @Test
  void aLineReadDirectlyIsOneTheLocatedReaderReadsAlike() {
    int[] counts = new int[2];
    for (long seed = 0; seed < 3; seed++) {
      List<String> lines = lines(small(seed));
      Declarations declarations = directLine(lines.get(0), null, true).orElseThrow().declarations();
      for (int i = 0; i < lines.size(); i++) {
        boolean first = i == 0;
        Declarations d = first ? null : declarations;
        forEachMutation(
            (ObjectNode) MAPPER.readTree(lines.get(i)),
            text -> compareLine(text, d, first, counts));
        // Read without the header, each line's terms are those known by their ids alone.
        forEachMutation(
            (ObjectNode) MAPPER.readTree(lines.get(i)),
            text -> compareLine(text, null, false, counts));
      }
    }
    assertTrue(counts[0] > 1000, "mutations compared: " + counts[0]);
    assertTrue(counts[1] > 0, "mutations read directly: " + counts[1]);
  }

  private static void compareDocument(String text, int[] counts) {
    counts[0]++;
    if (assertReadDirectlyAsLocated(text)) {
      counts[1]++;
    }
  }

  /**
   * Checks that a document the direct reader reads, the located reader reads to the same value with
   * no warning.
   *
   * @return whether the direct reader read it
   */
  static boolean assertReadDirectlyAsLocated(String text) {
    Optional<AccountabilityFramework> direct = direct(text);
    ReadResult<AccountabilityFramework> located;
    try {
      located = JSON.readLocated(new StringReader(text));
    } catch (ValidationException e) {
      if (direct.isPresent()) {
        fail("read directly, but the located reader reports " + e.getMessage() + "\n" + text);
      }
      return false;
    }
    if (direct.isPresent()) {
      assertEquals(List.of(), located.warnings(), text);
      assertEquals(located.value(), direct.get(), text);
    }
    return direct.isPresent();
  }

  private static void compareLine(
      String text, @Nullable Declarations declarations, boolean first, int[] counts) {
    counts[0]++;
    if (assertLineReadDirectlyAsLocated(text, declarations, first)) {
      counts[1]++;
    }
  }

  /**
   * Checks that a JSON Lines line the direct reader reads, the located reader reads to the same
   * entity or declarations, with no warning.
   *
   * @return whether the direct reader read it
   */
  static boolean assertLineReadDirectlyAsLocated(
      String text, @Nullable Declarations declarations, boolean first) {
    Optional<DirectReader.Line> direct = directLine(text, declarations, first);
    ModelReader located;
    Entity entity;
    try {
      located = located(text, declarations);
      entity = located.jsonLine(first);
    } catch (ValidationException e) {
      if (direct.isPresent()) {
        fail("read directly, but the located reader reports " + e.getMessage() + "\n" + text);
      }
      return false;
    }
    if (direct.isPresent()) {
      assertEquals(List.of(), located.warnings(), text);
      assertEquals(entity, direct.get().entity(), text);
      assertEquals(located.declarations(), direct.get().declarations(), text);
    }
    return direct.isPresent();
  }

  /** Each mutation of each property of each object in the tree, as text, given in turn. */
  private static void forEachMutation(ObjectNode root, Consumer<String> each) {
    List<JsonNode> values =
        List.of(
            NODES.nullNode(),
            NODES.numberNode(42),
            NODES.numberNode(0.1),
            NODES.stringNode("X"),
            NODES.stringNode(""),
            NODES.booleanNode(true),
            NODES.arrayNode(),
            NODES.objectNode(),
            NODES.arrayNode().add("X"));
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    for (ObjectNode object : objects) {
      List<String> names = new ArrayList<>(object.propertyNames());
      for (String name : names) {
        JsonNode original = object.get(name);
        object.remove(name);
        each.accept(MAPPER.writeValueAsString(root));
        for (JsonNode value : values) {
          object.set(name, value);
          each.accept(MAPPER.writeValueAsString(root));
        }
        object.set(name, original);
        restoreOrder(object, names);
        String property = MAPPER.writeValueAsString(Map.of(name, original));
        String inner = property.substring(1, property.length() - 1);
        // The property repeated: once more, as the object's first property.
        each.accept(repeatFirst(object, inner, root));
      }
      object.put("unknownProperty", "X");
      each.accept(MAPPER.writeValueAsString(root));
      object.remove("unknownProperty");
    }
  }

  /** The document with {@code property} written again as the first property of {@code object}. */
  private static String repeatFirst(ObjectNode object, String property, ObjectNode root) {
    String marker = "\"__repeat__\"";
    object.put("__repeat__", 0);
    List<String> names = new ArrayList<>(object.propertyNames());
    names.remove("__repeat__");
    names.add(0, "__repeat__");
    restoreOrder(object, names);
    String marked = MAPPER.writeValueAsString(root);
    object.remove("__repeat__");
    return marked.replace(marker + ":0", property);
  }

  private static void restoreOrder(ObjectNode object, List<String> names) {
    Map<String, JsonNode> copy = new java.util.LinkedHashMap<>();
    for (String n : names) {
      copy.put(n, object.get(n));
    }
    object.removeAll();
    copy.forEach(object::set);
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
      object.values().forEach(v -> collect(v, objects));
    } else if (node instanceof ArrayNode array) {
      array.values().forEach(v -> collect(v, objects));
    }
  }

  // ------------------------------------------------------------ helpers

  /** A generated framework with few entities of each kind, to mutate property by property. */
  private static AccountabilityFramework small(long seed) {
    AccountabilityFramework smallest = null;
    for (long s = seed * 100; s < seed * 100 + 100; s++) {
      AccountabilityFramework f = FrameworkGenerator.generate(s);
      if (smallest == null || f.entities().size() < smallest.entities().size()) {
        smallest = f;
      }
    }
    return java.util.Objects.requireNonNull(smallest);
  }

  private static Optional<AccountabilityFramework> direct(String text) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      return DirectReader.document(parser);
    }
  }

  private static Optional<DirectReader.Line> directLine(
      String text, @Nullable Declarations declarations, boolean first) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      return DirectReader.jsonLine(
          parser, new LocatedTree.SharedStrings(), new DirectReader.Names(), declarations, first);
    }
  }

  /** A located reader of one line, reading it as a stream's line after {@code declarations}. */
  private static ModelReader located(String text, @Nullable Declarations declarations) {
    ProblemList problems = ProblemList.byPosition(1000, AccountabilityJson.BUILDER);
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      return new ModelReader(
          LocatedTree.read(parser, LocatedTree.DOCUMENT, problems),
          problems,
          false,
          FormatVersion.CURRENT,
          declarations);
    }
  }

  private static List<String> lines(AccountabilityFramework framework) {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(framework, out);
    return List.of(out.toString().split("\n"));
  }

  private static ValidationException readFailure(Runnable read) {
    try {
      read.run();
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("read without a problem");
  }
}
