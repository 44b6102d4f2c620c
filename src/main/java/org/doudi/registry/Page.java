package org.doudi.registry;

import java.util.List;

/** One page of a list: {@code page} counts from 0; {@code total} is the number of items on all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
