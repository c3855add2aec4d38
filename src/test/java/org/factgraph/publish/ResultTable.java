package org.factgraph.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/**
 * A SELECT result as its variables and one line per row (each value in N-Triples-like form, tab-separated in
 * variable order, empty when unbound), so two results compare as lists or multisets of lines.
 */
record ResultTable(List<String> vars, List<String> rows) {

    static ResultTable run(Query query, DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset))
                    .build()) {
                return of(qe.execSelect());
            }
        });
    }

    static ResultTable readTsv(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(ResultSetMgr.read(in, ResultSetLang.RS_TSV));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResultTable of(ResultSet rs) {
        List<String> vars = List.copyOf(rs.getResultVars());
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            List<String> cells = new ArrayList<>();
            for (String v : vars) {
                Node n = b.get(v);
                cells.add(n == null ? "" : FmtUtils.stringForNode(n));
            }
            rows.add(String.join("\t", cells));
        }
        return new ResultTable(vars, List.copyOf(rows));
    }

    /** Rows of {@code expected} missing here ("- ") and rows here not expected ("+ "); empty when equal as multisets. */
    String multisetDiff(ResultTable expected) {
        Map<String, Integer> count = new TreeMap<>();
        expected.rows.forEach(r -> count.merge(r, 1, Integer::sum));
        rows.forEach(r -> count.merge(r, -1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        count.forEach((row, n) -> {
            for (int i = 0; i < Math.abs(n); i++)
                sb.append(n > 0 ? "\n- " : "\n+ ").append(row);
        });
        return sb.toString();
    }

    /** Empty when the rows are the same in the same order, else the first position where they differ. */
    String orderDiff(ResultTable expected) {
        for (int i = 0; i < Math.min(rows.size(), expected.rows.size()); i++)
            if (!rows.get(i).equals(expected.rows.get(i)))
                return "\nrow " + (i + 1) + " out of order:\n  expected " + expected.rows.get(i) + "\n  actual   "
                        + rows.get(i);
        return rows.size() == expected.rows.size() ? "" : "\nrow counts differ";
    }
}
