package dk.sagsspor.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of ingest-service ({@code sagsspor.ingest.*}, or SAGSSPOR_INGEST_* in the environment). */
@ConfigMapping(prefix = "sagsspor.ingest")
public interface IngestConfig {

    /** Documents above this size are refused with 413. */
    MemorySize maxDocumentSize();

    Parse parse();

    /** POST /documents/batch: several documents in one multipart request, stored in one transaction. */
    Batch batch();

    interface Batch {

        /** Documents one batch may hold (its whole body is under max-document-size too); more is a 400. */
        @WithDefault("100")
        int maxDocuments();
    }

    /** How documents are parsed: on a bounded pool, each under a time budget. */
    interface Parse {

        /** Documents parsed at once; default: one per processor. */
        Optional<Integer> threads();

        /** Documents waiting for a parser; more at once are refused with 503 and Retry-After. */
        @WithDefault("8")
        int queue();

        /** How long one document may take; past it, the document is kept and refused with 422. */
        @WithDefault("10s")
        Duration timeBudget();

        /** Pages a PDF may have. */
        @WithDefault("2000")
        int maxPdfPages();

        /** Memory PDFBox may use for one document's streams before it turns to temporary files. */
        @WithDefault("64M")
        MemorySize maxPdfMemory();

        /** Temporary-file space PDFBox may use besides. */
        @WithDefault("512M")
        MemorySize maxPdfTempFiles();

        /** Characters of text a PDF may hold. */
        @WithDefault("20000000")
        int maxPdfTextChars();

        /** Bytes a PDF's compressed streams (other than images) may unfold into together: the zip-bomb limit. */
        @WithDefault("100M")
        MemorySize maxPdfDecoded();
    }

}
