package org.accountability.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A citation's URL is parsed by {@link URI} unless it is of the plainest form, which {@link
 * Citation#isPlainWebUrl(String)} recognises without parsing: every URL it accepts must be one that
 * {@link URI} takes for an absolute http or https URL with a host.
 */
class PlainWebUrlTest {

  private static boolean uriAccepts(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Test
  void everyPlainUrlIsOneUriAccepts() {
    List<String> plain =
        List.of(
            "https://example.org",
            "http://example.org/",
            "https://example.org/news/office-1/c-000001",
            "https://www.Example-Site.org/2030/01/05/ticket_quota~1.html",
            "https://localhost/x",
            "https://1.2.3.example/x",
            "https://a--b.example//double/slash",
            "https://x9.example.org/");
    for (String url : plain) {
      assertTrue(Citation.isPlainWebUrl(url), url);
      assertTrue(uriAccepts(url), url);
    }
  }

  @Test
  void anythingElseIsLeftToUri() {
    List<String> others =
        List.of(
            "",
            "ftp://example.org/report",
            "HTTPS://example.org/",
            "https://",
            "https:///path",
            "https://1.2.3.4/",
            "https://123/",
            "https://-example.org/",
            "https://example-.org/",
            "https://example..org/",
            "https://example.org./",
            "https://example.org:8080/",
            "https://user@example.org/",
            "https://example.org?q=1",
            "https://example.org/a?q=1",
            "https://example.org/a#top",
            "https://example.org/a b",
            "https://example.org/%41",
            "https://exämple.org/",
            "https://[::1]/",
            "https://example_site.org/",
            "/reports/2030",
            "http:example.org");
    for (String url : others) {
      assertFalse(Citation.isPlainWebUrl(url), url);
    }
  }

  @Test
  void aCitationReportsTheSameWhetherOrNotItsUrlIsPlain() {
    for (String url :
        List.of(
            "https://example.org/news/1",
            "https://1.2.3.4/",
            "https://example.org:8080/",
            "ftp://example.org/report",
            "https://exa mple.org/")) {
      boolean valid;
      try {
        Citation.builder()
            .id("c-1")
            .publisher("Example Gazette")
            .kind(Citation.Kind.NEWS_REPORT)
            .url(url)
            .build();
        valid = true;
      } catch (ValidationException e) {
        valid = false;
      }
      assertEquals(uriAccepts(url), valid, url);
    }
  }
}
