package alliancegraph.interop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Apache Jena on the RDF exports: what {@code riot --validate --strict}, {@code shacl validate}
 * and a SPARQL query over a TDB2 database make of them.
 */
final class JenaCheck {

    private JenaCheck() {}

    /**
     * Parses like {@code riot --validate --strict}: strict parsing, checking of IRIs and literals,
     * output discarded; every warning and error is reported (riot prints them and exits 1 on an
     * error; we count a warning as a finding too).
     */
    static Json validate(String[] args) {
        Json warnings = Json.array();
        Json errors = Json.array();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                warnings.add(where(line, col) + message);
            }

            @Override
            public void error(String message, long line, long col) {
                errors.add(where(line, col) + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                errors.add(where(line, col) + message);
                throw new IllegalStateException(where(line, col) + message);
            }
        };
        StreamRDFCounting counter = StreamRDFLib.count();
        try {
            RDFParser.source(args[0])
                    .strict(true)
                    .checking(true)
                    .errorHandler(handler)
                    .parse(counter);
        } catch (RuntimeException e) {
            errors.add(Check.rootMessage(e));
        }
        return Json.object()
                .put("triples", counter.countTriples())
                .put("warnings", warnings)
                .put("errors", errors);
    }

    /** {@code shacl validate --shapes SHAPES --data FILE}: conformance and each result's message. */
    static Json shacl(String[] args) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(args[0]));
        Graph data = RDFDataMgr.loadGraph(args[1]);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        Json results = Json.array();
        for (ReportEntry entry : report.getEntries()) {
            results.add(entry.focusNode() + " " + entry.resultPath() + ": " + entry.message());
        }
        return Json.object()
                .put("conforms", report.conforms())
                .put("triples", data.size())
                .put("results", results);
    }

    /** Loads FILE into a fresh TDB2 database and runs the SELECT query in QUERY: rows as strings. */
    static Json sparql(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("alliancegraph-tdb2-");
        try {
            Dataset dataset = TDB2Factory.connectDataset(dir.toString());
            Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, args[0]));
            Query query = QueryFactory.create(Files.readString(Path.of(args[1])));
            Json rows = Json.array();
            Txn.executeRead(dataset, () -> {
                try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                    ResultSet results = exec.execSelect();
                    while (results.hasNext()) {
                        QuerySolution solution = results.next();
                        Json row = Json.object();
                        for (Iterator<String> names = solution.varNames(); names.hasNext();) {
                            String name = names.next();
                            row.put(name, lexical(solution.get(name)));
                        }
                        rows.add(row);
                    }
                }
            });
            dataset.close();
            return Json.object().put("store", "TDB2").put("rows", rows);
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String lexical(RDFNode node) {
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static String where(long line, long col) {
        return line < 0 ? "" : "[line " + line + ", col " + col + "] ";
    }
}
