package org.factgraph.publish;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Runs a query against a local dataset or a remote SPARQL endpoint and writes the result in a chosen format. */
public final class QueryRunner {
    /** Result formats for SELECT and ASK. */
    public enum Format { TABLE, CSV, TSV, JSON }

    public static void local(Query query, DatasetGraph dataset, Format format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query)
                    .dataset(DatasetFactory.wrap(dataset)).build()) {
                write(qe, query, format, out);
            }
        });
    }

    public static void remote(Query query, String endpoint, Format format, OutputStream out) {
        try (QueryExecution qe = QueryExecution.service(endpoint).query(query).build()) {
            write(qe, query, format, out);
        }
    }

    public static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --format '" + name + "'; use table, csv, tsv or json");
        }
    }

    private static void write(QueryExecution qe, Query query, Format format, OutputStream out) {
        if (query.isSelectType()) {
            var rs = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
                case CSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_CSV);
                case TSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_TSV);
                case JSON -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_JSON);
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            if (format == Format.JSON)
                ResultSetFormatter.outputAsJSON(out, b);
            else
                new PrintStream(out, true, StandardCharsets.UTF_8).println(b);
        } else {
            RDFDataMgr.write(out, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
        }
    }

    private QueryRunner() {}
}
