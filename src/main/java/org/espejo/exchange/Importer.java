package org.espejo.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens a TMX or XLIFF (2.x or 1.x) bilingual file as rows, so an old translation memory or a
 * reviewed XLIFF can be examined and re-checked like a comparison. The format is told from the
 * content, not the file name. Each unit becomes a row (confirmed, confidence 1, unless the file
 * is Espejo's own and says otherwise). Safe for untrusted files: no DTD is processed and no
 * entity is expanded or fetched.
 *
 * <pre>{@code
 * ImportedFile imported = Importer.read("memory.tmx", in);
 * BilingualDocument document = imported.document();
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class Importer {

    private Importer() {
    }

    /**
     * Reads a whole file; the stream is not closed.
     *
     * @param fileName the file's name, used as the document's name when the file names none
     * @throws ImportException if the file is not TMX or XLIFF, not well-formed, or has no bilingual unit
     * @throws IOException     if the stream fails
     */
    public static ImportedFile read(String fileName, InputStream in) throws ImportException, IOException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(in, "in");
        String fallbackName = baseName(fileName);
        XMLStreamReader r;
        try {
            r = XmlInput.open(in);
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: declaration, comments, DOCTYPE
            }
        } catch (XMLStreamException e) {
            throw new ImportException(ImportFailure.UNSUPPORTED, "not an XML file: " + e.getMessage(), e);
        }
        if (!r.isStartElement()) {
            throw new ImportException(ImportFailure.UNSUPPORTED, "no XML element in the file");
        }
        try {
            return switch (r.getLocalName()) {
                case "tmx" -> TmxReader.read(r, fallbackName);
                case "xliff" -> readXliff(r, fallbackName);
                default -> throw new ImportException(ImportFailure.UNSUPPORTED,
                        "neither TMX nor XLIFF: the root element is <" + r.getLocalName() + ">");
            };
        } catch (XMLStreamException e) {
            throw new ImportException(ImportFailure.MALFORMED, "not well-formed XML: " + e.getMessage(), e);
        } finally {
            close(r);
        }
    }

    private static ImportedFile readXliff(XMLStreamReader r, String fallbackName)
            throws XMLStreamException, ImportException {
        String version = XmlInput.attribute(r, "version").trim();
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        if (version.startsWith("2.") || ns.equals(Xliff2Writer.NS)) {
            return Xliff2Reader.read(r, fallbackName);
        }
        if (version.startsWith("1.") || ns.startsWith("urn:oasis:names:tc:xliff:document:1.")) {
            return Xliff12Reader.read(r, fallbackName);
        }
        throw new ImportException(ImportFailure.UNSUPPORTED, "unknown XLIFF version '" + version + "'");
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).strip();
    }

    private static void close(XMLStreamReader r) throws ImportException {
        try {
            r.close();
        } catch (XMLStreamException e) {
            throw new ImportException(ImportFailure.MALFORMED, "cannot close the XML reader: " + e.getMessage(), e);
        }
    }
}
