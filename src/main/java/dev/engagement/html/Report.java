package dev.engagement.html;

import java.util.List;

/** What a report shows, in order: a title, facts about the run (label and value), and sections. */
public record Report(String title, List<Fact> facts, List<Section> sections) {
    public Report {
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
    }

    /** One line of the run's description, e.g. "Endpoint" and "/historical". */
    public record Fact(String label, String value) {
    }
}
