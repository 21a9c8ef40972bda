package no.ks.ledergaloppen.base.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgWriterTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void user_text_is_escaped_and_the_chart_stays_well_formed() throws Exception {
        String svg = SvgWriter.start(200, 100, "Faser i <Kvam> & \"Voss\"", "Søyler per samling")
                .group("bars")
                .rect(10, 10, 20, 50, "#1a6", "Kvam herad: <script>alert(1)</script>")
                .end()
                .text(10, 90, "</svg><script>x</script>", "start", 12, "#000")
                .polyline(List.of(new double[] {0, 0}, new double[] {10.5, 20.25}), "#000", 1.5, "4 2")
                .finish();

        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagNameNS(SvgWriter.NS, "title").item(0).getTextContent())
                .isEqualTo("Faser i <Kvam> & \"Voss\"");
        assertThat(doc.getElementsByTagNameNS(SvgWriter.NS, "script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS(SvgWriter.NS, "text").item(0).getTextContent())
                .isEqualTo("</svg><script>x</script>");
        assertThat(doc.getElementsByTagNameNS(SvgWriter.NS, "polyline").item(0).getAttributes()
                .getNamedItem("points").getNodeValue()).isEqualTo("0,0 10.50,20.25");
    }
}
