package dev.loyalty.store.jdbc.internal;

import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.BudgetClaim;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Campaign budgets in {@code loyalty_budget}: a claim is one conditional update,
 * {@code used = used + amount WHERE used + amount <= limit}, in the append's transaction, so the row lock
 * it takes serializes concurrent claims and a refused claim leaves the row as it was.
 */
final class BudgetRows {

    private static final String CLAIM = "UPDATE loyalty_budget SET used = used + ? WHERE budget = ? AND used <= ? - ?";
    private static final String USED = "SELECT used FROM loyalty_budget WHERE budget = ?";

    private BudgetRows() {}

    /**
     * Counts {@code claims}, in budget order (so that appends claiming several budgets never deadlock);
     * returns the first refusal. The caller rolls back after a refusal.
     */
    static Optional<AppendResult.BudgetExhausted> claim(Connection connection, Dialect dialect, List<BudgetClaim> claims)
            throws SQLException {
        List<BudgetClaim> ordered = claims.stream().sorted(Comparator.comparing(BudgetClaim::budget)).toList();
        for (BudgetClaim claim : ordered) {
            try (PreparedStatement create = connection.prepareStatement(dialect.createBudget())) {
                create.setString(1, claim.budget());
                create.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
                update.setLong(1, claim.amount());
                update.setString(2, claim.budget());
                update.setLong(3, claim.limit());
                update.setLong(4, claim.amount());
                if (update.executeUpdate() == 0) {
                    return Optional.of(new AppendResult.BudgetExhausted(claim.budget(), claim.limit(), used(connection, claim.budget()),
                            claim.amount()));
                }
            }
        }
        return Optional.empty();
    }

    /** How much of {@code budget} is used; 0 if it was never claimed. */
    static long used(Connection connection, String budget) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(USED)) {
            statement.setString(1, budget);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
