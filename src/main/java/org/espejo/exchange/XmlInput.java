package org.espejo.exchange;

import java.io.InputStream;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Safe XML reading for imports: the JDK's own StAX parser (whatever else is on the class
 * path) with DTDs unsupported, external entities and external DTD access refused, so a file
 * can neither read local files (XXE) nor expand entities (billion laughs): a reference to an
 * entity it declares is an error. Also flattens inline markup to text. Thread-safe.
 */
final class XmlInput {

    private static final XMLInputFactory FACTORY = factory();

    private XmlInput() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /**
     * The text of the element the reader is on, up to and including its end tag: character
     * data is kept, the content of elements in {@code codes} (native codes such as TMX
     * {@code <bpt>} or XLIFF 1.2 {@code <ph>}) is dropped, other inline elements ({@code <hi>},
     * {@code <g>}, {@code <mrk>}, {@code <pc>}) give their text; XLIFF 2 {@code <cp hex="…"/>}
     * gives its character. The result is {@link SafeText#clean cleaned}.
     */
    static String text(XMLStreamReader r, Set<String> codes) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        int skipping = 0;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (skipping > 0 || codes.contains(r.getLocalName())) {
                    skipping++;
                } else if (r.getLocalName().equals("cp")) {
                    appendCodePoint(sb, r.getAttributeValue(null, "hex"));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (skipping > 0) {
                    skipping--;
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && skipping == 0) {
                sb.append(r.getText());
            }
        }
        return SafeText.clean(sb.toString());
    }

    /** Skips the element the reader is on, up to and including its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** An attribute of the current element in no namespace, or {@code ""}. */
    static String attribute(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    /** The element's {@code xml:lang}, or its deprecated TMX {@code lang}, or {@code ""}. */
    static String lang(XMLStreamReader r) {
        String v = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        return v != null ? v : attribute(r, "lang");
    }

    private static void appendCodePoint(StringBuilder sb, String hex) {
        if (hex == null) {
            return;
        }
        try {
            int cp = Integer.parseInt(hex.trim(), 16);
            if (Character.isValidCodePoint(cp)) {
                sb.appendCodePoint(cp);
            }
        } catch (NumberFormatException e) {
            // a <cp> whose hex is malformed stands for no character, like an unknown code
            return;
        }
    }
}
