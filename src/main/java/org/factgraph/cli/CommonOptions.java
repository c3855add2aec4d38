package org.factgraph.cli;

import java.nio.file.Path;
import java.time.Clock;

import org.factgraph.publish.Builder;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.validate.OntologyFiles;

import picocli.CommandLine.Option;

/** Options every command that builds the graph shares. */
final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of minted IRIs (default: ${DEFAULT-VALUE}).")
    String base = IriPolicy.DEFAULT_BASE;

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Directory with factgraph.ttl, shapes.ttl and context.jsonld (default: ./ontology if present, else the packaged copies).")
    Path ontology;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces on errors.")
    boolean verbose;

    Builder builder() {
        try {
            IriPolicy.of(base);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--base: " + e.getMessage() + "; e.g. --base https://example.org/factgraph/");
        }
        return new Builder(ontologyFiles(), Clock.systemUTC());
    }

    OntologyFiles ontologyFiles() {
        if (ontology != null && !java.nio.file.Files.isDirectory(ontology))
            throw new UsageException("--ontology " + ontology + ": no such directory; give the directory holding "
                    + "factgraph.ttl, shapes.ttl and context.jsonld");
        return ontology == null ? OntologyFiles.standard() : OntologyFiles.in(ontology);
    }
}
