package dev.loyalty.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a {@link Summary} as the JSON of {@code --report}: {@code totals.<pointType>.{issued, redeemed,
 * expired, reversed, outstanding}}, {@code liability}, {@code tiers}, {@code campaigns}, {@code rules},
 * {@code refusals} and {@code members[].{id, tier, balances.<pointType>}}. Money is a string, exactly.
 */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    /** The report of {@code summary}. */
    public static ObjectNode of(Summary summary) {
        Simulation.Run run = summary.run();
        ObjectNode report = JSON.createObjectNode();
        report.put("program", run.program().name() + "@" + run.program().version());
        report.put("asOf", run.asOf().toString());
        ObjectNode events = report.putObject("events");
        events.put("applied", run.applied());
        events.put("repeated", run.repeated());
        events.put("refused", run.refused());
        events.put("skipped", run.failed().size());
        ObjectNode refusals = report.putObject("refusals");
        run.refusals().forEach(refusals::put);
        ObjectNode totals = report.putObject("totals");
        summary.totals().forEach((type, t) -> totals.putObject(type).put("issued", t.issued()).put("redeemed", t.redeemed())
                .put("expired", t.expired()).put("reversed", t.reversed()).put("outstanding", t.outstanding()));
        ObjectNode liability = report.putObject("liability");
        summary.liability().forEach((type, money) -> liability.putObject(type).put("amount", money.amount().toPlainString())
                .put("currency", money.currency().getCurrencyCode()));
        ObjectNode tiers = report.putObject("tiers");
        summary.tiers().forEach(tiers::put);
        ObjectNode campaigns = report.putObject("campaigns");
        summary.campaigns().forEach((campaign, points) -> {
            ObjectNode node = campaigns.putObject(campaign);
            points.forEach(node::put);
        });
        ArrayNode rules = report.putArray("rules");
        summary.rules().forEach(rule -> rules.addObject().put("rule", rule.rule()).put("pointType", rule.pointType())
                .put("points", rule.points()));
        ArrayNode members = report.putArray("members");
        summary.members().forEach(member -> {
            ObjectNode node = members.addObject().put("id", member.id().toString()).put("tier", member.tier());
            ObjectNode balances = node.putObject("balances");
            member.balances().forEach(balances::put);
        });
        return report;
    }

    /**
     * Writes the report of {@code summary} to {@code file}.
     *
     * @throws BadInputException if the file cannot be written
     */
    public static void write(Summary summary, Path file) {
        try {
            JSON.writeValue(file.toFile(), of(summary));
        } catch (IOException e) {
            throw new BadInputException("cannot write the report to " + file + ": " + e.getMessage());
        }
    }
}
