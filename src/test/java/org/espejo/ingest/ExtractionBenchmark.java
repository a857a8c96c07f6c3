package org.espejo.ingest;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.espejo.text.Document;

/**
 * Extraction speed, measured outside the test suite (timings never go into assertions). Run
 * after {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
 * -Dmdep.includeScope=test}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test-cp.txt) org.espejo.ingest.ExtractionBenchmark
 * java -cp target/classes:target/test-classes:$(cat target/test-cp.txt) org.espejo.ingest.ExtractionBenchmark \
 *     text ../shared/corpora/scale/quijote/es.txt
 * </pre>
 * Without arguments: paragraphs per second for a generated 100-page DOCX and a 100-page PDF (a
 * cold first run, then the median of 10 runs after 3 warm-ups). With {@code text FILE}: the first
 * extraction of a text file in this fresh JVM, and the JVM's age when it was done.
 */
public final class ExtractionBenchmark {

    private static final int PAGES = 100;
    private static final int PARAGRAPHS_PER_PAGE = 8;
    private static final String[] WORDS = ("en un lugar de la mancha cuyo nombre no quiero acordarme ha mucho tiempo "
            + "que vivía hidalgo los lanza astillero adarga antigua rocín flaco galgo corredor una olla algo más vaca "
            + "carnero salpicón las noches duelos quebrantos sábados lantejas viernes algún palomino añadidura "
            + "domingos consumían tres partes su hacienda resto della concluían sayo velarte calzas velludo para "
            + "fiestas con sus pantuflos mesmo días entre semana honraba vellorí fino tenía casa ama pasaba cuarenta "
            + "sobrina llegaba veinte mozo campo plaza así ensillaba rocín como tomaba podadera frisaba edad nuestro "
            + "cincuenta años era complexión recia seco carnes enjuto rostro gran madrugador amigo caza quieren decir "
            + "sobrenombre quijada quesada diferencia autores deste caso escriben aunque conjeturas verosímiles").split(" ");
    private static final java.util.Random RANDOM = new java.util.Random(2024);

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("text")) {
            coldText(Path.of(args[1]));
            return;
        }
        DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
        List<String> paragraphs = paragraphs();
        byte[] docx = docx(paragraphs);
        byte[] pdf = pdf(paragraphs);
        System.out.printf(Locale.ROOT, "generated: %d paragraphs; docx %d KB, pdf %d KB (%d pages)%n",
                paragraphs.size(), docx.length / 1024, pdf.length / 1024, PAGES);
        measure(extractor, "100-page DOCX", "story.docx", docx);
        measure(extractor, "100-page PDF", "story.pdf", pdf);
    }

    private static void measure(DocumentExtractor extractor, String label, String name, byte[] bytes) throws Exception {
        long start = System.nanoTime();
        Document first = extractor.extract(name, bytes, TextSplit.AUTO);
        double coldMs = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < 3; i++) {
            extractor.extract(name, bytes, TextSplit.AUTO);
        }
        double[] ms = new double[10];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            extractor.extract(name, bytes, TextSplit.AUTO);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        double median = (ms[4] + ms[5]) / 2;
        System.out.printf(Locale.ROOT,
                "%s: %d paragraphs; first run %.0f ms; warm median %.0f ms (min %.0f, max %.0f) = %.0f paragraphs/s%n",
                label, first.size(), coldMs, median, ms[0], ms[ms.length - 1], first.size() / (median / 1000));
    }

    private static void coldText(Path file) throws Exception {
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Document document = new DocumentExtractor(ExtractionLimits.DEFAULT).extract(file, TextSplit.AUTO);
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6;
        System.out.printf(Locale.ROOT,
                "%s: %d bytes, %d paragraphs, %d characters; first extraction %.0f ms (%.0f ms CPU); JVM age %d ms%n",
                file, Files.size(file), document.size(), document.characterCount(), ms, cpuMs,
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** Seeded pseudo-Spanish paragraphs of 40 to 100 words, eight to a page. */
    private static List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < PAGES * PARAGRAPHS_PER_PAGE; i++) {
            StringBuilder p = new StringBuilder();
            int words = 40 + RANDOM.nextInt(61);
            for (int w = 0; w < words; w++) {
                String word = WORDS[RANDOM.nextInt(WORDS.length)];
                boolean sentenceStart = w == 0 || p.charAt(p.length() - 1) == '.';
                p.append(w == 0 ? "" : " ").append(sentenceStart ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                if (w == words - 1 || RANDOM.nextInt(12) == 0) {
                    p.append(w == words - 1 ? "." : RANDOM.nextBoolean() ? "," : ".");
                }
            }
            paragraphs.add(p.toString());
        }
        return paragraphs;
    }

    private static byte[] docx(List<String> paragraphs) {
        DocxBuilder builder = new DocxBuilder().title("Banco de pruebas");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i % PARAGRAPHS_PER_PAGE == 0) {
                if (i > 0) {
                    builder.pageBreak();
                }
                builder.heading(2, "Página " + (i / PARAGRAPHS_PER_PAGE + 1));
            }
            builder.paragraph(paragraphs.get(i));
        }
        return builder.bytes();
    }

    private static byte[] pdf(List<String> paragraphs) {
        PdfBuilder builder = new PdfBuilder().title("Banco de pruebas").runningHeader("Banco de pruebas").pageNumbers();
        for (int page = 0; page < PAGES; page++) {
            List<String> lines = new ArrayList<>();
            for (int i = page * PARAGRAPHS_PER_PAGE; i < (page + 1) * PARAGRAPHS_PER_PAGE; i++) {
                lines.addAll(PdfBuilder.wrap(paragraphs.get(i), 95));
                lines.add("");
            }
            builder.page(lines.toArray(new String[0]));
        }
        return builder.bytes();
    }
}
