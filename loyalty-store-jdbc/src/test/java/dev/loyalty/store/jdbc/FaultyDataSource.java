package dev.loyalty.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that breaks the connection at the k-th step once armed: a step is a statement execution
 * or a commit. The failing step is not done (or, for a commit with {@code afterCommit}, done and its
 * acknowledgement lost); the connection then fails every call, like a connection the network dropped,
 * and closing it rolls back what was not committed.
 */
final class FaultyDataSource implements DataSource {

    private static final Set<String> STEPS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate",
            "executeLargeBatch", "commit");

    private final DataSource real;
    private final AtomicInteger steps = new AtomicInteger();
    private volatile int failAt = Integer.MAX_VALUE;
    private volatile boolean afterCommit;

    FaultyDataSource(DataSource real) {
        this.real = real;
    }

    /** Fails the {@code step}-th step from now (1 for the next); a commit is done first if {@code lost}. */
    void arm(int step, boolean lost) {
        steps.set(0);
        afterCommit = lost;
        failAt = step;
    }

    /** Stops failing; returns how many steps were counted since {@link #arm}. */
    int disarm() {
        failAt = Integer.MAX_VALUE;
        return steps.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = real.getConnection();
        AtomicBoolean broken = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        connection.close();
                        return null;
                    }
                    check(broken, method);
                    Object result = step(broken, connection, method, args);
                    return result instanceof Statement statement ? statement(statement, broken) : result;
                });
    }

    private Object statement(Statement statement, AtomicBoolean broken) {
        return Proxy.newProxyInstance(Statement.class.getClassLoader(), interfacesOf(statement), (proxy, method, args) -> {
            if (method.getName().equals("close")) {
                statement.close();
                return null;
            }
            check(broken, method);
            return step(broken, statement, method, args);
        });
    }

    private static Class<?>[] interfacesOf(Statement statement) {
        return statement instanceof java.sql.CallableStatement ? new Class<?>[] {java.sql.CallableStatement.class}
                : statement instanceof java.sql.PreparedStatement ? new Class<?>[] {java.sql.PreparedStatement.class}
                : new Class<?>[] {Statement.class};
    }

    private Object step(AtomicBoolean broken, Object target, Method method, Object[] args) throws Throwable {
        boolean fails = STEPS.contains(method.getName()) && steps.incrementAndGet() == failAt;
        if (fails && !(afterCommit && method.getName().equals("commit"))) {
            broken.set(true);
            throw new SQLException("injected fault at step " + failAt + " (" + method.getName() + ")", "08006");
        }
        Object result = invoke(target, method, args);
        if (fails) {
            broken.set(true);
            throw new SQLException("injected fault after step " + failAt + " (" + method.getName() + "): acknowledgement lost", "08006");
        }
        return result;
    }

    private static void check(AtomicBoolean broken, Method method) throws SQLException {
        if (broken.get() && !method.getName().equals("isClosed")) {
            throw new SQLException("the connection was broken by an injected fault", "08003");
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return real.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return real.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return real.isWrapperFor(type);
    }
}
