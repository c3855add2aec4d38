package org.factgraph.source;

import org.factgraph.model.Location;

/** Invalid input data; the message names the file and line and says what to fix. */
public class DataException extends RuntimeException {
    private final Location location;

    public DataException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public DataException(String file, String message) {
        super(file + ": " + message);
        this.location = new Location(file, 0);
    }

    public Location location() {
        return location;
    }
}
