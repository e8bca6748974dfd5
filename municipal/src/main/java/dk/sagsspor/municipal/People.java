package dk.sagsspor.municipal;

/** People are known only by the names the minutes print, so a person's id is the slug of the name. */
public final class People {

    private People() {
    }

    /** "Nikolaj Lykke Vad" → "nikolaj-lykke-vad", the same in every body's minutes. */
    public static String idOf(String name) {
        return Slugs.of(name.strip().replaceAll("\\s+", " "));
    }
}
