package org.espejo.check;

import java.util.List;
import org.espejo.text.Span;

/**
 * One typography problem inside a paragraph, before it becomes a {@link Finding}.
 *
 * @param rule     the rule's id, the last part of the message key ({@code unopened-question})
 * @param span     the offending characters
 * @param severity how much it matters
 * @param args     the message arguments
 */
record TypoHit(String rule, Span span, Severity severity, List<Object> args) {

    TypoHit {
        args = List.copyOf(args);
    }

    static TypoHit of(String rule, int start, int end, Severity severity, Object... args) {
        return new TypoHit(rule, new Span(start, end), severity, List.of(args));
    }
}
