import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The HTTP side of deploy/local, so that nothing but a JDK is needed (run as a single source file: java Client.java).
 *   ingest BASE_URL DIR|FILE...   posts documents with the bearer token in SAGSSPOR_TOKEN (ingest.sh makes one); one
 *                                 line per file: accepted, duplicate or rejected with the reason
 *   timeline BASE_URL CASE        prints a case's timeline, waiting up to a minute for it to appear
 */
public class Client {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("ingest")) {
            System.exit(ingest(args[1], List.of(args).subList(2, args.length)));
        } else if (args.length == 3 && args[0].equals("timeline")) {
            timeline(args[1], args[2]);
        } else {
            System.err.println("usage: java Client.java ingest BASE_URL DIR|FILE... | timeline BASE_URL CASE");
            System.exit(64);
        }
    }

    static int ingest(String base, List<String> args) throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("README"))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        String token = System.getenv("SAGSSPOR_TOKEN");
        if (token == null || token.isBlank()) {
            System.out.println("no token: set SAGSSPOR_TOKEN (deploy/local/token.sh writer prints one for the local system)");
            return 1;
        }
        int failed = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String type = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".md") ? "text/markdown" : "text/plain";
            HttpResponse<String> response;
            try {
                response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/documents"))
                        .header("Authorization", "Bearer " + token.strip())
                        .header("Content-Type", type)
                        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException down) {
                System.out.println("failed     " + file + "  → ingest-service does not answer at " + base);
                failed = 1;
                continue;
            }
            String body = response.body();
            switch (response.statusCode()) {
                case 201 -> System.out.printf("accepted   %s  → meeting %s v%s, %s items, %s events%n", file,
                        field(body, "meetingId"), field(body, "meetingVersion"), field(body, "items"),
                        field(body, "eventsPublished"));
                case 200 -> System.out.printf("duplicate  %s  → already ingested as %s%n", file, field(body, "documentId"));
                default -> {
                    System.out.printf("rejected   %s  → %d: %s%n", file, response.statusCode(), field(body, "detail"));
                    failed = 1;
                }
            }
        }
        return failed;
    }

    static void timeline(String base, String caseNumber) throws IOException, InterruptedException {
        String body = "";
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/cases/" + caseNumber)).build(),
                    HttpResponse.BodyHandlers.ofString());
            body = r.body();
            if (r.statusCode() == 200 && "CONCLUDED".equals(field(body, "status"))) {
                break;
            }
            Thread.sleep(1000);
        }
        System.out.printf("  %s  %s%n  status %s%n", caseNumber, field(body, "title"), field(body, "status"));
        // One line per step: date, body, outcome, decision, from the JSON in document order.
        Matcher step = Pattern.compile("\\{\"date\":\"([^\"]+)\",\"committee\":\\{\"id\":\"([^\"]+)\",\"name\":\"[^\"]*\","
                + "\"abbreviation\":(?:\"([^\"]*)\"|null)\\},\"decisionText\":\"((?:[^\"\\\\]|\\\\.)*)\",\"outcome\":\"([^\"]+)\"")
                .matcher(body);
        while (step.find()) {
            System.out.printf("  %s  %-4s %-12s %s%n", step.group(1), step.group(3) != null ? step.group(3) : step.group(2),
                    step.group(5), step.group(4));
        }
    }

    /** A top-level string or number field of a flat JSON answer; enough for these few messages. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,}\\s]+))").matcher(json);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "?";
    }
}
