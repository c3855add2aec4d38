package org.factgraph.cli;

/** A remote store or endpoint failed; exit code 3. */
final class RemoteException extends RuntimeException {
    RemoteException(String message, Throwable cause) {
        super(message, cause);
    }
}
