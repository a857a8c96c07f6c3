package org.espejo.testing;

import java.util.List;

/**
 * A short story in Spanish and English written for the tests (not taken from any corpus), with
 * a paragraph the English version merges and one it leaves out.
 */
public final class Stories {

    private Stories() {
    }

    public static final List<String> SPANISH = List.of(
            "El faro de Punta Arenas",
            "Durante 43 años, Tomás Aguilar encendió cada noche el faro de Punta Arenas, en el extremo sur de Chile. "
                    + "Nunca faltó un solo día, ni siquiera durante la gran tormenta de 1987.",
            "El faro guiaba a los pescadores que volvían de noche. Muchos decían que su luz era la más brillante de la costa.",
            "En 2019 la Armada instaló un sistema automático y Tomás recibió una carta de agradecimiento firmada por el almirante.",
            "Hoy vive en Valparaíso con su hija Lucía y todavía se despierta a las siete de la tarde, la hora en que antes subía la escalera.",
            "«Echo de menos el ruido del mar», dice. «Pero no echo de menos los 212 escalones».");

    public static final List<String> ENGLISH = List.of(
            "The Lighthouse of Punta Arenas",
            "For 43 years, Tomás Aguilar lit the Punta Arenas lighthouse every night, at the southern tip of Chile. "
                    + "He never missed a single day, not even during the great storm of 1987.",
            "The lighthouse guided the fishermen coming home at night. Many said its light was the brightest on the coast. "
                    + "In 2019 the Navy installed an automatic system and Tomás received a letter of thanks signed by the admiral.",
            "\"I miss the sound of the sea,\" he says. \"But I don't miss the 212 steps.\"");

    /** The story as plain text, paragraphs separated by blank lines. */
    public static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs) + "\n";
    }
}
