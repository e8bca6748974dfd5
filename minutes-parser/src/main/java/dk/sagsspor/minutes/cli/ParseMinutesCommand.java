package dk.sagsspor.minutes.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import dk.sagsspor.minutes.MinutesJson;
import dk.sagsspor.minutes.MinutesParser;
import dk.sagsspor.minutes.ParseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parse-minutes [--compact] FILE...}: prints each document's parse result as JSON on stdout, one object per
 * file. A rejected or unreadable document prints its reason on stderr instead, and the exit status is then 2.
 */
public final class ParseMinutesCommand {

    static final int OK = 0;
    static final int REJECTED = 2;
    static final int USAGE = 64;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(List.of(args), out, err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean compact = args.contains("--compact");
        List<String> files = new ArrayList<>(args);
        files.remove("--compact");
        if (files.isEmpty() || files.stream().anyMatch(f -> f.startsWith("-"))) {
            err.println("usage: parse-minutes [--compact] FILE...");
            return USAGE;
        }
        ObjectWriter writer = compact ? MinutesJson.mapper().writer() : MinutesJson.mapper().writerWithDefaultPrettyPrinter();
        MinutesParser parser = new MinutesParser();
        int status = OK;
        for (String file : files) {
            try {
                ParseResult result = parser.parse(Path.of(file));
                if (result.isRejected()) {
                    err.println(file + ": rejected: " + result.reason());
                    status = REJECTED;
                } else {
                    out.println(writer.writeValueAsString(result));
                }
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                status = REJECTED;
            }
        }
        return status;
    }
}
