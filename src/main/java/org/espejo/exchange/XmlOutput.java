package org.espejo.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's StAX writer that indents block elements with two spaces and
 * never touches the whitespace inside text elements. The JDK writer escapes {@code & < >} in
 * text and {@code & < "} in attributes; this class also turns line breaks and tabs in
 * attribute values into spaces (a parser would normalise them anyway). Not thread-safe: one
 * per document.
 */
final class XmlOutput {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter writer;
    /** For each open element: whether a block child was written inside it. */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    XmlOutput(OutputStream out) throws IOException {
        try {
            this.writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Writes the XML declaration. */
    XmlOutput declaration() throws IOException {
        return run(() -> writer.writeStartDocument("UTF-8", "1.0"));
    }

    /** Starts an element on its own indented line. */
    XmlOutput start(String name) throws IOException {
        return run(() -> {
            markBlockChild();
            newline();
            writer.writeStartElement(name);
            open.push(new boolean[1]);
        });
    }

    /** Starts an element in a namespace, on its own indented line. */
    XmlOutput start(String prefix, String name, String namespace) throws IOException {
        return run(() -> {
            markBlockChild();
            newline();
            writer.writeStartElement(prefix, name, namespace);
            open.push(new boolean[1]);
        });
    }

    /** Starts an element inside text, without a line break (mixed content). */
    XmlOutput startInline(String name) throws IOException {
        return run(() -> {
            writer.writeStartElement(name);
            open.push(new boolean[1]);
        });
    }

    /** Declares the default namespace on the element just started. */
    XmlOutput defaultNamespace(String namespace) throws IOException {
        return run(() -> {
            writer.setDefaultNamespace(namespace);
            writer.writeDefaultNamespace(namespace);
        });
    }

    /** Declares a prefixed namespace on the element just started. */
    XmlOutput namespace(String prefix, String namespace) throws IOException {
        return run(() -> {
            writer.setPrefix(prefix, namespace);
            writer.writeNamespace(prefix, namespace);
        });
    }

    XmlOutput attribute(String name, String value) throws IOException {
        return run(() -> writer.writeAttribute(name, flat(value)));
    }

    /** An attribute in the XML namespace, e.g. {@code xml:lang}. */
    XmlOutput xmlAttribute(String localName, String value) throws IOException {
        return run(() -> writer.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", localName, flat(value)));
    }

    XmlOutput text(String text) throws IOException {
        return run(() -> writer.writeCharacters(text));
    }

    /** An element holding only text, on its own line. */
    XmlOutput textElement(String name, String text) throws IOException {
        return start(name).text(text).end();
    }

    /** Ends the innermost element; on its own line when it held block children. */
    XmlOutput end() throws IOException {
        return run(() -> {
            boolean[] hadBlocks = open.pop();
            if (hadBlocks[0]) {
                newline();
            }
            writer.writeEndElement();
        });
    }

    /** Ends the document and flushes; the underlying stream stays open. */
    void finish() throws IOException {
        run(() -> {
            while (!open.isEmpty()) {
                end();
            }
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        });
    }

    private void markBlockChild() {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
    }

    private void newline() throws XMLStreamException {
        if (!open.isEmpty()) {
            writer.writeCharacters("\n" + "  ".repeat(open.size()));
        } else {
            writer.writeCharacters("\n");
        }
    }

    private static String flat(String value) {
        return value.replace('\n', ' ').replace('\t', ' ');
    }

    private XmlOutput run(XmlStep step) throws IOException {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException, IOException;
    }
}
