package org.doudi.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes doubled and line
 * breaks), read as a stream. The encoding is UTF-8 (with or without a byte-order mark) or, when the start of
 * the file is not valid UTF-8, GB18030 — what a Chinese spreadsheet program saves as "CSV".
 * Row numbers count records, so a quoted line break does not shift them.
 */
final class CsvSheet implements SheetReader {

    private static final int SNIFF = 64 * 1024;

    private final Reader in;
    private final long size;
    private final long[] bytesRead = new long[1];
    private final char[] buffer = new char[64 * 1024];
    private int pos;
    private int limit;
    private int rowNo;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder(64);

    CsvSheet(Path file) throws IOException {
        Charset charset = charsetOf(file);
        this.size = Files.size(file);
        InputStream stream = Files.newInputStream(file);
        if (charset == StandardCharsets.UTF_8) {
            byte[] head = new byte[3];
            int read = stream.readNBytes(head, 0, 3);
            if (!(read == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
                stream.close();
                stream = Files.newInputStream(file);
            } else {
                bytesRead[0] = 3;
            }
        }
        this.in = new InputStreamReader(counted(stream), charset);
    }

    static Charset charsetOf(Path file) throws IOException {
        byte[] head;
        try (InputStream s = Files.newInputStream(file)) {
            head = s.readNBytes(SNIFF);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // not the end of input: a character cut at the end of the sniffed bytes is not an error
        var result = utf8.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), head.length < SNIFF);
        return result.isError() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    }

    @Override
    public String[] next() throws IOException {
        cells.clear();
        cell.setLength(0);
        int c = read();
        if (c < 0) {
            return null;
        }
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    break; // an unterminated quote ends with the file: the cell holds the rest
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c < 0) {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n' && n >= 0) {
                        pos--;
                    }
                }
                break;
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                cell.append((char) c);
            }
            c = read();
        }
        cells.add(cell.toString());
        rowNo++;
        return cells.toArray(new String[0]);
    }

    private int read() throws IOException {
        if (pos == limit) {
            limit = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[pos++];
    }

    @Override
    public int rowNo() {
        return rowNo;
    }

    /** By the bytes the decoder took from the file (it reads a buffer ahead: close enough for a progress bar). */
    @Override
    public int percentRead() {
        return size == 0 ? 100 : (int) Math.min(100, bytesRead[0] * 100 / size);
    }

    private InputStream counted(InputStream stream) {
        return new java.io.FilterInputStream(stream) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead[0]++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytesRead[0] += n;
                }
                return n;
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
