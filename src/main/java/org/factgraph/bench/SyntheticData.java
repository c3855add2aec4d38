package org.factgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import org.factgraph.publish.Directories;

/**
 * Deterministic synthetic scale-up of the seed data: writes a {@code data/}-format directory with {@code N} fact
 * sheets. Each sheet has its own {@code source.txt} whose sentences the statements quote (each quote is a whole
 * sentence, checked to occur exactly once), and the sheets share one pool of entities (countries, organizations,
 * people, concepts, event series) as the seed's sheet shares them, with the seed's mix of statement kinds:
 * relationships with parties, money amounts with period and qualifier, quantities, investment flows with ranks,
 * memberships and dated events. Entities a statement mints (relationships, visits, meetings) are per document, so
 * no two sheets state a single-valued property of the same subject.
 *
 * <p>The same {@code (docs, seed)} always gives byte-identical files.
 */
public final class SyntheticData {
    public static final long DEFAULT_SEED = 20221027L;
    /** Statements per generated sheet (the seed has 37). */
    public static final int STATEMENTS_PER_DOC = 24;

    private static final String[] SEED_COUNTRIES = {"United States", "Canada", "Mexico", "Ukraine", "Haiti",
            "Afghanistan", "Iran", "Egypt", "Russia"};
    private static final String[] SYLLABLES = {"ka", "lo", "ri", "ta", "ve", "mon", "dra", "sel", "qu", "an", "bel",
            "cor", "nu", "pha", "sto", "vin", "zar", "el", "os", "tri"};
    private static final String[] CONCEPTS = {"climate change", "rule of law", "human rights", "democratic values",
            "energy security", "critical minerals", "public health", "food security", "clean energy",
            "cyber security", "maritime security", "disaster relief", "trade facilitation", "refugee resettlement",
            "humanitarian assistance", "economic recovery", "nuclear nonproliferation", "biodiversity",
            "educational exchange", "labor rights", "gender equality", "anti-corruption", "space cooperation",
            "infrastructure investment"};
    private static final String[] ORGS = {"North Atlantic Council", "Global Health Forum", "Pacific Trade Group",
            "Clean Energy Ministerial", "Arctic Council", "Financial Action Task Force", "Open Skies Commission",
            "Joint Border Committee", "Atlantic Partnership Board", "Global Coalition Secretariat"};
    private static final String[] SERIES = {"Leaders Summit", "Trade Ministers Dialogue", "Energy Forum",
            "Security Conference", "Climate Roundtable"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] SECTIONS = {"Partnership and Trade", "Shared Priorities", "Global Engagement"};

    private final long seed;
    private final List<Named> countries = new ArrayList<>();
    private final List<Named> concepts = new ArrayList<>();
    private final List<Named> orgs = new ArrayList<>();
    private final List<Named> people = new ArrayList<>();
    private final List<Named> series = new ArrayList<>();

    private record Named(String id, String label) {}

    public SyntheticData(long seed) {
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        Set<String> names = new HashSet<>();
        for (String c : SEED_COUNTRIES)
            add(countries, names, "country", c);
        while (countries.size() < 60)
            add(countries, names, "country", name(r, 2 + r.nextInt(2)));
        for (String c : CONCEPTS)
            add(concepts, names, "concept", c);
        for (String o : ORGS)
            add(orgs, names, "organization", o);
        while (people.size() < 12)
            add(people, names, "person", name(r, 2) + " " + name(r, 3));
        for (String s : SERIES)
            add(series, names, "event", s);
    }

