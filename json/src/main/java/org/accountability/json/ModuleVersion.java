package org.accountability.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The module's version, taken from the build into a resource. */
final class ModuleVersion {
  static final Version VERSION = load();

  private ModuleVersion() {}

  private static Version load() {
    Properties p = new Properties();
    try (InputStream in = ModuleVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        p.getProperty("version", ""),
        p.getProperty("groupId", ""),
        p.getProperty("artifactId", ""));
  }
}
