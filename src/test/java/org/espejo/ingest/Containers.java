package org.espejo.ingest;

import java.util.List;

/** OpenDocument text and EPUB files built in tests as the zips their specifications describe. */
final class Containers {

    private Containers() {
    }

    /** An .odt whose {@code content.xml} body ({@code office:text}) is {@code bodyXml}. */
    static byte[] odt(String title, String author, String bodyXml) {
        return odtZip(title, author, content(bodyXml)).bytes();
    }

    /** The zip of an .odt with {@code contentXml} as its whole {@code content.xml}. */
    static ZipBuilder odtZip(String title, String author, String contentXml) {
        return new ZipBuilder()
                .stored("mimetype", "application/vnd.oasis.opendocument.text")
                .entry("META-INF/manifest.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                        manifest:version="1.2">
                         <manifest:file-entry manifest:full-path="/" \
                        manifest:media-type="application/vnd.oasis.opendocument.text"/>
                         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                         <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                        </manifest:manifest>""")
                .entry("meta.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                        xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
                         <office:meta><dc:title>%s</dc:title><dc:creator>%s</dc:creator></office:meta>
                        </office:document-meta>""".formatted(title, author))
                .entry("content.xml", contentXml);
    }

    /** A {@code content.xml} with {@code bodyXml} inside {@code office:text}. */
    static String content(String bodyXml) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
                <office:body><office:text>%s</office:text></office:body>
                </office:document-content>""".formatted(bodyXml);
    }

    /**
     * An EPUB 3 whose spine lists {@code chapters} (XHTML body fragments) in order, plus a
     * navigation document that is not in the spine.
     */
    static byte[] epub(String title, String author, List<String> chapters) {
        return epubZip(title, author, chapters).bytes();
    }

    static ZipBuilder epubZip(String title, String author, List<String> chapters) {
        StringBuilder manifest = new StringBuilder(
                "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>");
        StringBuilder spine = new StringBuilder();
        for (int i = 0; i < chapters.size(); i++) {
            manifest.append("<item id=\"c%d\" href=\"c%d.xhtml\" media-type=\"application/xhtml+xml\"/>".formatted(i, i));
            spine.append("<itemref idref=\"c%d\"/>".formatted(i));
        }
        ZipBuilder zip = new ZipBuilder()
                .stored("mimetype", "application/epub+zip")
                .entry("META-INF/container.xml", """
                        <?xml version="1.0"?>
                        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                         <rootfiles><rootfile full-path="OEBPS/content.opf" \
                        media-type="application/oebps-package+xml"/></rootfiles>
                        </container>""")
                .entry("OEBPS/content.opf", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                         <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                          <dc:identifier id="id">urn:uuid:0c6f7a52-5f7b-4c8e-9d0e-3b8a2a1e7f10</dc:identifier>
                          <dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:language>es</dc:language>
                         </metadata>
                         <manifest>%s</manifest>
                         <spine>%s</spine>
                        </package>""".formatted(title, author, manifest, spine))
                .entry("OEBPS/nav.xhtml", xhtml("Índice", """
                        <nav xmlns:epub="http://www.idpf.org/2007/ops" epub:type="toc"><h1>Índice</h1>
                        <ol><li><a href="c0.xhtml">Capítulo</a></li></ol></nav>"""));
        for (int i = 0; i < chapters.size(); i++) {
            zip.entry("OEBPS/c%d.xhtml".formatted(i), xhtml("Capítulo " + i, chapters.get(i)));
        }
        return zip;
    }

    private static String xhtml(String title, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title></head>
                <body>%s</body></html>""".formatted(title, body);
    }
}
