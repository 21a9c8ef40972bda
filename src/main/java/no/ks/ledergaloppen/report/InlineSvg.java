package no.ks.ledergaloppen.report;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Puts a chart's SVG into the report: read with a parser that refuses DTDs and external entities, and
 * written again element by element, so that only well-formed SVG reaches the document. The root gets
 * the {@code alt} text the PDF's figure tag is made from.
 */
final class InlineSvg {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();

    static {
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private InlineSvg() {
    }

    static void copy(String svg, String alt, XMLStreamWriter xml) {
        try {
            XMLStreamReader in = INPUT.createXMLStreamReader(new StringReader(svg));
            boolean root = true;
            while (in.hasNext()) {
                switch (in.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        xml.writeStartElement(in.getLocalName());
                        if (root) {
                            xml.writeDefaultNamespace(SVG);
                            xml.writeAttribute("alt", alt);
                            root = false;
                        }
                        for (int i = 0; i < in.getAttributeCount(); i++) {
                            xml.writeAttribute(in.getAttributeLocalName(i), in.getAttributeValue(i));
                        }
                    }
                    case XMLStreamConstants.CHARACTERS -> xml.writeCharacters(in.getText());
                    case XMLStreamConstants.END_ELEMENT -> xml.writeEndElement();
                    default -> { }
                }
            }
            in.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("not a well-formed chart", e);
        }
    }
}
