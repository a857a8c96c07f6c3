package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.check.TestStories.rules;
import static org.espejo.check.TestStories.run;

import java.util.ArrayList;
import java.util.List;
import org.espejo.align.Alignment;
import org.espejo.align.Bead;
import org.espejo.align.Evidence;
import org.espejo.align.Range;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;

class OmissionsCheckTest {

    private static final String ES = "El faro de la isla guiaba cada noche a los pescadores que volvían tarde al puerto.";
    private static final String EN = "The island lighthouse guided the fishermen who came back late to the harbour every night.";

    @Test
    void a_paragraph_without_counterpart_is_reported_on_its_side() {
        AlignedStory story = TestStories.rows(List.of(ES, "Y nadie lo recuerda ya."), List.of(EN), "0:0 1:");
        List<Finding> findings = run(CheckType.OMISSIONS, story);
        assertThat(rules(findings)).containsExactly("only-left");
        assertThat(findings.get(0).row()).isEqualTo(1);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void a_row_far_shorter_than_the_stories_usual_ratio_is_reported() {
        List<String> es = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            es.add(ES);
            en.add(EN);
        }
        es.add(ES + " Muchos años después, el faro se apagó para siempre y los pescadores tuvieron que aprender a volver sin su luz.");
        en.add(EN);
        List<Finding> findings = run(CheckType.OMISSIONS, TestStories.parallel(es, en));
        assertThat(rules(findings)).containsExactly("short-right");
        assertThat(findings.get(0).row()).isEqualTo(10);
    }

    @Test
    void usual_length_differences_and_short_headlines_are_not_reported() {
        List<String> es = new ArrayList<>(List.of("Los precios de los trenes y de los albergues suben este verano"));
        List<String> en = new ArrayList<>(List.of("Train and Hostel Fares Rise"));
        for (int i = 0; i < 10; i++) {
            es.add(ES);
            en.add(i % 2 == 0 ? EN : "Every night the lighthouse guided the fishermen home.");
        }
        assertThat(run(CheckType.OMISSIONS, TestStories.parallel(es, en))).isEmpty();
    }

    @Test
    void a_sentence_without_counterpart_is_reported_when_the_row_is_longer_by_that_much() {
        String extra = "Su luz se veía desde muy lejos de allí.";
        List<String> es = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<Alignment> links = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            es.add(ES);
            en.add(EN);
            links.add(Alignment.of(1, 1, List.of(link(0, 1, 0, 1))));
        }
        es.add(ES + " " + extra);
        en.add(EN);
        links.add(Alignment.of(2, 1, List.of(link(0, 1, 0, 1), link(1, 2, 1, 1))));
        AlignedStory story = new StoryBuilder(Lang.SPANISH, Lang.ENGLISH).paragraphs(es, en)
                .alignment(TestStories.oneToOne(es.size())).sentenceLinks(links).build();
        List<Finding> findings = run(CheckType.OMISSIONS, story);
        assertThat(rules(findings)).containsExactly("sentence-only-left");
        assertThat(findings.get(0).row()).isEqualTo(8);
        assertThat(findings.get(0).args()).first().asString().startsWith("Su luz");
    }

    @Test
    void a_sentence_left_alone_by_the_links_is_not_reported_when_the_lengths_match() {
        AlignedStory story = withLinks("El faro guiaba a los pescadores. Volvían tarde al puerto.",
                "The lighthouse guided the fishermen, who came back late to the harbour.",
                List.of(link(0, 1, 0, 1), link(1, 2, 1, 1)));
        assertThat(run(CheckType.OMISSIONS, story)).isEmpty();
    }

    private static Bead link(int s0, int s1, int t0, int t1) {
        return new Bead(new Range(s0, s1), new Range(t0, t1), 1, Evidence.NONE);
    }

    private static AlignedStory withLinks(String es, String en, List<Bead> links) {
        int left = links.get(links.size() - 1).source().end();
        int right = links.get(links.size() - 1).target().end();
        return new StoryBuilder(Lang.SPANISH, Lang.ENGLISH).paragraphs(List.of(es), List.of(en))
                .alignment(TestStories.oneToOne(1)).sentenceLinks(List.of(Alignment.of(left, right, links))).build();
    }
}
