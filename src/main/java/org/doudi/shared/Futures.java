package org.doudi.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, its failure thrown here as it was thrown there. */
public final class Futures {

    private Futures() {
    }

    /**
     * The result of {@code work}. What the other thread threw is thrown again: an unchecked exception or an error
     * as it is, an {@link IOException} as an {@link UncheckedIOException}, anything else wrapped. An interrupt while
     * waiting keeps the thread's interrupted status and fails, saying what was being waited for ({@code waitingFor}:
     * "the next chunk", …).
     */
    public static <T> T await(Future<T> work, String waitingFor) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + waitingFor, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        }
    }
}
