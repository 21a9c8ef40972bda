package no.ks.ledergaloppen.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.ks.ledergaloppen.assessment.TrendChart;

/**
 * The report being written, as XHTML for the PDF renderer. Everything goes through the JDK's
 * {@link XMLStreamWriter}: user text is always written as escaped text or attribute values, never as
 * markup, and the document is well-formed by construction. Sections that other features add to the
 * report ({@link CaseReportSection}) write through the public methods here, in the reader's language.
 */
public final class ReportDocument {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final I18NProvider i18n;
    private final Locale locale;
    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    ReportDocument(I18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        try {
            xml = OUTPUT.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text from the translation files, in the reader's language. */
    public String translate(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    public Locale locale() {
        return locale;
    }

    /** A date as Norwegians write it (23.11.2026), in every language of the report. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A share in percent, as the reader's language writes it. */
    public String percent(double value) {
        return TrendChart.percent(value, locale);
    }

    /** Starts a section of the report. */
    public ReportDocument heading(String text) {
        return element("h2", null, text);
    }

    public ReportDocument subheading(String text) {
        return element("h3", null, text);
    }

    /**
     * User-written plain text: a blank line starts a new paragraph, lines starting with "- " make a list
     * (as on the screen).
     */
    public ReportDocument paragraph(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        for (String block : text.strip().split("\\R\\s*\\R")) {
            List<String> lines = Arrays.stream(block.strip().split("\\R")).map(String::strip).toList();
            if (lines.stream().allMatch(l -> l.startsWith("- "))) {
                start("ul");
                lines.forEach(l -> element("li", null, l.substring(2).strip()));
                end();
            } else {
                element("p", null, String.join(" ", lines));
            }
        }
        return this;
    }

    /** A quieter line: dates, who wrote, explanations. */
    public ReportDocument note(String text) {
        return element("p", "note", text);
    }

    /** A labelled text; left out when the text is empty, so that empty fields do not show up as gaps. */
    public ReportDocument field(String label, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        start("div", "class", "field");
        element("p", "label", label);
        paragraph(text);
        return end();
    }

    /** A data table with a caption and column headers. */
    public ReportDocument table(String caption, List<String> headers, List<List<String>> rows) {
        start("table");
        element("caption", null, caption);
        start("thead");
        start("tr");
        headers.forEach(h -> start("th", "scope", "col").text(h).end());
        end().end();
        start("tbody");
        for (List<String> row : rows) {
            start("tr");
            row.forEach(cell -> element("td", null, cell));
            end();
        }
        return end().end();
    }

    /**
     * A chart from {@code SvgWriter} under its caption, inline, with {@code alt} as its text alternative. The SVG is read
     * and written again element by element, so nothing but well-formed SVG reaches the document.
     */
    public ReportDocument chart(String caption, String svg, String alt) {
        start("div", "class", "chart");
        element("p", "caption", caption);
        InlineSvg.copy(svg, alt, xml);
        return end();
    }

    ReportDocument element(String name, String cssClass, String text) {
        if (cssClass == null) {
            start(name);
        } else {
            start(name, "class", cssClass);
        }
        return text(text).end();
    }

    /** Opens an element with attributes given as name, value pairs (null values are left out). */
    ReportDocument start(String name, String... attributes) {
        try {
            xml.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                if (attributes[i + 1] != null) {
                    xml.writeAttribute(attributes[i], attributes[i + 1]);
                }
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    ReportDocument text(String text) {
        try {
            xml.writeCharacters(text == null ? "" : text);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    ReportDocument end() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code <html>} with its language, title, subject and style, then {@code <body>}. */
    void begin(String title, String subject, String author, String css) {
        try {
            xml.writeStartElement("html");
            xml.writeDefaultNamespace(XHTML);
            xml.writeAttribute("lang", locale.getLanguage());
            start("head");
            element("title", null, title);
            start("meta", "name", "subject", "content", subject).end();
            start("meta", "name", "author", "content", author).end();
            element("style", null, css);
            end();
            start("body");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes what is open and returns the XHTML. */
    String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

}
