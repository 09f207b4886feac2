package org.accountability.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TargetsAgainstRealityTest {
  private static final String SVG = "http://www.w3.org/2000/svg";
  private final AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();

  @TempDir Path dir;

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<Element> groups(Document svg, String cssClass) {
    List<Element> out = new ArrayList<>();
    NodeList all = svg.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < all.getLength(); i++) {
      Element g = (Element) all.item(i);
      if (List.of(g.getAttribute("class").split(" ", -1)).contains(cssClass)) {
        out.add(g);
      }
    }
    return out;
  }

  private static double lineY(Element group) {
    Element line = (Element) group.getElementsByTagNameNS(SVG, "line").item(0);
    return Double.parseDouble(line.getAttribute("y1"));
  }

  @Test
  void writesAChartThatParsesWithTheTargetLinesAndFourObservations() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path file =
        TargetsAgainstReality.run(
            List.of(dir.resolve("chart.svg").toString()),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(dir.resolve("chart.svg"), file);
    Document svg = parse(file);
    assertEquals("svg", svg.getDocumentElement().getLocalName());
    assertEquals(SVG, svg.getDocumentElement().getNamespaceURI());

    List<Element> targets = groups(svg, "target");
    assertEquals(
        List.of("jan-2025-agency-target", "may-2025-agency-target"),
        targets.stream().map(t -> t.getAttribute("data-directive")).toList());
    assertEquals("1200", targets.get(0).getAttribute("data-low"));
    assertEquals("1500", targets.get(0).getAttribute("data-high"));
    assertEquals("3000", targets.get(1).getAttribute("data-low"));
    assertEquals("2025-05-21", targets.get(1).getAttribute("data-from"));
    assertEquals(
        1, targets.get(0).getElementsByTagNameNS(SVG, "rect").getLength(), "the range is a band");
    assertTrue(lineY(targets.get(1)) < lineY(targets.get(0)), "3,000 is drawn above 1,200-1,500");

    List<Element> observations = groups(svg, "observation");
    assertEquals(
        List.of(
            "arrests-early-feb-2025",
            "arrests-jun-2025",
            "arrests-jul-2025",
            "arrests-late-sep-2025"),
        observations.stream().map(o -> o.getAttribute("data-id")).toList());
    List<Element> atMost = groups(svg, "at-most");
    assertEquals(1, atMost.size());
    assertEquals("arrests-early-feb-2025", atMost.get(0).getAttribute("data-id"));
    assertTrue(atMost.get(0).getTextContent().contains("at most 600"));

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains("class=\"x-axis\"") && text.contains("class=\"y-axis\""), "axes");
    assertEquals(1, groups(svg, "legend").size(), "a legend");
    assertTrue(text.contains("1,200–1,500/day from January 2025"), "target label");
    assertTrue(text.contains("3,000/day from 21 May 2025"), "target label");
  }

  @Test
  void printsTheAttainmentTable() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TargetsAgainstReality.run(
        List.of(dir.resolve("chart.svg").toString()),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(
        out.matches("(?s).*\\ndirective +target +period +observed +attainment +source\\n.*"), out);
    assertTrue(out.matches("(?s).*\\njan-2025-agency-target .* under 600 +at most 50% .*"), out);
    assertTrue(
        out.matches("(?s).*\\nmay-2025-agency-target .* July 2025 +an average of 990 +33% .*"),
        out);
    assertTrue(out.contains("no observation while in force"), out);
    assertTrue(out.contains("Chart written to " + dir.resolve("chart.svg").toAbsolutePath()), out);
  }

  @Test
  void theJanuaryTargetEndsWhenTheMayTargetRaisesIt() {
    List<TargetsAgainstReality.TargetLine> lines =
        TargetsAgainstReality.targetLines(
            ice, TargetsAgainstReality.METRIC, TargetsAgainstReality.SCOPE);
    assertEquals(2, lines.size());
    assertEquals(LocalDate.of(2025, 1, 1), lines.get(0).from());
    assertEquals(Optional.of(LocalDate.of(2025, 5, 21)), lines.get(0).until());
    assertEquals(Optional.empty(), lines.get(1).until());
  }
}
