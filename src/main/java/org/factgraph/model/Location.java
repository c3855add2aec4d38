package org.factgraph.model;

/** Where something was written in a data file: file name and 1-based line. */
public record Location(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
