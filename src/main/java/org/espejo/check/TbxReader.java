package org.espejo.check;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.espejo.text.Lang;

/**
 * Reads TBX term bases (TBX 2008 {@code martif}/{@code termEntry}, TBX v3
 * {@code tbx}/{@code conceptEntry}) with the JDK's StAX parser, safely: DTDs and external
 * entities are never loaded or resolved, so a hostile file cannot read local files or reach
 * the network. A term whose administrative status or normative authorisation says deprecated
 * or superseded becomes a forbidden translation. The source language is Spanish when the base
 * has it, otherwise the first language met; the target is English, otherwise the second.
 */
final class TbxReader {

    /** One term of a concept. */
    private record Term(String text, boolean deprecated) {
    }

    private TbxReader() {
    }

    static Glossary read(byte[] bytes) throws GlossaryException {
        List<Map<Lang, List<Term>>> concepts = new ArrayList<>();
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                parse(xml, concepts);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new GlossaryException(GlossaryException.Reason.MALFORMED, e.getMessage(), e);
        }
        return glossary(concepts);
    }

    /** The JDK's own StAX implementation (whatever else is on the classpath), locked down. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        if (factory.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static void parse(XMLStreamReader xml, List<Map<Lang, List<Term>>> concepts) throws XMLStreamException {
        Map<Lang, List<Term>> concept = null;
        Lang lang = Lang.UNKNOWN;
        String term = null;
        boolean deprecated = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "termEntry", "conceptEntry" -> concept = new LinkedHashMap<>();
                    case "langSet", "langSec" -> lang = Lang.fromCode(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang"))
                            .orElse(Lang.UNKNOWN);
                    case "tig", "ntig", "termSec" -> {
                        term = null;
                        deprecated = false;
                    }
                    case "term" -> term = xml.getElementText().strip();
                    case "termNote", "descrip" -> deprecated |= isStatus(xml.getAttributeValue(null, "type"))
                            && isDeprecated(xml.getElementText());
                    default -> {
                        // other elements carry nothing a check needs
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ((name.equals("tig") || name.equals("ntig") || name.equals("termSec")) && concept != null
                        && term != null && !term.isEmpty() && lang.isKnown()) {
                    concept.computeIfAbsent(lang, l -> new ArrayList<>()).add(new Term(term, deprecated));
                } else if ((name.equals("termEntry") || name.equals("conceptEntry")) && concept != null) {
                    concepts.add(concept);
                    concept = null;
                }
            }
        }
    }

    private static boolean isStatus(String type) {
        return "administrativeStatus".equals(type) || "normativeAuthorization".equals(type);
    }

    private static boolean isDeprecated(String status) {
        String s = status.toLowerCase(Locale.ROOT);
        return s.contains("deprecated") || s.contains("superseded") || s.contains("notrecommended")
                || s.contains("forbidden");
    }

    private static Glossary glossary(List<Map<Lang, List<Term>>> concepts) {
        List<Lang> seen = new ArrayList<>();
        concepts.forEach(c -> c.keySet().forEach(l -> {
            if (!seen.contains(l)) {
                seen.add(l);
            }
        }));
        Lang source = seen.contains(Lang.SPANISH) ? Lang.SPANISH : seen.isEmpty() ? Lang.UNKNOWN : seen.get(0);
        Lang target = seen.contains(Lang.ENGLISH) && source != Lang.ENGLISH ? Lang.ENGLISH
                : seen.stream().filter(l -> l != source).findFirst().orElse(Lang.UNKNOWN);
        List<GlossaryEntry> entries = new ArrayList<>();
        for (Map<Lang, List<Term>> c : concepts) {
            List<String> sources = texts(c.get(source), false);
            List<String> approved = texts(c.get(target), false);
            List<String> forbidden = texts(c.get(target), true);
            if (!sources.isEmpty() && !(approved.isEmpty() && forbidden.isEmpty())) {
                entries.add(new GlossaryEntry(sources, approved, forbidden, ""));
            }
        }
        return new Glossary(source, target, entries);
    }

    private static List<String> texts(List<Term> terms, boolean deprecated) {
        if (terms == null) {
            return List.of();
        }
        return terms.stream().filter(t -> t.deprecated() == deprecated).map(Term::text).toList();
    }
}
