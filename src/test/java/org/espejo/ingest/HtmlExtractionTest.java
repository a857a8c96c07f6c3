package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.espejo.text.Document;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

    @Test
    void nested_markup_gives_one_paragraph_per_block_with_its_kind() throws Exception {
        String html = """
                <!DOCTYPE html>
                <html lang="es"><head><title>El cuento</title><meta name="author" content="Ana Autora">
                <style>p { color: red }</style><script>var oculto = "no es texto";</script></head>
                <body>
                <nav><ul><li><a href="/">Inicio</a></li><li><a href="/otro">Otro</a></li></ul></nav>
                <article><header><h1>Capítulo <em>uno</em></h1></header>
                 <section><div class="columna"><div>
                  <p>En un lugar de la <b>Mancha, <i>de cuyo nombre</i></b> no quiero&nbsp;acordarme.</p>
                  Texto suelto<div>en un div</div>tras el div
                  <blockquote><p>«Sancho, amigo».</p><p>Dijo don Quijote.</p></blockquote>
                  <ul><li>uno<ul><li>uno y medio</li></ul></li><li><p>dos</p></li></ul>
                  <table><caption>Personajes</caption><tr><th>Nombre</th><td>Alonso <span>Quijano</span></td></tr></table>
                  <p>Verso primero<br>verso segundo<br><br>Otra estrofa &amp; fin&#8212;</p>
                 </div></div></section>
                 <footer><p>Publicado en 1605.</p></footer>
                </article>
                <noscript>Active JavaScript.</noscript>
                </body></html>""";

        Document document = Extracted.extract("cuento.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(Extracted.kindsAndTexts(document)).containsExactly(
                "HEADING Capítulo uno",
                "BODY En un lugar de la Mancha, de cuyo nombre no quiero acordarme.",
                "BODY Texto suelto",
                "BODY en un div",
                "BODY tras el div",
                "QUOTE «Sancho, amigo».",
                "QUOTE Dijo don Quijote.",
                "LIST_ITEM uno",
                "LIST_ITEM uno y medio",
                "LIST_ITEM dos",
                "BODY Personajes",
                "TABLE_CELL Nombre",
                "TABLE_CELL Alonso Quijano",
                "BODY Verso primero verso segundo",
                "BODY Otra estrofa & fin—",
                "BODY Publicado en 1605.");
        assertThat(document.info().title()).isEqualTo("El cuento");
        assertThat(document.info().author()).isEqualTo("Ana Autora");
        assertThat(document.info().mediaType()).isEqualTo("text/html");
    }

    @Test
    void the_charset_a_page_declares_is_honoured() throws Exception {
        String html = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
                <body><p>“¿Qué dices?” —preguntó el señor… ¡Ñandú!</p></body></html>""";

        Document document = Extracted.extract("pagina.htm", html.getBytes("windows-1252"));

        assertThat(document.texts()).containsExactly("“¿Qué dices?” —preguntó el señor… ¡Ñandú!");
    }

    @Test
    void xhtml_is_read_like_html() throws Exception {
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>
                <body><h2>Título</h2><p>Párrafo.</p></body></html>""";

        assertThat(Extracted.kindsAndTexts(Extracted.extract("cuento.xhtml", xhtml.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("HEADING Título", "BODY Párrafo.");
    }
}
