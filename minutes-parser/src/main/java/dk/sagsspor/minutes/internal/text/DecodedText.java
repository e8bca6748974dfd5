package dk.sagsspor.minutes.internal.text;

import java.nio.charset.Charset;

/** Text decoded from a document's bytes, and the character set it was found to be in. */
public record DecodedText(String text, Charset charset) {
}
