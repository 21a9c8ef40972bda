package no.ks.ledergaloppen.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG chart parsed by the JDK's XML parser (namespace aware, no DTDs), with finders by class. */
record Chart(Document document) {

    static Chart of(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new Chart(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> all() {
        List<Element> all = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }

    List<Element> withClass(String cssClass) {
        return all().stream().filter(e -> Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
    }

    Element one(String cssClass) {
        List<Element> found = withClass(cssClass);
        assertThat(found).as("elements with class %s", cssClass).hasSize(1);
        return found.getFirst();
    }

    List<Element> measurements() {
        return withClass("measurement");
    }

    /** The text of the root's own child element, such as its title or desc. */
    String text(String childName) {
        NodeList children = root().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getLocalName().equals(childName)) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no " + childName);
    }

    /** Every text element's content inside the group with this class. */
    List<String> texts(String cssClass) {
        NodeList found = one(cssClass).getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }

    List<Double> numbers(String cssClass, String element, String attribute) {
        NodeList found = one(cssClass).getElementsByTagNameNS("*", element);
        List<Double> numbers = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            numbers.add(Double.parseDouble(((Element) found.item(i)).getAttribute(attribute)));
        }
        return numbers;
    }

    double lineY(String cssClass) {
        Element line = (Element) one(cssClass).getElementsByTagNameNS("*", "line").item(0);
        return Double.parseDouble(line.getAttribute("y1"));
    }

    /** No coordinate is NaN, infinite or outside the picture's view box. */
    void assertEverythingInsideThePicture() {
        String[] box = root().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        for (Element e : all()) {
            for (String a : List.of("x", "x1", "x2", "cx")) {
                check(e, a, width);
            }
            for (String a : List.of("y", "y1", "y2", "cy")) {
                check(e, a, height);
            }
            if (e.hasAttribute("points")) {
                for (String xy : e.getAttribute("points").split(" ")) {
                    String[] p = xy.split(",");
                    assertThat(Double.parseDouble(p[0])).as("x in %s", e.getLocalName()).isBetween(0.0, width);
                    assertThat(Double.parseDouble(p[1])).as("y in %s", e.getLocalName()).isBetween(0.0, height);
                }
            }
        }
    }

    private static void check(Element e, String attribute, double max) {
        if (e.hasAttribute(attribute)) {
            assertThat(Double.parseDouble(e.getAttribute(attribute))).as("%s of %s", attribute, e.getLocalName())
                    .isBetween(0.0, max);
        }
    }
}
