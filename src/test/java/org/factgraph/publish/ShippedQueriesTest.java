package org.factgraph.publish;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every query in {@code queries/} says what it asks in leading comment lines and is valid SPARQL 1.1. */
class ShippedQueriesTest {
    static List<String> names() {
        return new QueryCatalog(QueriesTest.QUERIES).names();
    }

    @Test
    void atLeastThirteenQueriesAreShipped() {
        assertTrue(names().size() >= 13, "only " + names().size() + " queries in queries/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void startsWithACommentAndParses(String name) throws IOException {
        Path file = QueriesTest.QUERIES.resolve(name + ".rq");
        String first = Files.readAllLines(file).get(0);
        assertTrue(first.startsWith("#"), name + ".rq must start with a '#' comment saying its question");
        assertFalse(QueryCatalog.question(file).isBlank(), name + ".rq: the leading comment is empty");
        assertDoesNotThrow(() -> QueryCatalog.parse(file), name + ".rq does not parse");
    }
}
