package dev.loyalty.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loyalty.core.LoyaltyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Lines file of events ({@code docs/events.md}), read whole before anything runs: every line is
 * checked, so a bad line stops the run before anything is written. Blank lines are skipped.
 *
 * @param steps the good lines, in file order
 * @param bad the bad lines, each with its number and what is wrong
 */
public record EventFile(List<Step> steps, List<BadLine> bad) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Copies the lists. */
    public EventFile {
        steps = List.copyOf(steps);
        bad = List.copyOf(bad);
    }

    /**
     * Reads {@code file}; enrollments without a zone get {@code defaultZone}.
     *
     * @throws BadInputException if the file cannot be read
     */
    public static EventFile read(Path file, ZoneId defaultZone) {
        EventParser parser = new EventParser(defaultZone);
        List<Step> steps = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    steps.add(parser.parse(JSON.readTree(line), number));
                } catch (JsonProcessingException e) {
                    bad.add(new BadLine(number, "not JSON: " + e.getOriginalMessage().replaceAll(" \\(start marker at .*\\)", "")
                            + " at column " + e.getLocation().getColumnNr()));
                } catch (BadInputException | LoyaltyException | IllegalArgumentException e) {
                    bad.add(new BadLine(number, e.getMessage()));
                }
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("no event file " + file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
        return new EventFile(steps, bad);
    }

    /**
     * Fails with the first bad line (and how many more there are), unless {@code skipBad}.
     *
     * @throws BadInputException if there is a bad line and {@code skipBad} is false
     */
    public EventFile requireGood(Path file, boolean skipBad) {
        if (!bad.isEmpty() && !skipBad) {
            BadLine first = bad.get(0);
            String more = bad.size() == 1 ? "" : " (and " + (bad.size() - 1) + " more bad lines; --skip-bad lists them and goes on)";
            throw new BadInputException(file + ":" + first.line() + ": " + first.message() + more);
        }
        return this;
    }
}
