package org.factgraph.server;

import java.nio.charset.StandardCharsets;

/** URL helpers: everything sent in a header or written as a link is pure ASCII. */
final class Urls {
    private static final String KEEP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/:#,=!$'()*+;@?&";

    /** Percent-encodes every byte of the UTF-8 form that is not an unreserved or path/sub-delimiter character. */
    static String path(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 128 && KEEP.indexOf(c) >= 0)
                b.append((char) c);
            else
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return b.toString();
    }

    /** Encodes a query parameter value. */
    static String param(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Urls() {}
}
