package dev.loyalty.rules.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Problem;
import dev.loyalty.rules.ProgramException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program packaged in a jar: its rule files must be listed, since a directory in a jar cannot be listed. */
class JarProgramTest {

    @TempDir
    Path temp;

    @Test
    void loads_listed_rule_files_from_a_jar() throws IOException {
        String yaml = CompiledProgramTest.read(CompiledProgramTest.COFFEE.resolve("program.yaml"));
        try (URLClassLoader loader = jar(yaml)) {
            assertThat(CompiledProgram.loadClasspath("shop/coffee", loader).rules())
                    .isEqualTo(CompiledProgramTest.PROGRAM.rules());
        }
    }

    @Test
    void without_a_rules_list_says_to_add_one() throws IOException {
        String yaml = CompiledProgramTest.read(CompiledProgramTest.COFFEE.resolve("program.yaml"))
                .replace("rules: [earn.drl, redeem.drl]\n", "");
        try (URLClassLoader loader = jar(yaml)) {
            ProgramException e = catchThrowableOfType(ProgramException.class,
                    () -> CompiledProgram.loadClasspath("shop/coffee", loader));
            assertThat(e.problems()).containsExactly(new Problem("program.yaml", 1, 0, "list the rule files under "
                    + "'rules:': the class-path directory shop/coffee/rules is inside a jar and cannot be listed"));
        }
    }

    private URLClassLoader jar(String yaml) throws IOException {
        Path jar = temp.resolve("coffee.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            put(out, "shop/coffee/program.yaml", yaml);
            put(out, "shop/coffee/rules/", null);
            for (String drl : new String[] {"earn.drl", "redeem.drl"}) {
                put(out, "shop/coffee/rules/" + drl, CompiledProgramTest.read(CompiledProgramTest.COFFEE.resolve("rules/" + drl)));
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (text != null) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }
}
