package dev.loyalty.cli;

import static dev.loyalty.cli.Cli.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSummaryAddsUpEveryLedger() {
        Cli cli = Cli.run("simulate", "--program", resource("cafe"), "--events", resource("cafe.jsonl"));

        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("""
                cafe 1 over cafe.jsonl (11 lines), as of 2026-02-20T10:00:00Z
                Members: 2
                Events: 9 applied, 0 repeated, 1 refused (INSUFFICIENT_POINTS 1)

                  points             issued     redeemed      expired     reversed  outstanding
                  points                175           50           80           40            5
                  status                145            0            0           20          125
                Liability: 5 points outstanding are worth 0.05 EUR
                Tiers: bronze 1, silver 1
                Campaigns (net points of the entries each took part in):
                  launch                   points 10 (0.10 EUR)
                Top rules by points earned:
                  base earn                         165 points
                  base earn                         145 status
                  launch bonus                       10 points
                """);
        assertThat(cli.err()).matches("Simulated 11 events in [0-9.]+ s: [0-9,]+ events/s\\R");
    }

    @Test
    void theReportHasTotalsAndEveryMembersTierAndBalances() throws IOException {
        Path report = dir.resolve("report.json");

        Cli cli = Cli.run("simulate", "--program", resource("cafe"), "--events", resource("cafe.jsonl"), "--report", report.toString());

        assertThat(cli.code()).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/totals/points").toString())
                .isEqualTo("{\"issued\":175,\"redeemed\":50,\"expired\":80,\"reversed\":40,\"outstanding\":5}");
        assertThat(json.at("/liability/points/amount").asText()).isEqualTo("0.05");
        assertThat(json.at("/members").toString()).isEqualTo("[{\"id\":\"anna\",\"tier\":\"silver\",\"balances\":{\"points\":0,\"status\":110}},"
                + "{\"id\":\"ben\",\"tier\":\"bronze\",\"balances\":{\"points\":5,\"status\":15}}]");
        assertThat(json.at("/refusals/INSUFFICIENT_POINTS").asLong()).isEqualTo(1);
    }

    @Test
    void aMalformedLineStopsWithItsNumberBeforeAnythingIsWritten() throws IOException {
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, """
                {"type":"enroll","member":"anna","at":"2026-01-02T09:00:00Z"}
                {"type":"purchase","id":"order-1","member":"anna","at":"2026-01-03T10:00:00Z","currency":"EUR","amount":"4O.00","category":"coffee"}
                {"type":"purchase","id":"order-2","member":"anna","at":"2026-01-04"}
                """);
        Path report = dir.resolve("report.json");

        Cli cli = Cli.run("simulate", "--program", resource("cafe"), "--events", events.toString(), "--report", report.toString());

        assertThat(cli.code()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("loyalty: " + events + ":2: purchase 'order-1': 'amount' must be a decimal number such as "
                + "\"12.90\", but was \"4O.00\" (and 1 more bad lines; --skip-bad lists them and goes on)\n");
        assertThat(cli.out()).isEmpty();
        assertThat(report).doesNotExist();
    }

    @Test
    void skipBadListsTheBadLinesAndGoesOn() throws IOException {
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, """
                {"type":"enroll","member":"anna","at":"2026-01-02T09:00:00Z"}
                {"type":"purchase","id":"order-1","member":"anna","at":"2026-01-03T10:00:00Z","currency":"EUR","amount":"4O.00","category":"coffee"}
                {"type":"purchase","id":"order-2","member":"zoe","at":"2026-01-04T10:00:00Z","currency":"EUR","amount":"5.00","category":"coffee"}
                {"type":"purchase","id":"order-3","member":"anna","at":"2026-01-05T10:00:00Z","currency":"EUR","amount":"5.00","category":"coffee"}
                """);

        Cli cli = Cli.run("simulate", "--program", resource("cafe"), "--events", events.toString(), "--skip-bad");

        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(cli.err()).startsWith(events + ":2: skipped: purchase 'order-1': 'amount' must be a decimal number such as \"12.90\", but was \"4O.00\"\n"
                + events + ":3: skipped: unknown member 'zoe': no member with this id is enrolled\n");
        assertThat(cli.out()).contains("Events: 2 applied, 0 repeated, 0 refused\nSkipped: 2 bad lines\n")
                .contains("  points                 15            0            0            0           15\n");
    }

    @Test
    void aMalformedProgramListsEveryProblemWithFileAndLine() {
        Cli cli = Cli.run("simulate", "--program", resource("broken"), "--events", resource("cafe.jsonl"));

        assertThat(cli.code()).isEqualTo(2);
        assertThat(cli.err()).startsWith("loyalty: " + resource("broken") + ": the program has 2 problems:\n  "
                + resource("broken") + "/program.yaml:6: unknown key 'expirey'")
                .contains(resource("broken") + "/rules/earn.drl:9:");
    }

    @Test
    void unknownOptionsAndMissingFilesAreBadInput() {
        assertThat(Cli.run("simulate", "--program", resource("cafe"), "--event", "x.jsonl"))
                .isEqualTo(new Cli(2, "", "loyalty: simulate: unknown option '--event'; simulate takes --program, --events, --store, "
                        + "--report, --compare, --seed, --skip-bad\n"));
        assertThat(Cli.run("simulate", "--program", resource("cafe"), "--events", "no-such.jsonl"))
                .isEqualTo(new Cli(2, "", "loyalty: no event file no-such.jsonl\n"));
        assertThat(Cli.run("simulate", "--program", resource("cafe"), "--events", resource("cafe.jsonl"), "--store", "redis:x"))
                .isEqualTo(new Cli(2, "", "loyalty: --store must be memory, h2:PATH or jdbc:URL (H2 or PostgreSQL), but was 'redis:x'\n"));
    }

    @Test
    void anH2FileStoreKeepsTheSameLedgers() {
        Cli cli = Cli.run("simulate", "--program", resource("cafe"), "--events", resource("cafe.jsonl"),
                "--store", "h2:" + dir.resolve("loyalty"));

        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo(Cli.run("simulate", "--program", resource("cafe"), "--events", resource("cafe.jsonl")).out());
        assertThat(dir.resolve("loyalty.mv.db")).exists();
    }
}
