package dk.sagsspor.minutes;

/**
 * The text sections of an agenda item; each is null when the item has no such section.
 * Paragraphs are separated by a blank line ("\n\n").
 *
 * @param resume                  "Resume og sagens baggrund"
 * @param indstillinger           "Indstillinger", the administration's recommendation
 * @param sagsfremstilling        "Sagsfremstilling", the case presentation
 * @param oekonomiskeKonsekvenser "Økonomiske konsekvenser"
 */
public record Sections(String resume, String indstillinger, String sagsfremstilling, String oekonomiskeKonsekvenser) {
    public static final Sections EMPTY = new Sections(null, null, null, null);
}
