package dk.sagsspor.municipal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL- and id-safe slugs of Danish names: "Frivilligrådet" becomes "frivilligraadet". Every id made from a name (a
 * body's, a person's) is a slug, and ids are stored in bounded columns and grow into longer ids (a meeting id is the
 * body id and a date), so a slug is at most {@link #MAX_LENGTH} characters: a longer one keeps its start and ends in
 * a hash of the whole, which keeps it readable, stable and distinct.
 */
public final class Slugs {

    /** What is kept of a long slug's start. */
    static final int KEPT = 60;
    /** Hex digits of the SHA-256 of the whole slug that end a shortened one. */
    static final int HASH_DIGITS = 8;
    public static final int MAX_LENGTH = KEPT + 1 + HASH_DIGITS;

    // Compiled once: a body the registry does not know is slugged every time a document names it.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private Slugs() {
    }

    public static String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String ascii = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String slug = OUTER_DASHES.matcher(NOT_SLUG.matcher(ascii).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "unknown" : bounded(slug);
    }

    /** "…-2f1c9a0b": the first 60 characters (without a dash they may end in), a dash and 8 hex digits. */
    private static String bounded(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String start = TRAILING_DASHES.matcher(slug.substring(0, KEPT)).replaceAll("");
        return start + "-" + sha256Hex(slug).substring(0, HASH_DIGITS);
    }

    private static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
