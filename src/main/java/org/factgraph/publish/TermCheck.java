package org.factgraph.publish;

import java.util.List;

import org.factgraph.model.Entity;
import org.factgraph.model.Fact;
import org.factgraph.model.FactBase;
import org.factgraph.model.Location;
import org.factgraph.model.Statement;
import org.factgraph.model.Value;
import org.factgraph.source.DataException;
import org.factgraph.validate.OntologyTerms;
import org.factgraph.vocab.Prefixes;

/** Fails on the first {@code fg:} type or predicate in the data that the ontology does not define (a typo, mostly). */
final class TermCheck {
    static void check(FactBase facts, OntologyTerms terms) {
        for (Entity e : facts.entities())
            for (String type : e.types())
                require(terms, type, e.location());
        for (var d : facts.documents())
            for (Statement s : d.statements())
                facts(terms, s.facts());
    }

    private static void facts(OntologyTerms terms, List<Fact> facts) {
        for (Fact f : facts) {
            require(terms, f.predicate(), f.location());
            if (f.value() instanceof Value.Quantity q)
                facts(terms, q.extra());
            if (f.value() instanceof Value.Literal l && !l.datatype().isEmpty())
                require(terms, l.datatype(), l.location());
        }
    }

    private static void require(OntologyTerms terms, String curie, Location where) {
        if (!terms.defines(Prefixes.expand(curie).orElseThrow()))
            throw new DataException(where, "'" + curie + "' is not defined in ontology/factgraph.ttl; check the "
                    + "spelling, or define the term there with a label and comment");
    }

    private TermCheck() {}
}
