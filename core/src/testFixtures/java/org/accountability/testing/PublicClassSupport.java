package org.accountability.testing;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The public classes of a package, top-level and nested, found where the classes of the package
 * were loaded from (a directory or a jar), so that a class added later is tested without being
 * listed anywhere.
 */
public final class PublicClassSupport {
  private PublicClassSupport() {}

  /**
   * The public classes of the package of {@code anchor}, in name order: those whose enclosing
   * classes are public too; anonymous, local and synthetic classes are left out.
   *
   * @param anchor any class of the package
   * @return the public classes
   */
  public static ImmutableList<Class<?>> inPackageOf(Class<?> anchor) {
    String packageName = anchor.getPackageName();
    String folder = packageName.replace('.', '/');
    List<String> names = new ArrayList<>();
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.list(location.resolve(folder))) {
          files.map(f -> f.getFileName().toString()).forEach(names::add);
        }
      } else {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          jar.stream()
              .map(e -> e.getName())
              .filter(n -> n.startsWith(folder + "/") && n.indexOf('/', folder.length() + 1) < 0)
              .map(n -> n.substring(folder.length() + 1))
              .forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableList.Builder<Class<?>> classes = ImmutableList.builder();
    names.stream()
        .filter(n -> n.endsWith(".class"))
        .map(n -> n.substring(0, n.length() - ".class".length()))
        .filter(n -> !n.equals("package-info") && !n.equals("module-info"))
        .sorted()
        .map(n -> load(packageName + "." + n, anchor.getClassLoader()))
        .filter(PublicClassSupport::isPublicApi)
        .sorted(Comparator.comparing(Class::getName))
        .forEach(classes::add);
    return classes.build();
  }

  /**
   * The top-level class that encloses a class, or the class itself.
   *
   * @param c the class
   * @return its top-level class
   */
  public static Class<?> topLevel(Class<?> c) {
    Class<?> top = c;
    for (Class<?> k = c.getEnclosingClass(); k != null; k = k.getEnclosingClass()) {
      top = k;
    }
    return top;
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isPublicApi(Class<?> c) {
    if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
