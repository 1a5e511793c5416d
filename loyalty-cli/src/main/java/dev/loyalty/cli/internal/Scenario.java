package dev.loyalty.cli.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scenario file ({@code scenarios/*.yaml}, see {@code docs/cli.md}): members given, events, and what
 * should follow. Read with the checks of the event file format; problems name the file and the event.
 *
 * @param name the scenario's name (default: the file name)
 * @param steps the given members' enrollments, then the events
 * @param then what should follow, as written
 * @param at when balances are taken; empty for the last step's instant
 */
public record Scenario(String name, List<Step> steps, JsonNode then, Optional<Instant> at) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * Reads {@code file}; enrollments without a zone get {@code zone}.
     *
     * @throws BadInputException naming the file and what is wrong
     */
    public static Scenario read(Path file, ZoneId zone) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        try {
            return of(root, file.getFileName().toString().replaceFirst("\\.ya?ml$", ""), zone);
        } catch (BadInputException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    private static Scenario of(JsonNode root, String fallbackName, ZoneId zone) {
        Fields fields = Fields.of(root, "", "a scenario");
        String name = fields.optionalText("name").orElse(fallbackName);
        EventParser parser = new EventParser(zone);
        List<Step> steps = new ArrayList<>();
        if (fields.has("given")) {
            Fields given = Fields.of(root.get("given"), "given.", "'given'");
            for (Fields member : given.objects("members")) {
                steps.add(step(parser, enrollment(member), "given.members[" + steps.size() + "]", steps.size() + 1));
            }
            given.noOthers();
        }
        List<Fields> events = fields.objects("when");
        for (int i = 0; i < events.size(); i++) {
            steps.add(step(parser, root.get("when").get(i), "when[" + i + "]", steps.size() + 1));
        }
        if (steps.isEmpty()) {
            throw new BadInputException("a scenario needs members under 'given' or events under 'when'");
        }
        JsonNode then = fields.has("then") ? root.get("then") : YAML.createObjectNode();
        Optional<Instant> at = then.has("at") ? Optional.of(Fields.of(then, "then.", "'then'").instant("at")) : Optional.empty();
        fields.noOthers();
        return new Scenario(name, steps, then, at);
    }

    private static JsonNode enrollment(Fields member) {
        ObjectNode node = member.node().deepCopy();
        node.put("type", "enroll");
        JsonNode id = node.remove("id");
        if (id != null) {
            node.set("member", id);
        }
        return node;
    }

    private static Step step(EventParser parser, JsonNode node, String where, int position) {
        try {
            return parser.parse(node, position);
        } catch (BadInputException | IllegalArgumentException e) {
            throw new BadInputException(where + ": " + e.getMessage());
        }
    }
}
