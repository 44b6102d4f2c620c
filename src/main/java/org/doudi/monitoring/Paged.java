package org.doudi.monitoring;

import java.util.List;

/** One page of a list: {@code page} from 0, {@code total} items in all. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public Paged {
        items = List.copyOf(items);
    }
}
