package org.factgraph.cli;

import picocli.CommandLine;

/** Prints the version of factgraph and of the Jena it runs on. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String own = Main.class.getPackage().getImplementationVersion();
        return new String[] {"factgraph " + (own == null ? "0.1.0" : own) + " (Apache Jena "
                + org.apache.jena.Jena.VERSION + ", Java "
                + System.getProperty("java.version") + ")"};
    }
}
