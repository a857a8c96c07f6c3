package org.espejo.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates exports against the published TMX 1.4b DTD and XLIFF 2.1 / 1.2 schemas kept under
 * {@code src/test/resources/exchange/schemas/} (see the README there). Any error or warning fails.
 */
final class XmlValidation {

    private static final String SCHEMAS = "/exchange/schemas/";

    private XmlValidation() {
    }

    /** Validates a TMX document against tmx14.dtd (the DOCTYPE is added here: exports carry none). */
    static void tmx(byte[] tmx) throws Exception {
        String text = new String(tmx, StandardCharsets.UTF_8);
        int root = text.indexOf("<tmx");
        String withDoctype = text.substring(0, root) + "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n" + text.substring(root);
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                return new InputSource(resource("tmx14.dtd").openStream());
            }
            throw new SAXException("unexpected external entity " + systemId);
        });
        reader.setErrorHandler(STRICT);
        reader.parse(new InputSource(new StringReader(withDoctype)));
    }

    static void xliff2(byte[] xliff) throws Exception {
        validate(xliff, "xliff_core_2.1.xsd");
    }

    static void xliff12(byte[] xliff) throws Exception {
        validate(xliff, "xliff-core-1.2-strict.xsd");
    }

    private static void validate(byte[] document, String schemaFile) throws Exception {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        DOMImplementationLS ls = domLs();
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            if (XMLConstants.XML_NS_URI.equals(namespace) || (systemId != null && systemId.endsWith("xml.xsd"))) {
                LSInput input = ls.createLSInput();
                input.setByteStream(open("xml.xsd"));
                input.setSystemId(resource("xml.xsd").toString());
                return input;
            }
            return null;
        });
        factory.setErrorHandler(STRICT);
        URL schemaUrl = resource(schemaFile);
        Schema schema = factory.newSchema(new StreamSource(schemaUrl.openStream(), schemaUrl.toString()));
        var validator = schema.newValidator();
        validator.setErrorHandler(STRICT);
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    }

    private static DOMImplementationLS domLs() throws ParserConfigurationException {
        return (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .getDOMImplementation().getFeature("LS", "3.0");
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(XmlValidation.class.getResource(SCHEMAS + name), name);
    }

    private static InputStream open(String name) {
        try {
            return resource(name).openStream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
