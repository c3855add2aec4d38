package org.factgraph.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random, reproducible damage to a text file: line edits, byte flips, truncation, YAML-significant insertions and
 * tokens swapped for other tokens of the file.
 */
public final class Mutator {
    private static final String[] INSERTS = {":", "\"", "'", "- ", "\t", "{", "}", "[", "]", "#", "&a ", "*a",
            "!!binary ", "? ", "|", ">", "\\", "\u00e9", "\u2022", " ", "\n", "---\n", "...\n", "%YAML 1.1\n", "~",
            "null", "0x1F", "1e400", "-", "P1D", "Q0", "http://", "<", "\u0000"};

    private static final Pattern TOKEN = Pattern.compile("[\\w:/.-]+");

    public record Mutation(String description, byte[] bytes) {}

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    public Mutation mutate(byte[] original) {
        List<byte[]> lines = lines(original);
        int op = random.nextInt(9);
        int i = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        switch (op) {
            case 0 -> {
                if (lines.isEmpty())
                    return new Mutation("nothing to delete", original);
                lines.remove(i);
                return new Mutation("delete line " + (i + 1), join(lines));
            }
            case 1 -> {
                if (lines.isEmpty())
                    return new Mutation("nothing to duplicate", original);
                lines.add(i, lines.get(i));
                return new Mutation("duplicate line " + (i + 1), join(lines));
            }
            case 2 -> {
                if (lines.size() < 2)
                    return new Mutation("nothing to swap", original);
                int j = random.nextInt(lines.size());
                byte[] t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
                return new Mutation("swap lines " + (i + 1) + " and " + (j + 1), join(lines));
            }
            case 3 -> {
                byte[] b = original.clone();
                if (b.length == 0)
                    return new Mutation("nothing to flip", b);
                int at = random.nextInt(b.length);
                b[at] = (byte) random.nextInt(256);
                return new Mutation("set byte " + at + " to " + (b[at] & 0xff), b);
            }
            case 4 -> {
                byte[] b = original.clone();
                if (b.length == 0)
                    return new Mutation("nothing to flip", b);
                int at = random.nextInt(b.length);
                b[at] ^= (byte) (1 << random.nextInt(8));
                return new Mutation("flip a bit of byte " + at, b);
            }
            case 5 -> {
                int at = original.length == 0 ? 0 : random.nextInt(original.length);
                return new Mutation("truncate at byte " + at, Arrays.copyOf(original, at));
            }
            case 6 -> {
                String s = INSERTS[random.nextInt(INSERTS.length)];
                int at = original.length == 0 ? 0 : random.nextInt(original.length);
                byte[] ins = s.getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(original, 0, at);
                out.writeBytes(ins);
                out.write(original, at, original.length - at);
                return new Mutation("insert " + printable(s) + " at byte " + at, out.toByteArray());
            }
            case 7 -> {
                // a token replaced by another token of the same file: valid YAML, wrong meaning (ids, dates, terms)
                String text = new String(original, StandardCharsets.UTF_8);
                List<int[]> tokens = new ArrayList<>();
                Matcher m = TOKEN.matcher(text);
                while (m.find())
                    tokens.add(new int[] {m.start(), m.end()});
                if (tokens.size() < 2)
                    return new Mutation("no tokens", original);
                int[] a = tokens.get(random.nextInt(tokens.size())), b = tokens.get(random.nextInt(tokens.size()));
                String by = text.substring(b[0], b[1]);
                return new Mutation("replace '" + text.substring(a[0], a[1]) + "' at char " + a[0] + " by '" + by + "'",
                        (text.substring(0, a[0]) + by + text.substring(a[1])).getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                if (lines.isEmpty())
                    return new Mutation("nothing to dedent", original);
                String line = new String(lines.get(i), StandardCharsets.UTF_8);
                String changed = random.nextBoolean() ? line.replaceFirst("^ {1,2}", "") : "  " + line;
                lines.set(i, changed.getBytes(StandardCharsets.UTF_8));
                return new Mutation("re-indent line " + (i + 1), join(lines));
            }
        }
    }

    private static String printable(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\t", "\\t").replace("\u0000", "\\0") + "\"";
    }

    private static List<byte[]> lines(byte[] b) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < b.length; k++)
            if (b[k] == '\n') {
                out.add(Arrays.copyOfRange(b, start, k));
                start = k + 1;
            }
        if (start < b.length)
            out.add(Arrays.copyOfRange(b, start, b.length));
        return out;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] l : lines) {
            out.writeBytes(l);
            out.write('\n');
        }
        return out.toByteArray();
    }
}
