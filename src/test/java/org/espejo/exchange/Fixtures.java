package org.espejo.exchange;

import java.util.List;

/** A small bitext with hostile text: markup, ampersands, emoji, bidirectional marks, control characters. */
final class Fixtures {

    private Fixtures() {
    }

    static BilingualDocument hostile() {
        return new BilingualDocument("Prueba <hostil> & \"rara\"", "es", "en", List.of(
                new BilingualRow(
                        List.of("El <b>caballero</b> & su escudero dijeron: \"¡Vamos!\""),
                        List.of("The <b>knight</b> & his squire said: \"Let's go!\""),
                        List.of(), 0.97, ReviewStatus.CONFIRMED,
                        List.of("Numbers differ: 3 ≠ <4> & more")),
                new BilingualRow(
                        List.of("Primer párrafo. Con dos frases.", "Segundo párrafo 🙂 con emoji."),
                        List.of("First paragraph. Second paragraph 🙂 with emoji."),
                        List.of(new SentencePair("Primer párrafo.", "First paragraph."),
                                new SentencePair("Con dos frases.", ""),
                                new SentencePair("Segundo párrafo 🙂 con emoji.", "Second paragraph 🙂 with emoji.")),
                        0.812, ReviewStatus.AUTOMATIC, List.of()),
                new BilingualRow(
                        List.of("Cita: \u200Fשלום\u200F y مرحبا."),
                        List.of("Quote: \u200Fשלום\u200F and مرحبا."),
                        List.of(), 0.5, ReviewStatus.EDITED, List.of()),
                new BilingualRow(
                        List.of("Texto\u0001 con\u000B controles\u007F y ]]> fin\tcon tabulador."),
                        List.of("Text\u0008 with controls\u0085 and ]]> end\r\nnext line."),
                        List.of(), 0.42, ReviewStatus.AUTOMATIC,
                        List.of("Line break only in the translation", "Control\u0002 characters")),
                new BilingualRow(
                        List.of("Párrafo omitido en la traducción."), List.of(),
                        List.of(), 0.2, ReviewStatus.AUTOMATIC, List.of("Omission")),
                new BilingualRow(
                        List.of(), List.of("Added paragraph with 'apostrophes' and a lone surrogate \uD800 here."),
                        List.of(), 0.3, ReviewStatus.AUTOMATIC, List.of())));
    }

    /** The hostile document as every export sees it: with forbidden characters removed. */
    static BilingualDocument hostileCleaned() {
        return SafeText.clean(hostile());
    }

    /** The document without sentence pairs, as a paragraph-level TMX carries it. */
    static BilingualDocument withoutPairs(BilingualDocument document) {
        return new BilingualDocument(document.name(), document.sourceLang(), document.targetLang(),
                document.rows().stream().map(r -> new BilingualRow(r.source(), r.target(), List.of(),
                        r.confidence(), r.status(), r.notes())).toList());
    }
}
