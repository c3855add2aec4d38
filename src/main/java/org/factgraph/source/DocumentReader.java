package org.factgraph.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factgraph.model.Document;
import org.factgraph.model.Entity;
import org.factgraph.model.Evidence;
import org.factgraph.model.Mention;
import org.factgraph.model.Sentence;
import org.factgraph.model.SourceText;
import org.factgraph.model.Span;
import org.factgraph.model.Statement;

/**
 * Reads one document folder: {@code document.yaml} (metadata, section headings, where the content starts and ends),
 * the source text it names, and {@code statements.yaml}.
 */
final class DocumentReader {
    private static final Set<String> DOC_KEYS = Set.of("id", "title", "publisher", "date", "notes", "language",
            "license", "source", "source-url", "sections", "content");
    private static final Set<String> STATEMENT_KEYS = Set.of("id", "quote", "support", "inference", "subject",
            "facts");

    static Document read(Path dir, String displayDir, Map<String, Entity> entities) {
        return read(dir, displayDir, entities, entities.values());
    }

    /** {@code mentionable} are the entities that have mentions (searching all of them per sentence does not scale). */
    static Document read(Path dir, String displayDir, Map<String, Entity> entities, Collection<Entity> mentionable) {
        String docName = displayDir + "/document.yaml";
        YamlFile.Map meta = YamlFile.read(dir.resolve("document.yaml"), docName);
        meta.onlyKeys(DOC_KEYS);
        String id = Ids.slug(meta.text("id"), meta.locationOf("id"), "document");
        String sourceFile = meta.text("source");
        if (sourceFile.contains("/") || sourceFile.contains("\\") || sourceFile.startsWith("."))
            throw new DataException(meta.locationOf("source"), "'source' must name a file in the same folder");
        String sourceName = displayDir + "/" + sourceFile;
        String text = TextFiles.read(dir.resolve(sourceFile), sourceName);
        List<String> headings = meta.texts("sections");
        for (String h : headings)
            if (!text.lines().anyMatch(l -> l.strip().equals(h)))
                throw new DataException(meta.locationOf("sections"), "section heading \"" + h + "\" is not a line of "
                        + sourceName + "; copy the heading exactly");
        List<Sentence> all = new SentenceSplitter(new HashSet<>(headings)).split(text);
        Span content = content(meta, text, new SourceText(sourceName, text, all));
        List<Sentence> inside = all.stream().filter(s -> content.contains(s.span())).toList();
        List<Sentence> numbered = new ArrayList<>();
        inside.forEach(s -> numbered.add(new Sentence(numbered.size(), s.span(), s.text(), s.section())));
        SourceText source = new SourceText(sourceName, text, numbered);

        String publisher = Ids.entityId(meta.text("publisher"), meta.locationOf("publisher"));
        References.require(entities, publisher, meta.locationOf("publisher"));
        List<Statement> statements = statements(dir, displayDir, source, content, entities);
        String date = meta.text("date");
        if (!date.matches("\\d{4}-\\d{2}(-\\d{2})?"))
            throw new DataException(meta.locationOf("date"), "'" + date + "' is not a date like 2022-10-27 or 2022-10");
        return new Document(id, meta.text("title"), publisher, date, meta.texts("notes"), meta.text("language", "en"),
                WebIri.check(meta.text("license"), meta.locationOf("license")),
                WebIri.check(meta.text("source-url", ""), meta.locationOf("source-url")), source, content,
                statements, Mentions.find(source, mentionable), meta.location());
    }

    private static Span content(YamlFile.Map meta, String text, SourceText raw) {
        var m = meta.map("content").orElse(null);
        if (m == null)
            return new Span(0, raw.length());
        m.onlyKeys(Set.of("first", "last"));
        QuoteLocator finder = new QuoteLocator(raw);
        Evidence first = finder.locate(m.text("first"), m.locationOf("first"));
        Evidence last = finder.locate(m.text("last"), m.locationOf("last"));
        if (last.span().end() < first.span().begin())
            throw new DataException(m.location(), "'content' ends before it begins; swap 'first' and 'last'");
        return new Span(first.sentence().span().begin(), last.sentence().span().end());
    }

    private static List<Statement> statements(Path dir, String displayDir, SourceText source, Span content,
            Map<String, Entity> entities) {
        YamlFile.Map file = YamlFile.read(dir.resolve("statements.yaml"), displayDir + "/statements.yaml");
        file.onlyKeys(Set.of("statements"));
        QuoteLocator finder = new QuoteLocator(source, content);
        ValueReader values = new ValueReader(file.owner());
        Set<String> ids = new HashSet<>();
        List<Statement> out = new ArrayList<>();
        for (YamlFile.Map m : file.maps("statements")) {
            m.onlyKeys(STATEMENT_KEYS);
            String id = Ids.slug(m.text("id"), m.locationOf("id"), "statement");
            if (!ids.add(id))
                throw new DataException(m.locationOf("id"), "duplicate statement id '" + id + "'; ids must be unique");
            Evidence evidence = finder.locate(m.text("quote"), m.locationOf("quote"));
            List<Evidence> support = m.texts("support").stream()
                    .map(q -> finder.locate(q, m.locationOf("support"))).toList();
            String subject = Ids.entityId(m.text("subject"), m.locationOf("subject"));
            References.require(entities, subject, m.locationOf("subject"));
            var facts = values.facts(m.map("facts").orElseThrow(() -> new DataException(m.location(),
                    "statement '" + id + "' has no 'facts'; say what the quote states")));
            References.check(entities, facts);
            out.add(new Statement(id, subject, facts, evidence, support, m.text("inference", ""), m.location()));
        }
        return out;
    }

    private DocumentReader() {}
}