    private static void add(List<Named> pool, Set<String> names, String kind, String label) {
        if (names.add(label))
            pool.add(new Named(kind + "/" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), label));
    }

    private static String name(SplittableRandom r, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++)
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    /** Writes {@code docs} fact sheets plus {@code entities.yaml} into {@code dir} (emptied first). */
    public void write(Path dir, int docs) {
        try {
            Directories.deleteTree(dir);
            Files.createDirectories(dir.resolve("documents"));
            List<String> minted = new ArrayList<>();
            for (int i = 1; i <= docs; i++)
                document(dir.resolve("documents"), i, minted);
            entities(dir.resolve("entities.yaml"), minted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void entities(Path file, List<String> minted) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# Synthetic benchmark entities (org.factgraph.bench.SyntheticData, seed " + seed + ").\n");
            w.write("entities:\n");
            w.write(entity("organization/us-department-of-state", "[schema:GovernmentOrganization, org:FormalOrganization]",
                    "U.S. Department of State", "U.S. Department of State"));
            w.write(links(789915, "United_States_Department_of_State"));
            int q = 1;
            for (Named c : countries) {
                w.write(entity(c.id, "schema:Country", c.label, c.label));
                w.write(links(100000 + q++, c.label.replace(' ', '_')));
            }
            for (Named o : orgs)
                w.write(entity(o.id, "[schema:Organization, org:FormalOrganization]", o.label, o.label));
            for (Named p : people) {
                w.write(entity(p.id, "schema:Person", p.label, p.label));
                w.write(links(200000 + q++, p.label.replace(' ', '_')));
            }
            for (Named s : series)
                w.write(entity(s.id, "schema:EventSeries", s.label, s.label));
            w.write("minted:\n");
            for (Named c : concepts)
                w.write(entity(c.id, "skos:Concept", c.label, c.label));
            for (String m : minted)
                w.write(m);
        }
    }

    private static String entity(String id, String type, String label, String mention) {
        return "  - id: " + id + "\n    type: " + type + "\n    label: \"" + label + "\"\n"
                + (mention == null ? "" : "    mentions: [\"" + mention + "\"]\n");
    }

    private static String links(int qid, String dbpedia) {
        return "    links:\n      wikidata:\n        id: \"Q" + qid + "\"\n        confirmed: \"synthetic benchmark data\"\n"
                + "      dbpedia:\n        id: \"" + dbpedia + "\"\n        confirmed: \"synthetic benchmark data\"\n";
    }

    /** One fact sheet: document.yaml, source.txt, statements.yaml; its minted entities go to {@code minted}. */
    private void document(Path documents, int n, List<String> minted) throws IOException {
        String doc = String.format(Locale.ROOT, "synthetic-%07d", n);
        Random r = new Random(seed * 1_000_003L + n);
        Named a = countries.get(r.nextInt(countries.size()));
        Named b = other(r, countries, a);
        int year = 2000 + n % 25;
        int month = 1 + r.nextInt(12);

        List<String[]> sentences = new ArrayList<>(); // {section, sentence, statement yaml}
        Set<String> seen = new LinkedHashSet<>();
        Named secretary = people.get(r.nextInt(people.size()));
        int day = 1 + r.nextInt(27);
        String visitId = "event/" + doc + "-visit";
        minted.add(entity(visitId, "schema:Event", "Visit of " + secretary.label + " to " + b.label + ", " + year, null));
        String visit = "On " + MONTHS[month - 1] + " " + day + " and " + (day + 1) + " Secretary " + secretary.label
                + " will travel to " + b.label + " to reinforce our close partnership.";
        seen.add(visit);
        sentences.add(new String[] {SECTIONS[0], visit, statement("visit", visit, visitId,
                "      schema:attendee: " + secretary.id + "\n      schema:location: " + b.id + "\n"
                        + String.format(Locale.ROOT, "      schema:startDate: {date: \"%d-%02d-%02d\"}\n", year, month, day)
                        + String.format(Locale.ROOT, "      schema:endDate: {date: \"%d-%02d-%02d\"}\n", year, month, day + 1))});

        for (int k = 1; sentences.size() < STATEMENTS_PER_DOC; k++) {
            Named x = r.nextInt(3) == 0 ? countries.get(r.nextInt(countries.size())) : a;
            Named y = other(r, countries, x);
            Named z = other(r, countries, y);
            Named c = concepts.get(r.nextInt(concepts.size()));
            Named o = orgs.get(r.nextInt(orgs.size()));
            String section = SECTIONS[Math.min(2, sentences.size() * 3 / STATEMENTS_PER_DOC)];
            String rel = "relationship/" + doc + "-" + k;
            String id = "s" + k;
            String parties = "      fg:party: [" + x.id + ", " + y.id + "]\n";
            String s;
            String facts;
            String mint = null;
            switch (k % 8) {
                case 0 -> {
                    int bn = 1 + r.nextInt(99);
                    s = x.label + " and " + y.label + " enjoy more than USD " + bn + " billion a day in trade.";
                    mint = entity(rel, "fg:TradeRelationship", "Trade between " + x.label + " and " + y.label, null);
                    facts = parties + "      fg:tradeValue: {amount: \"" + bn + "000000000\", currency: USD, period: P1D, qualifier: more-than}\n";
                }
                case 1 -> {
                    int rank = 1 + r.nextInt(3);
                    s = x.label + " is the " + (rank == 1 ? "largest" : rank == 2 ? "second-largest" : "third-largest")
                            + " source of foreign direct investment into " + y.label + ".";
                    mint = entity(rel, "fg:InvestmentFlow", "Investment from " + x.label + " into " + y.label, null);
                    facts = "      fg:investor: " + x.id + "\n      fg:investmentDestination: " + y.id
                            + "\n      fg:rank: {integer: \"" + rank + "\"}\n";
                }
                case 2 -> {
                    s = x.label + " works closely with " + y.label + " on " + c.label + " through the " + o.label + ".";
                    mint = entity(rel, "fg:Cooperation", "Cooperation of " + x.label + " and " + y.label + " on " + c.label, null);
                    facts = parties + "      schema:about: " + c.id + "\n      fg:through: " + o.id + "\n";
                }
                case 3 -> {
                    s = x.label + " and " + y.label + " are working with partners to provide support for " + z.label
                            + " in " + c.label + ".";
                    mint = entity(rel, "fg:Support", "Support for " + z.label, null);
                    facts = parties + "      fg:recipient: " + z.id + "\n      schema:about: " + c.id + "\n";
                }
                case 4 -> {
                    s = x.label + " and " + y.label + " share an abiding commitment to " + c.label + ".";
                    mint = entity(rel, "fg:SharedCommitment", "Shared commitment to " + c.label, null);
                    facts = parties + "      schema:about: " + c.id + "\n";
                    section = section + "";
                }
                case 5 -> {
                    s = x.label + " and " + y.label + " work closely through the " + o.label
                            + " to ensure the safety of our citizens.";
                    facts = "      org:hasMember: [" + x.id + ", " + y.id + "]\n";
                    rel = o.id;
                }
                case 6 -> {
                    int regions = 2 + r.nextInt(40);
                    s = "More than " + regions + " regions of " + x.label + " have " + y.label
                            + " as their top export destination.";
                    facts = "      fg:topExportDestinationFor:\n        - amount: \"" + regions + "\"\n          unit: \"regions\"\n"
                            + "          qualifier: more-than\n          facts:\n            schema:about: " + x.id + "\n";
                    rel = y.id;
                }
                default -> {
                    Named e = series.get(r.nextInt(series.size()));
                    int m = 1 + r.nextInt(12);
                    s = "The " + e.label + " meets in " + z.label + " in " + MONTHS[m - 1] + " " + year + ".";
                    String meeting = "event/" + doc + "-meeting-" + k;
                    mint = entity(meeting, "schema:Event", e.label + " in " + z.label + ", " + MONTHS[m - 1] + " " + year, null);
                    facts = "      schema:location: " + z.id + "\n      schema:superEvent: " + e.id
                            + String.format(Locale.ROOT, "\n      schema:startDate: {year-month: \"%d-%02d\"}\n", year, m);
                    rel = meeting;
                }
            }
            if (!seen.add(s) || seen.stream().anyMatch(t -> t != s && (t.contains(s) || s.contains(t)) && !t.equals(s)))
                continue; // a repeated sentence would make its quote ambiguous: draw again
            if (mint != null)
                minted.add(mint);
            sentences.add(new String[] {section, s, statement(id, s, rel, facts)});
        }
        writeDocument(documents.resolve(doc), doc, n, year, month, sentences);
    }

    private static Named other(Random r, List<Named> pool, Named not) {
        Named x;
        do
            x = pool.get(r.nextInt(pool.size()));
        while (x == not);
        return x;
    }

    private static String statement(String id, String quote, String subject, String facts) {
        return "  - id: " + id + "\n    quote: \"" + quote + "\"\n    subject: " + subject + "\n    facts:\n" + facts + "\n";
    }

    private static void writeDocument(Path dir, String doc, int n, int year, int month, List<String[]> sentences)
            throws IOException {
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder("An official website of the United States Government\n\n");
        String section = null;
        int inLine = 0;
        for (String[] s : sentences) {
            if (!s[0].equals(section)) {
                if (section != null)
                    text.append('\n');
                section = s[0];
                text.append(section).append('\n');
                inLine = 0;
            }
            if (inLine == 0)
                text.append("  \u2022 ");
            else
                text.append(' ');
            text.append(s[1]);
            if (++inLine == 2) {
                text.append('\n');
                inLine = 0;
            }
        }
        if (inLine != 0)
            text.append('\n');
        text.append("\nU.S. Department of State\n");
        Files.writeString(dir.resolve("source.txt"), text, StandardCharsets.UTF_8);

        String first = sentences.get(0)[1];
        String last = sentences.get(sentences.size() - 1)[1];
        StringBuilder meta = new StringBuilder();
        meta.append("# Synthetic fact sheet ").append(n).append(" (org.factgraph.bench.SyntheticData).\n");
        meta.append("id: ").append(doc).append('\n');
        meta.append("title: \"Synthetic fact sheet ").append(n).append("\"\n");
        meta.append("publisher: organization/us-department-of-state\n");
        meta.append(String.format(Locale.ROOT, "date: \"%d-%02d\"\n", year, month));
        meta.append("language: en\nlicense: \"https://creativecommons.org/publicdomain/mark/1.0/\"\nsource: source.txt\n");
        meta.append("source-url: \"https://example.org/synthetic/").append(doc).append("\"\n");
        meta.append("content:\n  first: \"").append(first).append("\"\n  last: \"").append(last).append("\"\n");
        meta.append("sections:\n");
        sentences.stream().map(s -> s[0]).distinct().forEach(s -> meta.append("  - ").append(s).append('\n'));
        Files.writeString(dir.resolve("document.yaml"), meta, StandardCharsets.UTF_8);

        StringBuilder st = new StringBuilder("statements:\n");
        for (String[] s : sentences)
            st.append(s[2]);
        Files.writeString(dir.resolve("statements.yaml"), st, StandardCharsets.UTF_8);
    }

    /** {@code java -cp factgraph.jar org.factgraph.bench.SyntheticData DIR DOCS [SEED]}. */
    public static void main(String[] args) {
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        new SyntheticData(seed).write(Path.of(args[0]), Integer.parseInt(args[1]));
    }
}
