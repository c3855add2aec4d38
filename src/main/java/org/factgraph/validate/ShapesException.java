package org.factgraph.validate;

/** The shapes or ontology file itself is broken; the message names the file and, where known, the line. */
public class ShapesException extends RuntimeException {
    public ShapesException(String message, Throwable cause) {
        super(message, cause);
    }
}
