package org.espejo.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkScoreTest {

    private static List<Link> links(String... lines) {
        return Arrays.stream(lines).map(Link::parse).toList();
    }

    @Test
    void identical_alignments_score_one() {
        List<Link> gold = links("0\t0", "1,2\t1", "3\t", "\t2");
        LinkScore s = LinkScore.of(gold, gold);
        assertThat(s.f1Strict()).isEqualTo(1.0);
        assertThat(s.f1Lax()).isEqualTo(1.0);
    }

    @Test
    void a_wrong_merge_is_a_lax_but_not_a_strict_hit() {
        LinkScore s = LinkScore.of(links("0\t0", "1\t1", "2\t2"), links("0\t0", "1,2\t1,2"));
        assertThat(s.precisionStrict()).isEqualTo(0.5);
        assertThat(s.precisionLax()).isEqualTo(1.0);
        assertThat(s.recallStrict()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.recallLax()).isEqualTo(1.0);
    }

    @Test
    void gaps_count_for_precision_but_not_for_recall() {
        LinkScore s = LinkScore.of(links("0\t0", "1\t"), links("0\t0", "1\t", "\t1"));
        assertThat(s.precisionStrict()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.precisionLaxMisses()).isEqualTo(1);
        assertThat(s.recallStrictHits() + s.recallStrictMisses()).isEqualTo(1);
        assertThat(s.recallStrict()).isEqualTo(1.0);
    }

    @Test
    void a_missed_gap_absorbed_into_a_merge_loses_strict_precision() {
        LinkScore s = LinkScore.of(links("0\t0", "1\t", "2\t1"), links("0\t0", "1,2\t1"));
        assertThat(s.precisionStrict()).isEqualTo(0.5);
        assertThat(s.recallStrict()).isEqualTo(0.5);
        assertThat(s.recallLax()).isEqualTo(1.0);
    }

    @Test
    void scores_add_up_over_documents() {
        LinkScore a = LinkScore.of(links("0\t0"), links("0\t0"));
        LinkScore b = LinkScore.of(links("0\t0", "1\t1"), links("0,1\t0,1"));
        LinkScore total = a.plus(b);
        assertThat(total.precisionStrict()).isEqualTo(0.5);
        assertThat(total.recallStrict()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void non_contiguous_gold_links_are_read_as_written() {
        Link link = Link.parse("250\t291,293,294");
        assertThat(link.target()).containsExactly(291, 293, 294);
        assertThat(Link.parse("\t16").isGap()).isTrue();
    }
}
