package org.espejo.language;

/**
 * Small texts for the language tests. The Quijote excerpts (Cervantes, 1605; Ormsby's
 * translation, 1885) are public domain; the rest was written for these tests.
 */
final class Fixtures {

    static final String SPANISH = """
            En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo que \
            vivía un hidalgo de los de lanza en astillero, adarga antigua, rocín flaco y galgo corredor.""";

    static final String ENGLISH = """
            In a village of La Mancha, the name of which I have no desire to call to mind, there \
            lived not long since one of those gentlemen that keep a lance in the lance-rack, an old \
            buckler, a lean hack, and a greyhound for coursing.""";

    static final String SPANISH_2 = """
            Es, pues, de saber que este sobredicho hidalgo, los ratos que estaba ocioso, que eran \
            los más del año, se daba a leer libros de caballerías con tanta afición y gusto.""";

    static final String ENGLISH_2 = """
            You must know, then, that the above-named gentleman whenever he was at leisure, which \
            was mostly all the year round, gave himself up to reading books of chivalry.""";

    static final String FRENCH = """
            Le conseil municipal a voté hier soir un nouveau budget pour les écoles de la ville, \
            malgré l'opposition de plusieurs élus.""";

    static final String GERMAN = """
            Der Stadtrat hat gestern Abend einen neuen Haushalt für die Schulen der Stadt \
            beschlossen, trotz des Widerstands mehrerer Abgeordneter.""";

    static final String PORTUGUESE = """
            A câmara municipal aprovou ontem à noite um novo orçamento para as escolas da cidade, \
            apesar da oposição de vários vereadores.""";

    /** A Spanish news paragraph quoting an English post. */
    static final String SPANISH_WITH_ENGLISH_QUOTE = """
            El alcalde respondió a las críticas en las redes sociales. En su cuenta escribió: \
            "We are working day and night to fix the water supply, thank you for your patience." \
            Los vecinos, sin embargo, siguen sin agua corriente desde el lunes por la mañana.""";

    /** A long English quotation framed by a few Spanish words. */
    static final String ENGLISH_QUOTE_FRAMED_IN_SPANISH = """
            “We shall fight on the beaches, we shall fight on the landing grounds, we shall never \
            surrender”, dijo el primer ministro ante la Cámara de los Comunes en junio de 1940.""";

    /** Half Spanish, half English, with no quotation marks. */
    static final String HALF_SPANISH_HALF_ENGLISH = """
            El ayuntamiento aprobó ayer un nuevo presupuesto para las escuelas de la ciudad. The \
            city council approved a new budget for the schools of the city yesterday.""";

    private Fixtures() {
    }
}
