package com.sportshub.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.it.TestSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The WAR for Payara Micro and the EAR for Payara Server are two packagings of one application: the
 * same modules, the same libraries, the same web classes.
 */
class ArchivesCarryTheSameModulesIT {

  private static final Path WAR = Path.of(TestSettings.require("it.war"));
  private static final Path EAR = Path.of(TestSettings.require("it.ear"));

  /** "redisson-3.52.0.jar" and "redisson.jar" name the same library. */
  private static String withoutVersion(String jar) {
    String name = jar.substring(jar.lastIndexOf('/') + 1);
    return name.replaceFirst("-\\d[^/]*\\.jar$", ".jar");
  }

  @Test
  void bothCarryTheSameJars() throws IOException {
    Set<String> inWar = new TreeSet<>();
    try (ZipFile war = new ZipFile(WAR.toFile())) {
      war.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.startsWith("WEB-INF/lib/") && n.endsWith(".jar"))
          .forEach(n -> inWar.add(withoutVersion(n)));
    }

    Set<String> inEar = new TreeSet<>();
    try (ZipFile ear = new ZipFile(EAR.toFile())) {
      ear.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.endsWith(".jar"))
          .forEach(n -> inEar.add(withoutVersion(n)));
      inEar.addAll(entriesOfWebModule(ear, "WEB-INF/lib/", ".jar"));
    }

    assertEquals(inWar, inEar);
  }

  @Test
  void bothCarryTheSameWebClasses() throws IOException {
    Set<String> inWar = new TreeSet<>();
    try (ZipFile war = new ZipFile(WAR.toFile())) {
      war.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.startsWith("WEB-INF/classes/") && n.endsWith(".class"))
          .forEach(inWar::add);
    }
    Set<String> inEar;
    try (ZipFile ear = new ZipFile(EAR.toFile())) {
      inEar = entriesOfWebModule(ear, "WEB-INF/classes/", ".class");
    }

    assertEquals(inWar, inEar);
  }

  private static Set<String> entriesOfWebModule(ZipFile ear, String prefix, String suffix)
      throws IOException {
    Set<String> names = new TreeSet<>();
    ZipEntry web = ear.getEntry("web.war");
    try (InputStream bytes = ear.getInputStream(web);
        ZipInputStream war = new ZipInputStream(bytes)) {
      for (ZipEntry entry; (entry = war.getNextEntry()) != null; ) {
        String name = entry.getName();
        if (name.startsWith(prefix) && name.endsWith(suffix)) {
          names.add(suffix.equals(".jar") ? withoutVersion(name) : name);
        }
      }
    }
    return names;
  }
}
