package dev.loyalty.cli;

import static dev.loyalty.cli.Cli.resource;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompareTest {

    @Test
    void twoProgramsOverTheSameEventsDifferInTotalsAndMembers() {
        Cli cli = Cli.run("simulate", "--program", resource("cafe"), "--events", resource("cafe.jsonl"), "--compare", resource("cafe-60"));

        assertThat(cli.code()).as(cli.err()).isZero();
        // With 60 days instead of 30, anna's 70 points of 12 January and ben's 10 of 10 January are still there on 20 February.
        assertThat(cli.out()).isEqualTo("""
                A: cafe 1, B: cafe 2, over cafe.jsonl, as of 2026-02-20T10:00:00Z
                                                      A            B        B - A
                  points issued                     175          175            0
                  points redeemed                    50           50            0
                  points expired                     80            0          -80
                  points reversed                    40           40            0
                  points outstanding                  5           85          +80
                  status issued                     145          145            0
                  status redeemed                     0            0            0
                  status expired                      0            0            0
                  status reversed                    20           20            0
                  status outstanding                125          125            0
                  tier bronze                         1            1            0
                  tier silver                         1            1            0
                Members whose points balance differs most (2 differ):
                  anna                                0           70          +70
                  ben                                 5           15          +10
                No member's status balance differs.
                """);
        assertThat(cli.err()).matches("Simulated 22 events in [0-9.]+ s: [0-9,]+ events/s\\R");
    }

    @Test
    void compareTakesNoStore() {
        assertThat(Cli.run("simulate", "--program", resource("cafe"), "--events", resource("cafe.jsonl"), "--compare", resource("cafe-60"),
                "--store", "memory").err())
                .isEqualTo("loyalty: simulate: --compare runs both programs in memory and prints the difference; it takes neither --store nor --report\n");
    }
}
