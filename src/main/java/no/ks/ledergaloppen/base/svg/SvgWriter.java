package no.ks.ledergaloppen.base.svg;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small typed builder for the app's charts, written through the JDK's {@link XMLStreamWriter}: text
 * and attributes are escaped by the writer and the document is well-formed by construction, so user
 * text (a municipality's name, an indicator's name) can never inject markup. The result is an
 * {@code <svg role="img">} with a {@code <title>} and {@code <desc>}, for the page and for the PDF alike.
 */
public final class SvgWriter {

    public static final String NS = "http://www.w3.org/2000/svg";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final AtomicLong IDS = new AtomicLong();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private int open;

    private SvgWriter(double width, double height, String title, String description) {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            String id = "chart-" + IDS.incrementAndGet();
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(NS);
            attr("viewBox", "0 0 " + num(width) + " " + num(height));
            attr("width", num(width));
            attr("height", num(height));
            attr("role", "img");
            attr("aria-labelledby", id + "-title " + id + "-desc");
            attr("font-family", "DejaVu Sans, Arial, sans-serif");
            open = 1;
            xml.writeStartElement("title");
            attr("id", id + "-title");
            xml.writeCharacters(title);
            xml.writeEndElement();
            xml.writeStartElement("desc");
            attr("id", id + "-desc");
            xml.writeCharacters(description == null ? "" : description);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a chart of the given size (in px, also its view box) with its accessible title and description. */
    public static SvgWriter start(double width, double height, String title, String description) {
        return new SvgWriter(width, height, title, description);
    }

    /** A filled rectangle; {@code tooltip} (may be null) becomes its own {@code <title>}. */
    public SvgWriter rect(double x, double y, double w, double h, String fill, String tooltip) {
        return shape("rect", tooltip, "x", num(x), "y", num(y), "width", num(w), "height", num(h), "fill", fill);
    }

    /** A rectangle with an outline and no fill (legend keys, frames). */
    public SvgWriter frame(double x, double y, double w, double h, String stroke) {
        return shape("rect", null, "x", num(x), "y", num(y), "width", num(w), "height", num(h), "fill", "none",
                "stroke", stroke);
    }

    /** A straight line; {@code dash} is an SVG dash array such as "6 4", or null for a solid line. */
    public SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        return shape("line", null, "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2), "stroke", stroke,
                "stroke-width", num(width), "stroke-dasharray", dash);
    }

    /** A line through points given as x, y pairs. */
    public SvgWriter polyline(List<double[]> points, String stroke, double width, String dash) {
        StringBuilder p = new StringBuilder();
        for (double[] xy : points) {
            p.append(p.isEmpty() ? "" : " ").append(num(xy[0])).append(',').append(num(xy[1]));
        }
        return shape("polyline", null, "points", p.toString(), "fill", "none", "stroke", stroke,
                "stroke-width", num(width), "stroke-dasharray", dash);
    }

    public SvgWriter circle(double cx, double cy, double r, String fill, String tooltip) {
        return shape("circle", tooltip, "cx", num(cx), "cy", num(cy), "r", num(r), "fill", fill);
    }

    /** Text; {@code anchor} is start, middle or end. */
    public SvgWriter text(double x, double y, String text, String anchor, double size, String fill) {
        try {
            xml.writeStartElement("text");
            attr("x", num(x));
            attr("y", num(y));
            attr("text-anchor", anchor);
            attr("font-size", num(size));
            attr("fill", fill);
            xml.writeCharacters(text == null ? "" : text);
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a group ({@code <g>}) with a class; close it with {@link #end()}. */
    public SvgWriter group(String cssClass) {
        try {
            xml.writeStartElement("g");
            attr("class", cssClass);
            open++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a group with a class and further attributes given as name, value pairs (such as
     * {@code data-date}); values are escaped like any other attribute. Close it with {@link #end()}.
     */
    public SvgWriter group(String cssClass, String... attributes) {
        group(cssClass);
        try {
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                attr(attributes[i], attributes[i + 1]);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A filled closed shape through points given as x, y pairs; {@code tooltip} (may be null) becomes its {@code <title>}. */
    public SvgWriter polygon(List<double[]> points, String fill, String tooltip) {
        StringBuilder p = new StringBuilder();
        for (double[] xy : points) {
            p.append(p.isEmpty() ? "" : " ").append(num(xy[0])).append(',').append(num(xy[1]));
        }
        return shape("polygon", tooltip, "points", p.toString(), "fill", fill);
    }

    public SvgWriter end() {
        if (open <= 1) {
            throw new IllegalStateException("no open group");
        }
        try {
            xml.writeEndElement();
            open--;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes every open element and returns the document. */
    public String finish() {
        try {
            while (open-- > 0) {
                xml.writeEndElement();
            }
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private SvgWriter shape(String element, String tooltip, String... attributes) {
        try {
            if (tooltip == null) {
                xml.writeEmptyElement(element);
            } else {
                xml.writeStartElement(element);
            }
            for (int i = 0; i < attributes.length; i += 2) {
                attr(attributes[i], attributes[i + 1]);
            }
            if (tooltip != null) {
                xml.writeStartElement("title");
                xml.writeCharacters(tooltip);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attr(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, value);
        }
    }

    /** Numbers with a decimal point and at most two decimals, whatever the server's locale. */
    static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
