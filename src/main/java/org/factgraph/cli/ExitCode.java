package org.factgraph.cli;

import java.io.UncheckedIOException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RiotException;
import org.factgraph.source.DataException;
import org.factgraph.validate.ShapesException;
import org.factgraph.validate.ValidationException;

/** Maps failures to the documented exit codes: 1 invalid data, 2 usage, 3 I/O or remote failure. */
final class ExitCode {
    static final int OK = 0;
    static final int INVALID_DATA = 1;
    static final int USAGE = 2;
    static final int IO = 3;

    static int of(Throwable t) {
        if (t instanceof DataException || t instanceof ValidationException || t instanceof ShapesException
                || t instanceof QueryParseException || t instanceof RiotException)
            return INVALID_DATA;
        if (t instanceof IllegalArgumentException || t instanceof UsageException)
            return USAGE;
        if (t instanceof UncheckedIOException || t instanceof java.io.IOException || t instanceof HttpException
                || t instanceof RemoteException)
            return IO;
        return IO;
    }

    private ExitCode() {}
}
