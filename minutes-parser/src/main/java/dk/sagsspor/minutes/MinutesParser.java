package dk.sagsspor.minutes;

import dk.sagsspor.minutes.internal.parse.DocumentShape;
import dk.sagsspor.minutes.internal.text.LineReader;
import dk.sagsspor.minutes.internal.text.PdfRejectedException;
import dk.sagsspor.minutes.internal.text.PdfText;
import dk.sagsspor.minutes.internal.text.SourceLine;
import dk.sagsspor.minutes.internal.text.TextDecoder;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads one minutes document (plain text, Markdown or PDF; UTF-8 or Windows-1252; LF or CRLF) into a
 * {@link ParseResult}. Never throws for the content of a document: a document that is not minutes, that goes past a
 * {@link ParseLimits limit}, or that the parser fails on comes back rejected, with a reason. Thread-safe; every call
 * is independent.
 */
public final class MinutesParser {

    /** How much of a failure's own message a reason repeats: enough to recognise it, not a stack trace. */
    private static final int MAX_FAILURE_MESSAGE = 200;

    private final ParseLimits limits;

    /** A parser with the {@link ParseLimits#DEFAULTS default limits}. */
    public MinutesParser() {
        this(ParseLimits.DEFAULTS);
    }

    public MinutesParser(ParseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @throws IOException only when the file cannot be read; its content is judged like any other bytes */
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
    public ParseResult parse(byte[] content, Charset notUtf8) {
        return rejectingFailures(() -> read(content, notUtf8));
    }

    /** Parses text that is already decoded. */
    public ParseResult parseText(String text) {
        return rejectingFailures(() -> readText(text));
    }

    private ParseResult read(byte[] content, Charset notUtf8) {
        if (content.length == 0) {
            return ParseResult.rejected("The document is empty.");
        }
        if (!PdfText.looksLikePdf(content)) {
            return readText(TextDecoder.decode(content, notUtf8).text());
        }
        try {
            return readText(PdfText.extract(content, limits.pdfBudget()));
        } catch (PdfRejectedException rejected) {
            return ParseResult.rejected(rejected.getMessage());
        } catch (IOException | RuntimeException unreadable) {
            return ParseResult.rejected("The PDF could not be read: " + unreadable.getMessage());
        }
    }

    private static ParseResult readText(String text) {
        int unprintable = TextDecoder.unprintable(text); // counted once: judging the text and reading it both need it
        String problem = DocumentShape.problemWithText(text, unprintable);
        if (problem != null) {
            return ParseResult.rejected(problem);
        }
        List<SourceLine> lines = LineReader.of(TextDecoder.forReading(text, unprintable));
        DocumentShape shape = DocumentShape.of(lines);
        return switch (shape.layout()) {
            case AGENDA -> new AgendaMinutesParser().parse(lines, shape.draftMarked());
            case TIME_SLOTS -> new TimeSlotMinutesParser().parse(lines, shape.draftMarked());
            case NONE -> ParseResult.rejected(shape.whyNotMinutes());
        };
    }

    /**
     * A document the parser fails on is a document it cannot read, never an error of the caller's: whatever the
     * parser or PDFBox throws (a bug met by unusual content, a structure nested deeper than the stack) becomes a
     * rejection, so a service answers 422 with a reason, not 500.
     */
    private static ParseResult rejectingFailures(Supplier<ParseResult> parsing) {
        try {
            return parsing.get();
        } catch (RuntimeException | StackOverflowError failure) {
            return ParseResult.rejected("The parser could not read this document: " + shortReason(failure));
        }
    }

    private static String shortReason(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "its structure is nested or repeated too deeply.";
        }
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage().strip();
        String reason = failure.getClass().getSimpleName() + message;
        return reason.length() <= MAX_FAILURE_MESSAGE ? reason : reason.substring(0, MAX_FAILURE_MESSAGE) + "…";
    }
}
