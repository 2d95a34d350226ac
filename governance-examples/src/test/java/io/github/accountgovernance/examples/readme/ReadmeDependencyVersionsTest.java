package io.github.accountgovernance.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The README's dependency snippets name versions known to work: the library's own version and the JUnit and
 * AssertJ versions this build compiles and tests with (the parent pom's properties).
 */
final class ReadmeDependencyVersionsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path PARENT_POM = Path.of("..", "pom.xml");

  @Test
  void useItFromMaven_namesTheLibraryAndTheTestLibrariesAtTheVersionsTheBuildUses() throws Exception {
    Map<String, String> snippet = dependencies(section("## Use it from Maven"));
    Document pom = pom();

    assertThat(snippet).containsOnlyKeys(
        "io.github.accountgovernance:governance-rules", "org.junit.jupiter:junit-jupiter",
        "org.assertj:assertj-core");
    assertThat(snippet.get("io.github.accountgovernance:governance-rules"))
        .isEqualTo(text(pom.getDocumentElement(), "version"));
    assertThat(snippet.get("org.junit.jupiter:junit-jupiter")).isEqualTo(property(pom, "junit.version"));
    assertThat(snippet.get("org.assertj:assertj-core")).isEqualTo(property(pom, "assertj.version"));
  }

  private static String section(String heading) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as("README section %s", heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + heading.length() + 2);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** The group:artifact and version of every dependency in the text's XML snippets. */
  private static Map<String, String> dependencies(String text) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher dependency = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(text);
    while (dependency.find()) {
      String body = dependency.group(1);
      found.put(element(body, "groupId") + ":" + element(body, "artifactId"), element(body, "version"));
    }
    return found;
  }

  private static String element(String xml, String name) {
    Matcher matcher = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
    return matcher.find() ? matcher.group(1).strip() : "(no " + name + ")";
  }

  private static Document pom() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(PARENT_POM.toFile());
  }

  private static String property(Document pom, String name) {
    Element properties = (Element) pom.getDocumentElement().getElementsByTagName("properties").item(0);
    return text(properties, name);
  }

  /** The text of the element's first direct child of that name. */
  private static String text(Element parent, String name) {
    for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(name)) {
        return element.getTextContent().strip();
      }
    }
    return "(no " + name + ")";
  }
}
