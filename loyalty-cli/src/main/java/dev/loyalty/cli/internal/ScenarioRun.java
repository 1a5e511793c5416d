package dev.loyalty.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loyalty.core.LoyaltyException;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Balance;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.RandomSource;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a {@link Scenario} against a program in a fresh in-memory store and lists every way the result
 * differs from its {@code then}: refusals, balances, tiers and entries. An empty list means it passed.
 */
public final class ScenarioRun {

    private ScenarioRun() {}

    /** What differed, in words; empty if nothing did. */
    public static List<String> failures(CompiledProgram program, Scenario scenario) {
        InMemoryStore store = InMemoryStore.create();
        LoyaltyEngine engine = LoyaltyEngine.builder().program(program).store(store).random(RandomSource.seeded(1)).build();
        List<String> failures = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        Instant last = Instant.EPOCH;
        for (Step step : scenario.steps()) {
            last = step.at().isAfter(last) ? step.at() : last;
            try {
                if (step instanceof Step.Handle handle) {
                    Outcome outcome = engine.handle(handle.event());
                    outcome.refusal().ifPresent(refusal -> refused.put(outcome.eventId(), refusal.code() + " (" + refusal.message() + ")"));
                } else {
                    engine.advanceTo(step.at());
                }
            } catch (LoyaltyException e) {
                failures.add("step " + step.line() + " failed: " + e.getMessage());
                return failures;
            }
        }
        Instant at = scenario.at().orElse(last);
        engine.advanceTo(at);
        JsonNode then = scenario.then();
        checkRefusals(then.path("refused"), refused, failures);
        for (Map.Entry<String, JsonNode> member : then.path("balances").properties()) {
            Optional<MemberState> state = store.find(MemberId.of(member.getKey()));
            member.getValue().properties().forEach(type -> {
                long actual = state.map(s -> balance(program, s, type.getKey(), at)).orElse(0L);
                if (actual != type.getValue().asLong()) {
                    failures.add("balance of " + member.getKey() + ", " + type.getKey() + ": expected " + type.getValue().asLong()
                            + ", but was " + actual);
                }
            });
        }
        then.path("tiers").properties().forEach(member -> {
            String actual = store.find(MemberId.of(member.getKey())).flatMap(MemberState::tier).map(t -> t.tierId())
                    .orElseGet(() -> program.tiers().map(ladder -> ladder.entry().id()).orElse("-"));
            if (!actual.equals(member.getValue().asText())) {
                failures.add("tier of " + member.getKey() + ": expected " + member.getValue().asText() + ", but was " + actual);
            }
        });
        then.path("entries").properties().forEach(member -> member.getValue().properties().forEach(type -> {
            List<Entry> actual = store.find(MemberId.of(member.getKey())).map(MemberState::entries).orElse(List.of()).stream()
                    .filter(entry -> entry.pointType().equals(type.getKey())).toList();
            checkEntries(member.getKey() + ", " + type.getKey(), type.getValue(), actual, failures);
        }));
        return failures;
    }

    private static long balance(CompiledProgram program, MemberState state, String type, Instant at) {
        Balance balance = Ledger.replay(program.ledgerPolicy(), state.member().id(), state.entries()).balance(type, at);
        return balance.available() + balance.pending();
    }

    private static void checkRefusals(JsonNode expected, Map<String, String> refused, List<String> failures) {
        expected.properties().forEach(event -> {
            String actual = refused.get(event.getKey());
            if (actual == null) {
                failures.add("event " + event.getKey() + ": expected refused " + event.getValue().asText() + ", but it was not refused");
            } else if (!actual.startsWith(event.getValue().asText() + " ")) {
                failures.add("event " + event.getKey() + ": expected refused " + event.getValue().asText() + ", but was " + actual);
            }
        });
        refused.forEach((event, why) -> {
            if (!expected.has(event)) {
                failures.add("event " + event + " was refused: " + why);
            }
        });
    }

    private static void checkEntries(String where, JsonNode expected, List<Entry> actual, List<String> failures) {
        List<String> want = new ArrayList<>();
        expected.forEach(entry -> want.add(describe(entry.path("kind").asText(), entry.path("amount").asLong(),
                text(entry, "rule"), text(entry, "campaign"))));
        List<String> got = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            Entry entry = actual.get(i);
            JsonNode spec = i < expected.size() ? expected.get(i) : null;
            got.add(describe(entry.kind().name(), entry.amount(),
                    spec != null && spec.has("rule") ? Optional.of(entry.reason().name()) : Optional.empty(),
                    spec != null && spec.has("campaign") ? Optional.of(Explanation.of(entry).campaign().orElse("none")) : Optional.empty()));
        }
        if (!want.equals(got)) {
            failures.add("entries of " + where + ": expected " + want + ", but were " + got);
        }
    }

    private static Optional<String> text(JsonNode entry, String field) {
        return entry.has(field) ? Optional.of(entry.get(field).asText()) : Optional.empty();
    }

    private static String describe(String kind, long amount, Optional<String> rule, Optional<String> campaign) {
        return kind + " " + (amount > 0 ? "+" : "") + amount + rule.map(r -> " by " + r).orElse("") + campaign.map(c -> " in " + c).orElse("");
    }
}
