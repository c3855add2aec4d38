package org.factgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads the users of a Jetty-style password file: {@code user: password} per line, {@code #} comments. */
final class PasswordFile {
    static Set<String> users(Path file) {
        Set<String> users = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#"))
                    continue;
                int colon = l.indexOf(':');
                if (colon <= 0 || l.substring(colon + 1).isBlank())
                    throw new IllegalArgumentException(file + ": expected 'user: password' lines, found '" + l.split(":")[0] + ":…'");
                users.add(l.substring(0, colon).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read password file " + file + ": " + e.getMessage(), e);
        }
        if (users.isEmpty())
            throw new IllegalArgumentException(file + ": no users; add a 'user: password' line");
        return users;
    }

    private PasswordFile() {}
}
