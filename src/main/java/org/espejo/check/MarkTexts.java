package org.espejo.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The text a finding's marks cover, looked up in the story's paragraphs. */
final class MarkTexts {

    private final Map<Side, Map<Integer, String>> paragraphs = new EnumMap<>(Side.class);

    MarkTexts(AlignedStory story) {
        for (Side side : Side.values()) {
            Map<Integer, String> texts = new HashMap<>();
            for (StoryRow row : story.rows()) {
                row.side(side).forEach(p -> texts.put(p.paragraph(), p.text()));
            }
            paragraphs.put(side, texts);
        }
    }

    /** The marked texts of one side, each shortened to {@code max} characters. */
    List<String> texts(Finding finding, Side side, int max) {
        List<String> texts = new ArrayList<>();
        for (Mark m : side == Side.LEFT ? finding.left() : finding.right()) {
            String paragraph = paragraphs.get(side).getOrDefault(m.paragraph(), "");
            if (m.span().end() <= paragraph.length()) {
                texts.add(Rows.excerpt(m.span().of(paragraph), max));
            }
        }
        return texts;
    }

    /** The marks of one side as {@code ¶5:34-38}, joined by spaces. */
    static String places(Finding finding, Side side) {
        List<String> places = new ArrayList<>();
        for (Mark m : side == Side.LEFT ? finding.left() : finding.right()) {
            places.add("¶" + m.paragraph() + ":" + m.span().start() + "-" + m.span().end());
        }
        return String.join(" ", places);
    }
}
