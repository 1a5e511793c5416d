package dev.loyalty.spi.memory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * A growable byte buffer that writes numbers as variable-length integers (7 bits a byte, small numbers
 * in one byte; signed numbers zig-zag encoded), instants as seconds and nanoseconds, and text as UTF-8;
 * and its {@link Reader}. The compact form of a member's entries and lots ({@link LedgerCodec}).
 */
final class Bytes {

    private byte[] bytes;
    private int size;

    Bytes(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    /** Forgets what was written, to write again from the start. */
    void clear() {
        size = 0;
    }

    /** Writes what {@code other} holds, prefixed with its length. */
    void writeSized(Bytes other) {
        writeVar(other.size);
        write(other.bytes, 0, other.size);
    }

    /** How many bytes were written. */
    int size() {
        return size;
    }

    /** The bytes written, in an array of their own length. */
    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    void write(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void write(byte[] source, int from, int length) {
        ensure(length);
        System.arraycopy(source, from, bytes, size, length);
        size += length;
    }

    /** An unsigned number, 0 to {@code Long.MAX_VALUE} (a negative one takes ten bytes but reads back). */
    void writeVar(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes[size++] = (byte) rest;
    }

    /** A signed number: zig-zag, so that small negative numbers are short too. */
    void writeSigned(long value) {
        writeVar((value << 1) ^ (value >> 63));
    }

    void writeInstant(Instant at) {
        writeSigned(at.getEpochSecond());
        writeVar(at.getNano());
    }

    void writeText(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeVar(utf8.length);
        write(utf8, 0, utf8.length);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Reads what a {@link Bytes} wrote, from a position on. */
    static final class Reader {

        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        /** The position of the next byte. */
        int at() {
            return at;
        }

        void moveTo(int position) {
            at = position;
        }

        boolean hasMore() {
            return at < bytes.length;
        }

        int read() {
            return bytes[at++] & 0xFF;
        }

        long readVar() {
            long value = 0;
            int shift = 0;
            while (true) {
                byte next = bytes[at++];
                value |= (long) (next & 0x7F) << shift;
                if (next >= 0) {
                    return value;
                }
                shift += 7;
            }
        }

        int readInt() {
            return Math.toIntExact(readVar());
        }

        long readSigned() {
            long zigzag = readVar();
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        Instant readInstant() {
            long seconds = readSigned();
            return Instant.ofEpochSecond(seconds, readVar());
        }

        String readText() {
            int length = readInt();
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        /** Skips a text. */
        void skipText() {
            int length = readInt();
            at += length;
        }
    }
}
