package org.factgraph.cli;

/** A command was given arguments it cannot use; exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
