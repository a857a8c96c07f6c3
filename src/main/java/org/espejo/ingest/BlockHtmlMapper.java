package org.espejo.ingest;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tika's HTML mapping with the block structure kept: layout containers ({@code div},
 * {@code section}, {@code article}…) arrive as {@code div} and line breaks as {@code br}, so text
 * in neighbouring containers is never glued together, while navigation, scripts, forms and
 * other non-content elements are dropped with everything inside them. Stateless.
 */
final class BlockHtmlMapper implements HtmlMapper {

    static final BlockHtmlMapper INSTANCE = new BlockHtmlMapper();

    private static final Set<String> CONTAINERS = Set.of("DIV", "SECTION", "ARTICLE", "MAIN", "HEADER",
            "FOOTER", "ASIDE", "FIGURE", "FIGCAPTION", "CAPTION", "CENTER", "DETAILS", "SUMMARY", "HGROUP",
            "FIELDSET", "LEGEND");
    private static final Set<String> DISCARDED = Set.of("NAV", "NOSCRIPT", "TEMPLATE", "SELECT", "BUTTON",
            "TEXTAREA", "SVG", "CANVAS", "AUDIO", "VIDEO");

    private BlockHtmlMapper() {
    }

    @Override
    public String mapSafeElement(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("BR")) {
            return "br";
        }
        if (CONTAINERS.contains(upper)) {
            return "div";
        }
        return DefaultHtmlMapper.INSTANCE.mapSafeElement(upper);
    }

    @Override
    public boolean isDiscardElement(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return DISCARDED.contains(upper) || DefaultHtmlMapper.INSTANCE.isDiscardElement(upper);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        return DefaultHtmlMapper.INSTANCE.mapSafeAttribute(elementName, attributeName);
    }
}
