package alliancegraph.interop;

import java.awt.Color;
import java.io.File;
import java.time.Instant;

import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports a GEXF or GraphML file with the Gephi toolkit, as Gephi's "Open graph file" does, and
 * reports the graph Gephi holds afterwards: nodes with labels and colours, edges with every
 * attribute column, whether the graph is dynamic and its time bounds, and the import report's
 * issues. {@code merge} keeps the import settings a user gets by default; {@code no-merge} sets
 * {@link EdgeMergeStrategy#NO_MERGE}, the one setting a careful user changes.
 */
final class GephiCheck {

    private GephiCheck() {}

    static Json run(String[] args) throws Exception {
        File file = new File(args[0]);
        boolean merge = args.length < 2 || args[1].equals("merge");
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        if (projects.getCurrentProject() != null) {
            projects.closeCurrentProject();
        }
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(file);
        if (container == null) {
            return Json.object().put("error", "Gephi found no importer for " + file.getName());
        }
        if (!merge) {
            container.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.NO_MERGE);
        }
        Json issues = Json.array();
        for (Issue issue : container.getReport().getIssuesList(1000)) {
            issues.add(issue.getLevel() + ": " + issue.getMessage());
        }
        importer.process(container, new DefaultProcessor(), workspace);

        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        Graph graph = model.getGraph();
        Json nodes = Json.array();
        for (Node node : graph.getNodes()) {
            nodes.add(element(node, model.getNodeTable())
                    .put("color", hex(node.getColor())));
        }
        Json edges = Json.array();
        for (Edge edge : graph.getEdges()) {
            edges.add(element(edge, model.getEdgeTable())
                    .put("source", edge.getSource().getId())
                    .put("target", edge.getTarget().getId())
                    .put("type", String.valueOf(edge.getTypeLabel()))
                    .put("weight", edge.getWeight())
                    .put("color", hex(edge.getColor())));
        }
        Interval bounds = model.getTimeBounds();
        Json time = Json.object();
        if (bounds != null && Double.isFinite(bounds.getLow()) && Double.isFinite(bounds.getHigh())) {
            time.put("low", day(bounds.getLow())).put("high", day(bounds.getHigh()));
        }
        return Json.object()
                .put("nodes", graph.getNodeCount())
                .put("edges", graph.getEdgeCount())
                .put("dynamic", model.isDynamic())
                .put("time_bounds", time)
                .put("issues", issues)
                .put("node_list", nodes)
                .put("edge_list", edges);
    }

    /** The element's id, label, and every non-property attribute as a string, by column id. */
    private static Json element(Element element, Table table) {
        Json attributes = Json.object();
        for (Column column : table) {
            if (column.isProperty()) {
                continue;
            }
            Object value = element.getAttribute(column);
            if (value != null) {
                attributes.put(column.getId(), value.toString());
            }
        }
        Json spells = Json.array();
        Interval[] intervals = element.getIntervals();
        if (intervals != null) {
            for (Interval interval : intervals) {
                spells.add(Json.array().add(day(interval.getLow())).add(day(interval.getHigh())));
            }
        }
        return Json.object()
                .put("id", String.valueOf(element.getId()))
                .put("label", element.getLabel())
                .put("attributes", attributes)
                .put("spells", spells);
    }

    private static String day(double millis) {
        if (!Double.isFinite(millis)) {
            return millis > 0 ? "+inf" : "-inf";
        }
        return Instant.ofEpochMilli((long) millis).toString().substring(0, 10);
    }

    private static String hex(Color color) {
        return color == null ? null : String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }
}
