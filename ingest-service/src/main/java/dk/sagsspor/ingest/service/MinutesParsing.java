package dk.sagsspor.ingest.service;

import dk.sagsspor.ingest.config.IngestConfig;
import dk.sagsspor.minutes.MinutesParser;
import dk.sagsspor.minutes.ParseLimits;
import dk.sagsspor.minutes.ParseResult;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/**
 * The service's parsers: {@link BoundedParsing} sized by {@code sagsspor.ingest.parse.*}, outside any transaction, with
 * the PDF limits ({@link ParseLimits}) from the same settings.
 */
@ApplicationScoped
public class MinutesParsing {

    private final MinutesParser parser;
    private final BoundedParsing bounded;

    MinutesParsing(IngestConfig config) {
        IngestConfig.Parse parse = config.parse();
        this.parser = new MinutesParser(new ParseLimits(parse.maxPdfPages(), parse.maxPdfMemory().asLongValue(),
                parse.maxPdfTempFiles().asLongValue(), parse.maxPdfTextChars(),
                parse.maxPdfDecoded().asLongValue()));
        this.bounded = new BoundedParsing(parse.threads().orElse(Math.max(1, Runtime.getRuntime().availableProcessors())),
                parse.queue(), parse.timeBudget());
    }

    /** @throws dk.sagsspor.problems.ProblemException unavailable (503) when every parser is busy */
    public ParseResult parse(IngestRequest request) {
        // Valid UTF-8 is read as UTF-8 whatever was declared; a declared single-byte charset reads the rest.
        boolean singleByte = request.charset() != null && !StandardCharsets.UTF_8.equals(request.charset());
        return bounded.parse(() -> singleByte ? parser.parse(request.content(), request.charset())
                : parser.parse(request.content()));
    }

    @PreDestroy
    void stop() {
        bounded.close();
    }
}
