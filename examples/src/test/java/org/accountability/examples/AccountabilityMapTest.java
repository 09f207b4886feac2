package org.accountability.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.accountability.casestudy.CaseStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountabilityMapTest {
  private final AccountabilityMap.Graph graph =
      AccountabilityMap.graph(CaseStudies.iceDeportationQuotas());

  @TempDir Path dir;

  @Test
  void linksDirectivesToRolesToPersonnelActions() {
    assertTrue(
        graph.hasEdge("directive:jan-2025-agency-target", "role:SENIOR_OFFICIAL", "addresses"));
    assertTrue(
        graph.hasEdge(
            "directive:jan-2025-field-office-target", "role:FIELD_OFFICE_MANAGER", "addresses"));
    assertTrue(
        graph.hasEdge(
            "role:SENIOR_OFFICIAL", "personnel-action:feb-2025-ero-reassignments", "sanction"));
    assertTrue(graph.hasEdge("role:LINE_AGENT", "personnel-action:signing-bonuses", "incentive"));
    assertTrue(
        graph.hasEdge(
            "personnel-action:feb-2025-ero-reassignments",
            "directive:jan-2025-agency-target",
            "enforces"));
    assertEquals(
        Optional.of(AccountabilityMap.NodeKind.ROLE),
        graph.node("role:LINE_AGENT").map(AccountabilityMap.Node::kind));
  }

  @Test
  void linksOversightBodiesToWhatTheyConstrained() {
    assertTrue(
        graph.hasEdge(
            "oversight-body:ninth-circuit",
            "oversight-action:ninth-circuit-los-angeles-stops-order",
            "injunction"));
    assertTrue(
        graph.hasEdge(
            "oversight-action:ninth-circuit-los-angeles-stops-order",
            "institution:agency",
            "against"));
    assertTrue(
        graph.hasEdge(
            "oversight-action:ninth-circuit-los-angeles-stops-order",
            "legal-route:injunction-against-agency",
            "uses"));
    assertTrue(
        graph.hasEdge(
            "oversight-body:justice-department",
            "legal-route:section-242-prosecution",
            "enforces"));
    assertTrue(graph.hasEdge("legal-route:section-242-prosecution", "role:LINE_AGENT", "reaches"));
  }

  @Test
  void linksClaimsToTheirSourcesWithTheirStance() {
    assertTrue(graph.hasEdge("claim:C1", "citation:wapo-2025-01-26", "supports"));
    assertTrue(graph.hasEdge("claim:C1", "citation:tnr-2025-08-04", "contradicts"));
    assertTrue(graph.hasEdge("claim:C1", "citation:independent-2025-01-29", "reports both"));
  }

  @Test
  void everyEdgeJoinsNodesOfTheMap() {
    for (AccountabilityMap.Edge e : graph.edges()) {
      assertTrue(graph.node(e.from()).isPresent(), e.toString());
      assertTrue(graph.node(e.to()).isPresent(), e.toString());
    }
    assertEquals(
        graph.nodes().size(),
        graph.nodes().stream().map(AccountabilityMap.Node::id).distinct().count());
  }

  @Test
  void exportsMermaid() {
    String mermaid = AccountabilityMap.mermaid(graph);
    assertTrue(
        mermaid.startsWith(
            "%% Accountability map: ICE arrest and deportation quotas, 2025-2026\nflowchart LR\n"));
    assertTrue(
        mermaid.contains(
            "\n  directive_jan_2025_agency_target[\"jan-2025-agency-target<br/>1,200-1,500 arrests per day, agency-wide\"]:::directive\n"));
    assertTrue(mermaid.contains("\n  role_SENIOR_OFFICIAL[\"senior official\"]:::role\n"));
    assertTrue(
        mermaid.contains(
            "\n  directive_jan_2025_agency_target -->|addresses| role_SENIOR_OFFICIAL\n"));
    assertTrue(
        mermaid.contains(
            "\n  role_SENIOR_OFFICIAL -->|sanction| personnel_action_feb_2025_ero_reassignments\n"));
    assertTrue(mermaid.contains("\n  claim_C1 -.->|contradicts| citation_tnr_2025_08_04\n"));
    for (String line : mermaid.lines().toList()) {
      if (line.contains("-->|") || line.contains("-.->|")) {
        assertTrue(line.matches("  [A-Za-z0-9_]+ -\\.?->\\|[a-z ]+\\| [A-Za-z0-9_]+"), line);
      }
    }
    assertEquals(graph.edges().size(), mermaid.lines().filter(l -> l.contains("->|")).count());
  }

  @Test
  void exportsDot() {
    String dot = AccountabilityMap.dot(graph);
    assertTrue(dot.startsWith("digraph accountability {\n") && dot.endsWith("}\n"));
    assertTrue(
        dot.contains(
            "\n  \"directive:jan-2025-agency-target\" -> \"role:SENIOR_OFFICIAL\" [label=\"addresses\"];\n"));
    assertTrue(
        dot.contains(
            "\n  \"personnel-action:feb-2025-ero-reassignments\" -> \"directive:jan-2025-agency-target\""
                + " [label=\"enforces\", style=dashed, constraint=false];\n"));
    assertTrue(
        dot.contains(
            "\n  \"claim:C1\" -> \"citation:tnr-2025-08-04\" [label=\"contradicts\", style=dashed, constraint=false];\n"));
    assertTrue(dot.contains("\n  \"role:LINE_AGENT\" [label=\"line agent\", shape=ellipse"));
    assertEquals(graph.edges().size(), dot.lines().filter(l -> l.contains("\" -> \"")).count());
  }

  @Test
  void withoutDotOnThePathItWritesTheFilesAndSaysHowToRender() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Path> written =
        AccountabilityMap.run(
            List.of(dir.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8), "");
    assertEquals(
        List.of(dir.resolve("accountability-map.mmd"), dir.resolve("accountability-map.dot")),
        written);
    assertEquals(
        AccountabilityMap.mermaid(graph), Files.readString(written.get(0), StandardCharsets.UTF_8));
    assertEquals(
        AccountabilityMap.dot(graph), Files.readString(written.get(1), StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(
        out.contains("dot -Tsvg -o " + dir.resolve("accountability-map.svg").toAbsolutePath()),
        out);
    assertTrue(Files.notExists(dir.resolve("accountability-map.svg")));
  }

  @Test
  void withDotOnThePathItRendersTheSvg() throws Exception {
    // A stand-in for Graphviz that records its arguments and writes the file named after -o.
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Path fakeDot = bin.resolve("dot");
    Files.writeString(
        fakeDot,
        "#!/bin/sh\necho \"$@\" > \""
            + dir.resolve("dot.args")
            + "\"\n"
            + "echo '<svg xmlns=\"http://www.w3.org/2000/svg\"/>' > \"$3\"\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fakeDot, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(
        Optional.of(fakeDot), AccountabilityMap.findExecutable("dot", "/nonexistent:" + bin));

    Path out = Files.createDirectory(dir.resolve("out"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Path> written =
        AccountabilityMap.run(
            List.of(out.toString()),
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            bin.toString());
    Path svg = out.resolve("accountability-map.svg");
    assertEquals(svg, written.get(2));
    assertTrue(Files.readString(svg, StandardCharsets.UTF_8).startsWith("<svg"));
    assertEquals(
        "-Tsvg -o " + svg + " " + out.resolve("accountability-map.dot"),
        Files.readString(dir.resolve("dot.args"), StandardCharsets.UTF_8).strip());
    assertTrue(
        bytes.toString(StandardCharsets.UTF_8).contains("rendered with " + fakeDot + " -Tsvg"));
  }
}
