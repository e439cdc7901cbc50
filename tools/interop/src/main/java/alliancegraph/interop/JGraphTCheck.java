package alliancegraph.interop;

import java.io.File;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;

/**
 * Reads a GraphML file with JGraphT's {@link GraphMLImporter}, leaving its schema validation on
 * (the default: the file is checked against the GraphML XSD before it is read), into a directed
 * multigraph, and reports the counts and each vertex's {@code label} attribute.
 */
final class JGraphTCheck {

    private JGraphTCheck() {}

    static Json run(String[] args) throws Exception {
        File file = new File(args[0]);
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingMultipleEdges(true)
                .allowingSelfLoops(true)
                .edgeClass(DefaultEdge.class)
                .buildGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attribute) -> {
            if (pair.getSecond().equals("label")) {
                labels.put(pair.getFirst(), attribute.getValue());
            }
        });
        importer.importGraph(graph, file);
        Json vertices = Json.array();
        for (String v : graph.vertexSet()) {
            vertices.add(Json.object().put("id", v).put("label", labels.get(v)));
        }
        return Json.object()
                .put("schema_validation", importer.isSchemaValidation())
                .put("nodes", graph.vertexSet().size())
                .put("edges", graph.edgeSet().size())
                .put("node_list", vertices);
    }
}
