package dev.loyalty.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM appending to an H2 file database ({@code WRITE_DELAY=0}, as the store's documentation
 * asks) is killed with SIGKILL {@value #KILLS} times at random moments; afterwards every append it
 * acknowledged is there. {@code -Dloyalty.kill.h2.settings=} (H2's defaults) shows why the setting matters.
 *
 * <p>On a loaded machine a child often gets killed right after its first append. Before the store
 * checkpointed H2 when built, that first append after reopening a killed database was twice lost here
 * (H2 issue #1259): this test is what found it.
 */
class KillNineTest {

    private static final int KILLS = 20;
    private static final long SEED = 20_261_123L;

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedAppendSurvivesKillNine() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("loyalty") + System.getProperty("loyalty.kill.h2.settings", ";WRITE_DELAY=0");
        Random random = new Random(SEED);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        JdbcStore.create(h2);
        List<String> jvm = childJvm();
        List<String> acknowledged = new ArrayList<>();
        for (int run = 0; run < KILLS; run++) {
            acknowledged.addAll(runAndKill(jvm, url, run, random.nextInt(400)));
        }

        JdbcStore store = JdbcStore.builder(h2).migrate(false).build();
        // How many appends a child acknowledges before its kill depends on the machine's load; one is enough.
        assertThat(acknowledged).as("appends acknowledged over %d runs", KILLS).isNotEmpty();
        for (String key : acknowledged) {
            MemberId member = MemberId.of("m-" + key.substring("run-".length()));
            assertThat(store.findReceipt(member, key)).as("receipt of acknowledged append %s", key).isPresent();
            assertThat(store.find(member)).as("member enrolled by acknowledged append %s", key).isPresent();
        }
        System.out.printf("KillNineTest: %d kills, %d appends acknowledged, all found%n", KILLS, acknowledged.size());
    }

    /** The child's command line up to its arguments: a JVM tuned to start fast, on the test class path. */
    private static List<String> childJvm() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                AcknowledgingChild.class.getName());
    }

    /** Starts a child, lets it append for {@code millis} after it is ready, kills it; returns what it acknowledged. */
    private static List<String> runAndKill(List<String> jvm, String url, int run, int millis) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of(url, Integer.toString(run)));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> acknowledged = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(child, acknowledged, ready), "child-" + run);
        reader.start();
        boolean started = ready.await(60, TimeUnit.SECONDS);
        TimeUnit.MILLISECONDS.sleep(millis);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child %d ended after SIGKILL", run).isTrue();
        reader.join(10_000);
        assertThat(started).as("child %d got ready", run).isTrue();
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    private static void read(Process child, List<String> acknowledged, CountDownLatch ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals("ready")) {
                    ready.countDown();
                } else if (line.startsWith("ack ") && line.endsWith(" .")) {
                    synchronized (acknowledged) {
                        acknowledged.add(line.substring(4, line.length() - 2));
                    }
                }
            }
        } catch (IOException e) {
            // the child was killed mid-write: what was read is what was acknowledged
        }
    }
}
