package org.espejo.text;

/** Text for HTML: the one escaper behind every report and view that writes markup by hand. */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code s} safe inside an element or a quoted attribute: {@code & < > " '} as entities. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
