package dev.loyalty.cli.internal;

import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.ProgramException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a program directory for a command, turning every way it can fail into a {@link BadInputException}. */
public final class Programs {

    private Programs() {}

    /**
     * The program in {@code directory}.
     *
     * @throws BadInputException if it is not a directory, or lists each problem with file and line
     */
    public static CompiledProgram load(String directory) {
        Path path = Path.of(directory);
        if (!Files.isDirectory(path)) {
            throw new BadInputException("no program directory " + directory);
        }
        try {
            return CompiledProgram.load(path);
        } catch (ProgramException e) {
            throw new BadInputException(directory + ": " + e.getMessage().replace("\n", "\n  " + directory + "/"));
        }
    }
}
