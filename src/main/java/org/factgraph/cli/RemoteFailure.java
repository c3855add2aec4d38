package org.factgraph.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/** Says in one line why a remote store or endpoint failed. */
final class RemoteFailure {
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException)
                return "connection refused; is the store running and the URL right?";
            if (t instanceof UnknownHostException)
                return "unknown host " + t.getMessage();
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException)
                return "timed out";
            if (t instanceof HttpException h && h.getStatusCode() > 0)
                return "the store answered HTTP " + h.getStatusCode() + " " + oneLine(h.getStatusLine())
                        + body(h.getResponse());
            if (t instanceof QueryExceptionHTTP q && q.getStatusCode() > 0)
                return "the store answered HTTP " + q.getStatusCode() + " " + oneLine(q.getStatusLine())
                        + body(q.getResponse());
        }
        String m = failure.getMessage();
        return m == null ? failure.getClass().getSimpleName() : oneLine(m);
    }

    private static String body(String response) {
        String b = oneLine(response);
        return b.isEmpty() ? "" : " (" + (b.length() > 200 ? b.substring(0, 200) + "..." : b) + ")";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private RemoteFailure() {}
}
