package org.espejo.align;

import java.util.ArrayList;
import java.util.List;

/** Small invented Spanish/English paragraph pairs, each with its own names and numbers. */
final class Fixtures {

    static final List<String> ES = List.of(
            "El presidente Obregón visitó Guadalajara el 3 de mayo de 1921 con 250 soldados.",
            "La producción de café en Veracruz aumentó un 17 por ciento durante la temporada.",
            "El museo de Oaxaca recibió 48.000 visitantes, según la directora Martínez.",
            "¿Quién construyó el puente de Tampico? Nadie lo sabe con certeza desde 1887.",
            "La compañía Pemex anunció inversiones de 3.200 millones en Campeche.",
            "El volcán Popocatépetl expulsó ceniza sobre Puebla durante 6 horas seguidas.",
            "Los científicos de Monterrey descubrieron 23 especies nuevas de orquídeas tropicales.",
            "La selección de Chihuahua ganó el torneo nacional por 4 goles a 1 en Toluca.",
            "El gobernador Herrera inauguró en Mérida una biblioteca con 90.000 libros.",
            "Las lluvias de septiembre inundaron 312 casas en el puerto de Acapulco.");

    static final List<String> EN = List.of(
            "President Obregón visited Guadalajara on 3 May 1921 with 250 soldiers.",
            "Coffee production in Veracruz increased by 17 percent during the season.",
            "The Oaxaca museum received 48,000 visitors, according to director Martinez.",
            "Who built the Tampico bridge? Nobody knows for certain since 1887.",
            "The company Pemex announced investments of 3,200 million in Campeche.",
            "The Popocatépetl volcano spewed ash over Puebla for 6 hours straight.",
            "Scientists from Monterrey discovered 23 new species of tropical orchids.",
            "The Chihuahua team won the national tournament 4 goals to 1 in Toluca.",
            "Governor Herrera opened a library with 90,000 books in Mérida.",
            "The September rains flooded 312 houses in the port of Acapulco.");

    /** An extra Spanish paragraph that no English paragraph translates. */
    static final String ES_ONLY = "El ayuntamiento de Querétaro aprobó 57 reglamentos sobre tráfico urbano y estacionamiento.";
    /** An extra English paragraph that no Spanish paragraph translates. */
    static final String EN_ONLY = "Weather forecasters in Anchorage expect 88 centimetres of snow before Thanksgiving weekend.";

    private Fixtures() {
    }

    /** Paragraphs {@code from..to-1} joined into one paragraph. */
    static String joined(List<String> paragraphs, int from, int to) {
        return String.join(" ", paragraphs.subList(from, to));
    }

    /** A copy of {@code paragraphs} where {@code [from, to)} became one paragraph. */
    static List<String> merged(List<String> paragraphs, int from, int to) {
        List<String> out = new ArrayList<>(paragraphs.subList(0, from));
        out.add(joined(paragraphs, from, to));
        out.addAll(paragraphs.subList(to, paragraphs.size()));
        return out;
    }

    /** A copy of {@code paragraphs} with {@code extra} inserted at {@code at}. */
    static List<String> inserted(List<String> paragraphs, int at, String extra) {
        List<String> out = new ArrayList<>(paragraphs);
        out.add(at, extra);
        return out;
    }

    /** The beads as {@code "0-0 1,2-1 3-"} for compact assertions. */
    static String compact(Alignment alignment) {
        StringBuilder sb = new StringBuilder();
        for (Bead b : alignment.beads()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(b.source().toIndexList()).append('-').append(b.target().toIndexList());
        }
        return sb.toString();
    }
}
