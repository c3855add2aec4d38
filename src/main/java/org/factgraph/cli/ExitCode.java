package org.factgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.StorageException;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.tdb2.TDBException;
import org.factgraph.source.DataException;
import org.factgraph.validate.ShapesException;
import org.factgraph.validate.ValidationException;

import picocli.CommandLine;

/**
 * Maps failures to the documented exit codes: 1 invalid data, 2 usage, 3 I/O or remote failure. Anything else is a
 * bug in factgraph, not a problem with the input, and gets its own code (70, as in sysexits' EX_SOFTWARE) so that it
 * is never mistaken for an I/O failure.
 */
final class ExitCode {
    static final int OK = 0;
    static final int INVALID_DATA = 1;
    static final int USAGE = 2;
    static final int IO = 3;
    static final int INTERNAL = 70;

    static int of(Throwable t) {
        if (t instanceof DataException || t instanceof ValidationException || t instanceof ShapesException
                || t instanceof QueryParseException || t instanceof RiotException)
            return INVALID_DATA;
        if (t instanceof CommandLine.ParameterException || t instanceof IllegalArgumentException
                || t instanceof UsageException)
            return USAGE;
        if (isIo(t))
            return IO;
        return INTERNAL;
    }

    /** Whether a failure is the environment's (files, network, a remote store, the database on disk). */
    static boolean isIo(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause())
            if (c instanceof UncheckedIOException || c instanceof IOException || c instanceof HttpException
                    || c instanceof QueryExceptionHTTP || c instanceof RemoteException || c instanceof FusekiException
                    || c instanceof TDBException || c instanceof DBOpEnvException || c instanceof StorageException)
                return true;
        return false;
    }

    private ExitCode() {}
}
