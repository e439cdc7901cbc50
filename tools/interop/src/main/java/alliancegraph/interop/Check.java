package alliancegraph.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Runs one real Java consumer on one export and prints what it got as one JSON object.
 *
 * <p>Usage: {@code Check gephi FILE [merge|no-merge]}, {@code Check jgrapht FILE},
 * {@code Check jena-validate FILE}, {@code Check jena-shacl SHAPES FILE},
 * {@code Check jena-sparql FILE QUERY}, or {@code Check batch}: one such command a line on stdin,
 * arguments separated by tabs, one JSON line out for each (one JVM start for every check). The checker only reports; {@code tools/interop/check.py}
 * compares the report with the export's own summary, so every expectation lives in one place.
 * A consumer that refuses the file is reported as {@code {"error": "..."}} with the consumer's
 * own message, and exit status 0: a refusal is a finding, not a crash of the checker.
 */
public final class Check {

    private Check() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 1 && args[0].equals("batch")) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    out.println(one(line.split("\t")));
                }
            }
        } else if (args.length >= 2) {
            out.println(one(args));
        } else {
            usage();
        }
        out.flush();
        // Gephi's Lookup leaves non-daemon threads behind.
        System.exit(0);
    }

    private static Json one(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "gephi" -> GephiCheck.run(rest);
                case "jgrapht" -> JGraphTCheck.run(rest);
                case "jena-validate" -> JenaCheck.validate(rest);
                case "jena-shacl" -> JenaCheck.shacl(rest);
                case "jena-sparql" -> JenaCheck.sparql(rest);
                default -> Json.object().put("error", "unknown check " + args[0]);
            };
        } catch (Exception e) {
            return Json.object().put("error", rootMessage(e));
        }
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage();
        return c.getClass().getSimpleName() + (m == null ? "" : ": " + m.replace('\n', ' '));
    }

    private static void usage() {
        System.err.println("usage: Check gephi FILE [merge|no-merge] | jgrapht FILE | jena-validate FILE"
                + " | jena-shacl SHAPES FILE | jena-sparql FILE QUERY");
        System.exit(2);
    }
}
