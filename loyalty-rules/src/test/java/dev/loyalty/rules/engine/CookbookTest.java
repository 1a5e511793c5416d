package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.spi.memory.InMemoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every recipe of docs/drl-cookbook.md compiles and earns the sample purchase exactly what it says. */
class CookbookTest {

    private static final Path COOKBOOK = Path.of("..", "docs", "drl-cookbook.md");
    private static final Pattern BLOCK = Pattern.compile("```(yaml|drl)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPECT = Pattern.compile("// expect: points=(\\d+)");
    private static final String HEADER = """
            package cookbook;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            """;

    record Recipe(String title, String drl, long points) {
        @Override
        public String toString() {
            return title;
        }
    }

    static String yaml() throws IOException {
        return blocks("yaml").get(0)[1];
    }

    static Stream<Recipe> recipes() throws IOException {
        return blocks("drl").stream().map(block -> {
            Matcher expect = EXPECT.matcher(block[1]);
            assertThat(expect.find()).as("recipe '%s' says what it earns", block[0]).isTrue();
            return new Recipe(block[0], block[1], Long.parseLong(expect.group(1)));
        });
    }

    /** {title of the section, text} of every block of {@code language}, in order. */
    private static List<String[]> blocks(String language) throws IOException {
        String text = Files.readString(COOKBOOK);
        List<String[]> found = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            if (block.group(1).equals(language)) {
                String before = text.substring(0, block.start());
                String title = before.substring(before.lastIndexOf("\n#") + 1).lines().findFirst().orElseThrow();
                found.add(new String[] {title.replaceAll("^#+ ", ""), block.group(2)});
            }
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipes")
    void theRecipeEarnsTheSamplePurchaseWhatItSays(Recipe recipe) throws IOException {
        CompiledProgram program = CompiledProgram.compile(yaml(), Map.of("rules/recipe.drl", HEADER + recipe.drl()));
        LoyaltyEngine engine = LoyaltyEngine.builder().program(program).store(InMemoryStore.create()).build();
        MemberId anna = MemberId.of("anna");
        engine.handle(Enrollment.of(Member.builder(anna, "Anna", Instant.parse("2026-01-01T09:00:00Z"), ZoneId.of("Europe/Berlin"))
                .birthday(LocalDate.of(1990, 12, 3)).build()));

        Purchase purchase = Purchase.of("order-1", anna, Instant.parse("2026-12-03T10:00:00Z"), "EUR")
                .withLine(Line.of("BEANS-1KG", "beans", 2, "14.90").withLabel("origin", "ethiopia"))
                .withLine(Line.of("MUG", "merch", 1, "9.99").withLabel("brand", "acme"))
                .withLine(Line.of("GIFT-25", "gift-cards", 1, "25.00"))
                .withLine(Line.delivery("4.95"));

        assertThat(purchase.getTotal()).isEqualByComparingTo("69.74");
        assertThat(purchase.getSpend()).isEqualByComparingTo("64.79");
        assertThat(engine.handle(purchase).points("points")).isEqualTo(recipe.points());
    }
}
