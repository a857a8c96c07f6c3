package org.espejo.text;

import java.util.Objects;

/**
 * What is known about a document apart from its paragraphs.
 *
 * @param fileName  the name it was uploaded or read under ("pasted text" for a paste)
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param title     the document's own title, or an empty string
 * @param author    the document's own author, or an empty string
 */
public record DocumentInfo(String fileName, String mediaType, String title, String author) {

    public DocumentInfo {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        title = title == null ? "" : title;
        author = author == null ? "" : author;
    }

    /** Information for a text that was pasted or built in code. */
    public static DocumentInfo ofText(String name) {
        return new DocumentInfo(name, "text/plain", "", "");
    }
}
