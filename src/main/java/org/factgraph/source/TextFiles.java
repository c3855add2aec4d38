package org.factgraph.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.factgraph.model.Location;

/** Reads text files strictly as UTF-8, refusing over-large files and reporting the line of a bad byte. */
public final class TextFiles {
    /** Data and source files larger than this are refused: a fact sheet and its description are kilobytes. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public static String read(Path path, String displayName) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES)
                throw new DataException(displayName, "file is " + size + " bytes, over the limit of " + MAX_BYTES
                        + "; split it into several documents");
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DataException(displayName, "file not found; create it or point --data at the right directory");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + displayName + ": " + e.getMessage(), e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            refuseControlCharacters(text, displayName);
            return text;
        } catch (MalformedInputException e) {
            int bad = firstBadByte(bytes);
            throw new DataException(new Location(displayName, lineOf(bytes, bad)),
                    "not valid UTF-8 (byte offset " + bad + "); save the file as UTF-8");
        } catch (CharacterCodingException e) {
            throw new DataException(displayName, "not valid UTF-8; save the file as UTF-8");
        }
    }

    /**
     * Control characters other than tab and line ends cannot be written in XML 1.0 (so not in RDF/XML) and are never
     * meant in a fact sheet: refused with their line and column.
     */
    private static void refuseControlCharacters(String text, String displayName) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
                throw new DataException(new Location(displayName, line), String.format("control character U+%04X at"
                        + " column %d; remove it (RDF/XML and most tools cannot carry it)", (int) c, i - lineStart + 1));
            }
        }
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++)
            if (bytes[i] == '\n')
                line++;
        return line;
    }

    private TextFiles() {}
}
