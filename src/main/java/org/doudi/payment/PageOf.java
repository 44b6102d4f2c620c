package org.doudi.payment;

import java.util.List;

/** One page of a longer list: {@code page} from 0, {@code total} items in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
