package dk.sagsspor.minutes;

import dk.sagsspor.minutes.internal.parse.DocumentShape;
import dk.sagsspor.minutes.internal.text.LineReader;
import dk.sagsspor.minutes.internal.text.PdfText;
import dk.sagsspor.minutes.internal.text.SourceLine;
import dk.sagsspor.minutes.internal.text.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one minutes document (plain text, Markdown or PDF; UTF-8 or Windows-1252; LF or CRLF) into a
 * {@link ParseResult}. Never throws for bad content: a document that is not minutes comes back rejected, with a
 * reason that says what was missing. Thread-safe; every call is independent.
 */
public final class MinutesParser {

    public ParseResult parse(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    /** Parses the bytes of a document; PDF is recognised by its signature, anything else is read as text. */
    public ParseResult parse(byte[] content) {
        return parse(content, TextDecoder.WINDOWS_1252);
    }

    /**
     * The same, reading text that is not valid UTF-8 with the given charset (a client's declared charset) instead of
     * Windows-1252.
     */
    public ParseResult parse(byte[] content, java.nio.charset.Charset notUtf8) {
        if (content.length == 0) {
            return ParseResult.rejected("The document is empty.");
        }
        String text;
        if (PdfText.looksLikePdf(content)) {
            try {
                text = PdfText.extract(content);
            } catch (IOException | RuntimeException unreadable) {
                return ParseResult.rejected("The PDF could not be read: " + unreadable.getMessage());
            }
        } else {
            text = TextDecoder.decode(content, notUtf8).text();
        }
        return parseText(text);
    }

    /** Parses text that is already decoded. */
    public ParseResult parseText(String text) {
        String problem = DocumentShape.problemWithText(text);
        if (problem != null) {
            return ParseResult.rejected(problem);
        }
        List<SourceLine> lines = LineReader.of(TextDecoder.normaliseLineEnds(text));
        DocumentShape shape = DocumentShape.of(lines);
        return switch (shape.layout()) {
            case AGENDA -> new AgendaMinutesParser().parse(lines, shape.draftMarked());
            case TIME_SLOTS -> new TimeSlotMinutesParser().parse(lines, shape.draftMarked());
            case NONE -> ParseResult.rejected(shape.whyNotMinutes());
        };
    }
}
