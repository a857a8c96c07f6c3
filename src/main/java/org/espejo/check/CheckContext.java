package org.espejo.check;

import java.util.Objects;

/**
 * What a check run shares between the checks: the settings, the glossary, and the analysis of
 * the story (names, vocabulary, name pairings learned from the story) computed once per run.
 * Not thread-safe; one context per run.
 */
public final class CheckContext {

    private final CheckSettings settings;
    private final Glossary glossary;
    private final AlignedStory story;
    private StoryNames names;

    CheckContext(AlignedStory story, CheckSettings settings, Glossary glossary) {
        this.story = Objects.requireNonNull(story, "story");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.glossary = Objects.requireNonNull(glossary, "glossary");
    }

    public CheckSettings settings() {
        return settings;
    }

    public Glossary glossary() {
        return glossary;
    }

    /** The names of the story and how they pair across the sides, computed on first use. */
    StoryNames names() {
        if (names == null) {
            names = StoryNames.of(story);
        }
        return names;
    }
}
