package org.factgraph.validate;

/** The built graph does not conform to the shapes; nothing was written. */
public class ValidationException extends RuntimeException {
    private final ValidationOutcome outcome;

    public ValidationException(ValidationOutcome outcome) {
        super("the graph does not conform to the SHACL shapes; nothing was written.\n" + outcome.report());
        this.outcome = outcome;
    }

    public ValidationOutcome outcome() {
        return outcome;
    }
}
