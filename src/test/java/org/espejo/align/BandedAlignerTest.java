package org.espejo.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.espejo.align.Fixtures.EN;
import static org.espejo.align.Fixtures.EN_ONLY;
import static org.espejo.align.Fixtures.ES;
import static org.espejo.align.Fixtures.ES_ONLY;
import static org.espejo.align.Fixtures.compact;
import static org.espejo.align.Fixtures.inserted;
import static org.espejo.align.Fixtures.merged;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandedAlignerTest {

    private final BandedAligner aligner = new BandedAligner();

    private Alignment align(List<String> source, List<String> target) {
        return aligner.align(Bitext.of(source, target));
    }

    @Test
    void parallel_paragraphs_align_one_to_one() {
        assertThat(compact(align(ES, EN))).isEqualTo("0-0 1-1 2-2 3-3 4-4 5-5 6-6 7-7 8-8 9-9");
    }

    @Test
    void merged_paragraph_aligns_two_to_one() {
        assertThat(compact(align(ES, merged(EN, 3, 5)))).contains("3,4-3 5-4");
    }

    @Test
    void split_paragraph_aligns_one_to_two() {
        assertThat(compact(align(merged(ES, 3, 5), EN))).contains("3-3,4 4-5");
    }

    @Test
    void three_paragraphs_merged_align_three_to_one() {
        assertThat(compact(align(ES, merged(EN, 2, 5)))).contains("2,3,4-2 5-3");
    }

    @Test
    void paragraph_split_in_three_aligns_one_to_three() {
        assertThat(compact(align(merged(ES, 2, 5), EN))).contains("2-2,3,4 3-5");
    }

    @Test
    void differently_cut_passage_aligns_two_to_two() {
        List<String> source = new ArrayList<>(ES.subList(0, 3));
        source.add(ES.get(3) + " " + ES.get(4));
        source.add(ES.get(5));
        source.addAll(ES.subList(6, 10));
        List<String> target = new ArrayList<>(EN.subList(0, 3));
        target.add(EN.get(3));
        target.add(EN.get(4) + " " + EN.get(5));
        target.addAll(EN.subList(6, 10));
        assertThat(compact(align(source, target))).contains("2-2 3,4-3,4 5-5");
    }

    @Test
    void untranslated_source_paragraph_aligns_one_to_zero() {
        assertThat(compact(align(inserted(ES, 4, ES_ONLY), EN))).contains("3-3 4- 5-4");
    }

    @Test
    void added_target_paragraph_aligns_zero_to_one() {
        assertThat(compact(align(ES, inserted(EN, 6, EN_ONLY)))).contains("5-5 -6 6-7");
    }

    @Test
    void empty_source_gives_only_target_gaps() {
        Alignment a = align(List.of(), EN.subList(0, 3));
        assertThat(compact(a)).isEqualTo("-0 -1 -2");
    }

    @Test
    void empty_target_gives_only_source_gaps() {
        assertThat(compact(align(ES.subList(0, 2), List.of()))).isEqualTo("0- 1-");
    }

    @Test
    void two_empty_texts_give_an_empty_alignment() {
        Alignment a = align(List.of(), List.of());
        assertThat(a.beads()).isEmpty();
        assertThat(a.moves()).isEmpty();
    }

    @Test
    void one_paragraph_each_aligns_one_to_one() {
        assertThat(compact(align(ES.subList(0, 1), EN.subList(0, 1)))).isEqualTo("0-0");
    }

    @Test
    void identical_texts_align_on_the_diagonal() {
        assertThat(compact(align(EN, EN))).isEqualTo("0-0 1-1 2-2 3-3 4-4 5-5 6-6 7-7 8-8 9-9");
    }

    @Test
    void blank_and_empty_units_still_give_a_valid_alignment() {
        Alignment a = align(List.of("", " ", "Hola."), List.of("", "Hello."));
        assertThat(a.sourceSize()).isEqualTo(3);
        assertThat(a.targetSize()).isEqualTo(2);
    }

    @Test
    void twenty_times_more_paragraphs_on_one_side_covers_everything() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.addAll(ES);
        }
        Alignment a = align(many, EN);
        assertThat(a.sourceSize()).isEqualTo(200);
        assertThat(a.targetSize()).isEqualTo(10);
        assertThat(a.beads()).allSatisfy(b -> assertThat(b.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void long_texts_are_aligned_inside_a_band() {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            source.add(ES.get(i % 10) + " " + i);
            target.add(EN.get(i % 10) + " " + i);
        }
        source.add(1500, ES_ONLY);
        Alignment a = align(source, target);
        assertThat(a.beads()).hasSize(3001);
        assertThat(a.beads().get(1500).type()).isEqualTo("1-0");
        assertThat(a.beads().get(2999).source()).isEqualTo(Range.single(2999));
    }

    @Test
    void fixed_links_are_kept_and_the_rest_aligned_around_them() {
        FixedLink odd = new FixedLink(Range.of(4, 6), Range.of(4, 5));
        Alignment a = aligner.align(Bitext.of(ES, EN), List.of(odd));
        assertThat(compact(a)).isEqualTo("0-0 1-1 2-2 3-3 4,5-4 -5 6-6 7-7 8-8 9-9");
        Bead fixed = a.beads().get(4);
        assertThat(fixed.confidence()).isEqualTo(1.0);
    }

    @Test
    void fixed_links_in_any_order_are_accepted() {
        List<FixedLink> links = List.of(new FixedLink(Range.single(7), Range.single(7)),
                new FixedLink(Range.single(2), Range.single(2)));
        assertThat(compact(aligner.align(Bitext.of(ES, EN), links))).isEqualTo("0-0 1-1 2-2 3-3 4-4 5-5 6-6 7-7 8-8 9-9");
    }

    @Test
    void crossing_fixed_links_are_rejected() {
        List<FixedLink> links = List.of(new FixedLink(Range.single(2), Range.single(5)),
                new FixedLink(Range.single(4), Range.single(3)));
        assertThatThrownBy(() -> aligner.align(Bitext.of(ES, EN), links)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fixed_link_outside_the_text_is_rejected() {
        List<FixedLink> links = List.of(new FixedLink(Range.single(12), Range.single(2)));
        assertThatThrownBy(() -> aligner.align(Bitext.of(ES, EN), links)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moved_paragraph_is_reported_as_a_move() {
        List<String> source = new ArrayList<>(ES);
        String moved = source.remove(1);
        source.add(moved);
        Alignment a = align(source, EN);
        assertThat(a.moves()).hasSize(1);
        Move move = a.moves().get(0);
        Bead gapSource = a.beads().get(move.sourceGapBead());
        Bead gapTarget = a.beads().get(move.targetGapBead());
        assertThat(gapSource.source()).isEqualTo(Range.single(9));
        assertThat(gapSource.target().isEmpty()).isTrue();
        assertThat(gapTarget.target()).isEqualTo(Range.single(1));
        assertThat(gapTarget.source().isEmpty()).isTrue();
    }

    @Test
    void unrelated_gaps_are_not_moves() {
        Alignment a = align(inserted(ES, 2, ES_ONLY), inserted(EN, 8, EN_ONLY));
        assertThat(a.moves()).isEmpty();
    }

    @Test
    void evidence_names_the_shared_numbers_names_and_cognates() {
        Alignment a = align(ES, EN);
        Evidence museum = a.beads().get(2).evidence();
        assertThat(museum.numbers()).contains("48.000");
        assertThat(museum.names()).contains("Martínez");
        Evidence coffee = a.beads().get(1).evidence();
        assertThat(coffee.cognates()).contains("producción~production");
        assertThat(coffee.numbers()).contains("17");
        assertThat(coffee.lengthRatio()).isBetween(0.7, 1.1);
    }

    @Test
    void a_bead_with_an_equally_good_rival_gets_low_confidence_and_clear_beads_high() {
        Alignment a = align(ES, inserted(EN, 5, EN.get(4)));
        for (Bead bead : a.beads()) {
            boolean ambiguous = bead.source().contains(4) || bead.target().contains(4) || bead.target().contains(5);
            if (ambiguous) {
                assertThat(bead.confidence()).as("ambiguous %s", bead).isLessThan(0.7);
            } else {
                assertThat(bead.confidence()).as("clear %s", bead).isGreaterThan(0.8);
            }
        }
    }

    @Test
    void confidences_are_probabilities_and_fixed_links_are_certain() {
        Alignment a = aligner.align(Bitext.of(ES, EN), List.of(new FixedLink(Range.single(3), Range.single(3))));
        assertThat(a.beads()).allSatisfy(b -> assertThat(b.confidence()).isBetween(0.0, 1.0));
        assertThat(a.beads().get(3).confidence()).isEqualTo(1.0);
    }

    @Test
    void works_for_other_language_pairs() {
        List<String> de = List.of("Der Präsident besuchte Berlin am 3. Mai 1921.", "Die Kaffeeproduktion stieg um 17 Prozent.",
                "Das Museum in Hamburg hatte 48.000 Besucher.");
        List<String> fr = List.of("Le président a visité Berlin le 3 mai 1921.", "La production de café a augmenté de 17 pour cent.",
                "Le musée de Hambourg a reçu 48 000 visiteurs.");
        assertThat(compact(aligner.align(new Bitext(de, org.espejo.text.Lang.GERMAN, fr, org.espejo.text.Lang.FRENCH))))
                .isEqualTo("0-0 1-1 2-2");
    }
}
