package dev.hppgateway.examples;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads the parts of a pom (or of a pom fragment) the checks compare. */
final class Poms {
  /** The repository's root, seen from examples-it (the tests' working directory). */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private Poms() {}

  /** One dependency as Maven sees it: "group:artifact:version:type:scope", missing parts empty. */
  record Dependency(String groupId, String artifactId, String version, String type, String scope) {
    @Override
    public String toString() {
      return String.join(":", groupId, artifactId, version, type, scope);
    }
  }

  static Document parse(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  static Document parse(String xml) {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new IllegalArgumentException("not XML: " + xml, e);
    }
  }

  /** The child element of {@code parent} with that name, or null. */
  static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().trim();
  }

  /** The dependencies directly under {@code <dependencyManagement>} of the root element. */
  static List<Dependency> managed(Document pom) {
    Element management = child(pom.getDocumentElement(), "dependencyManagement");
    return management == null ? List.of() : dependencies(management);
  }

  /** The dependencies directly under {@code <dependencies>} of the root element. */
  static List<Dependency> declared(Document pom) {
    return dependencies(pom.getDocumentElement());
  }

  private static List<Dependency> dependencies(Element owner) {
    List<Dependency> all = new ArrayList<>();
    Element list = child(owner, "dependencies");
    if (list == null) {
      return all;
    }
    NodeList nodes = list.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element d && d.getTagName().equals("dependency")) {
        all.add(
            new Dependency(
                text(d, "groupId"),
                text(d, "artifactId"),
                text(d, "version"),
                text(d, "type"),
                text(d, "scope")));
      }
    }
    return all;
  }

  static List<String> modules(Document pom) {
    List<String> all = new ArrayList<>();
    NodeList nodes = child(pom.getDocumentElement(), "modules").getElementsByTagName("module");
    for (int i = 0; i < nodes.getLength(); i++) {
      all.add(nodes.item(i).getTextContent().trim());
    }
    return all;
  }

  static Properties properties(Document pom) {
    Properties all = new Properties();
    Element properties = child(pom.getDocumentElement(), "properties");
    if (properties != null) {
      for (Node n = properties.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e) {
          all.setProperty(e.getTagName(), e.getTextContent().trim());
        }
      }
    }
    return all;
  }
}
