package org.factgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Caps every SPARQL query at a number of result rows by giving it a {@code LIMIT} (or lowering a larger one), whether
 * it arrives as a {@code query} parameter or as an {@code application/sparql-query} body. A query that does not
 * parse is passed on unchanged, for Fuseki to reject with its own message.
 */
final class ResultLimitFilter implements Filter {
    private static final String SPARQL_QUERY = "application/sparql-query";

    private final long maxRows;

    ResultLimitFilter(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String type = req.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(SPARQL_QUERY)) {
            String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            chain.doFilter(new Body(req, limited(body).getBytes(StandardCharsets.UTF_8)), response);
        } else if (req.getParameter("query") != null) {
            chain.doFilter(new Param(req, limited(req.getParameter("query"))), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    String limited(String text) {
        try {
            Query q = QueryFactory.create(text);
            if (q.hasLimit() && q.getLimit() <= maxRows)
                return text;
            q.setLimit(maxRows);
            return q.serialize();
        } catch (QueryParseException e) {
            return text;
        }
    }

    private static final class Param extends HttpServletRequestWrapper {
        private final String query;

        Param(HttpServletRequest req, String query) {
            super(req);
            this.query = query;
        }

        @Override
        public String getParameter(String name) {
            return "query".equals(name) ? query : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return "query".equals(name) ? new String[] {query} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new HashMap<>(super.getParameterMap());
            m.put("query", new String[] {query});
            return m;
        }
    }

    private static final class Body extends HttpServletRequestWrapper {
        private final byte[] body;

        Body(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The body is already in memory: all of it is available at once. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }
    }
}
