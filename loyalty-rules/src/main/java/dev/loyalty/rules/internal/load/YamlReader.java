package dev.loyalty.rules.internal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming YAML parser, keeping the line of
 * every node. Syntax errors and duplicate keys become problems; aliases are not supported.
 */
final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final Pattern SNAKE_MESSAGE = Pattern.compile(
            "(?s)^(?:([^\\n]*?)\\s+in 'reader', line (\\d+), column \\d+:.*?\\^\\s*)?([^\\n]*?)\\s+in 'reader', line (\\d+), column \\d+:");

    private final String file;
    private final Problems problems;

    private YamlReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The document's root node, or empty (with a problem recorded) if the text is empty or not valid YAML. */
    static Optional<YamlNode> read(String text, String file, Problems problems) {
        YamlReader reader = new YamlReader(file, problems);
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                problems.add(file, 0, "the file is empty");
                return Optional.empty();
            }
            return Optional.of(reader.node(parser));
        } catch (JsonProcessingException e) {
            syntaxError(e, file, problems);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SnakeYAML's "context at mark, snippet, problem at mark" message as one line, at the problem's line. */
    private static void syntaxError(JsonProcessingException e, String file, Problems problems) {
        String original = e.getOriginalMessage();
        Matcher m = SNAKE_MESSAGE.matcher(original);
        if (m.find()) {
            String context = m.group(1) == null ? "" : " (" + m.group(1).trim() + " starting on line " + m.group(2) + ")";
            problems.add(file, Integer.parseInt(m.group(4)), "not valid YAML: " + m.group(3).trim() + context);
            return;
        }
        JsonLocation at = e.getLocation();
        problems.add(file, at == null ? 0 : Math.max(0, at.getLineNr()),
                "not valid YAML: " + original.replaceAll("\\s+", " ").trim());
    }

    private YamlNode node(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return mapping(parser, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser));
            }
            return new YamlNode.Sequence(Collections.unmodifiableList(items), line);
        }
        return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
    }

    private YamlNode mapping(JsonParser parser, int line) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            YamlNode value = node(parser);
            if (entries.containsKey(key)) {
                problems.add(file, keyLine, "duplicate key '" + key + "' (first on line " + entries.get(key).line() + ")");
            } else {
                entries.put(key, new YamlNode.Entry(key, keyLine, value));
            }
        }
        return new YamlNode.Mapping(Collections.unmodifiableMap(entries), line);
    }
}
