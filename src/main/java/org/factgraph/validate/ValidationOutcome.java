package org.factgraph.validate;

import java.util.List;

/** The result of validating a graph: whether it conforms, and one readable line per violation. */
public record ValidationOutcome(boolean conforms, List<String> violations) {
    public ValidationOutcome {
        violations = List.copyOf(violations);
    }

    /** A readable report: "conforms", or the violations, one per line. */
    public String report() {
        return conforms ? "Conforms: no SHACL violations."
                : violations.size() + " SHACL violation(s):\n  " + String.join("\n  ", violations);
    }
}
