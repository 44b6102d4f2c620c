package org.doudi.exchange.internal;

import java.io.Closeable;
import java.io.IOException;

/** The rows of a feed file, one at a time, each as the text of its cells. */
interface SheetReader extends Closeable {

    /** The next row's cells, or null at the end of the file. */
    String[] next() throws IOException;

    /** The row number of the row {@link #next} returned last, as a spreadsheet numbers it (the first row is 1). */
    int rowNo();

    /** How much of the file was read, in percent, for a progress bar; -1 when the reader cannot tell. */
    default int percentRead() {
        return -1;
    }
}
