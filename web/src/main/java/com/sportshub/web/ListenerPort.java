package com.sportshub.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This node's HTTP port, read from Payara's own configuration, since a deployed application is not
 * told it: the {@code http-listener} (Micro) or {@code http-listener-1} (Server) network listener
 * in the domain.xml under Micro's unpack directory or the Server instance's root.
 */
final class ListenerPort {

  private static final Pattern LISTENER =
      Pattern.compile("<network-listener\\b[^>]*\\bname=\"http-listener(?:-1)?\"[^>]*>");
  private static final Pattern PORT = Pattern.compile("\\bport=\"(\\d+)\"");

  private ListenerPort() {}

  static OptionalInt find() {
    for (String root :
        new String[] {
          System.getProperty("fish.payara.micro.UnpackDir"),
          System.getProperty("com.sun.aas.instanceRoot")
        }) {
      if (root == null) {
        continue;
      }
      try {
        OptionalInt port = in(Files.readString(Path.of(root, "config", "domain.xml")));
        if (port.isPresent()) {
          return port;
        }
      } catch (IOException | RuntimeException e) {
        // not there: try the next place
      }
    }
    return OptionalInt.empty();
  }

  /** The port of the first plain HTTP listener in a domain.xml's text. */
  static OptionalInt in(String domainXml) {
    Matcher listener = LISTENER.matcher(domainXml);
    while (listener.find()) {
      Matcher port = PORT.matcher(listener.group());
      if (port.find()) {
        return OptionalInt.of(Integer.parseInt(port.group(1)));
      }
    }
    return OptionalInt.empty();
  }
}
