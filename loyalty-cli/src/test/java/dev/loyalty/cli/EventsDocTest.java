package dev.loyalty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loyalty.cli.internal.EventFile;
import dev.loyalty.cli.internal.EventParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/events.schema.json and docs/events.md name the event types the reader knows, and the schema's example lines read. */
class EventsDocTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void theSchemaHasABranchForEveryTypeTheReaderKnows() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(DOCS.resolve("events.schema.json").toFile());
        List<String> types = new ArrayList<>();
        schema.at("/properties/type/enum").forEach(type -> types.add(type.asText()));
        List<String> branches = new ArrayList<>();
        schema.get("oneOf").forEach(branch -> branches.add(branch.at("/properties/type/const").asText()));

        assertThat(types).isEqualTo(EventParser.TYPES).isEqualTo(branches);
    }

    @Test
    void theExampleInEventsMdReadsWithoutABadLine() throws IOException {
        String doc = Files.readString(DOCS.resolve("events.md"));
        String example = doc.substring(doc.indexOf("```json\n") + 8, doc.indexOf("```", doc.indexOf("```json\n") + 8));
        Path file = Files.createTempFile("events", ".jsonl");
        Files.writeString(file, example);

        assertThat(EventFile.read(file, ZoneOffset.UTC).bad()).isEmpty();
        assertThat(example.lines()).hasSize(6);
        Files.delete(file);
    }
}
