package dev.loyalty.rules.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.internal.load.Programs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/** A CompiledProgram hands out nothing that can be changed and can be used from many threads at once. */
class SharingTest {

    private static final CompiledProgram PROGRAM = CompiledProgramTest.PROGRAM;

    @Test
    void nothing_handed_out_can_be_changed() {
        assertThatThrownBy(() -> PROGRAM.pointTypes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PROGRAM.campaigns().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PROGRAM.rewards().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PROGRAM.segments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PROGRAM.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PROGRAM.ledgerPolicy().pointTypes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PROGRAM.tiers().orElseThrow().tiers().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PROGRAM.campaigns().get(0).audience().tiers().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void eight_threads_fire_sessions_of_one_program_while_others_load_programs() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> fired = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                fired.add(pool.submit(fire(i % 2 == 0 ? "gold" : "bronze")));
            }
            List<Future<CompiledProgram>> loaded = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                loaded.add(pool.submit(() -> CompiledProgram.load(CompiledProgramTest.COFFEE)));
            }
            for (int i = 0; i < fired.size(); i++) {
                List<String> expected = i % 2 == 0
                        ? List.of("earnPerUnit[points, 1]", "earnPerUnit[status, 1]", "multiply[points, 2]")
                        : List.of("earnPerUnit[points, 1]", "earnPerUnit[status, 1]");
                assertThat(fired.get(i).get(60, TimeUnit.SECONDS)).containsExactlyInAnyOrderElementsOf(expected);
            }
            for (Future<CompiledProgram> program : loaded) {
                assertThat(program.get(120, TimeUnit.SECONDS).rules()).isEqualTo(PROGRAM.rules());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<List<String>> fire(String tier) {
        return () -> {
            RecordingDecisions recorder = new RecordingDecisions();
            KieSession session = Programs.kieBase(PROGRAM).newKieSession();
            try {
                session.setGlobal("decisions", recorder.decisions());
                session.insert(Member.builder("m-" + tier).tier(tier).build());
                session.insert(Purchase.of("o-" + tier, MemberId.of("m"), Instant.parse("2026-11-02T10:00:00Z"), "EUR",
                        "3.00", "cups"));
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            return recorder.calls();
        };
    }
}
