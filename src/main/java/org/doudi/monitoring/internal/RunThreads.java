package org.doudi.monitoring.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The two threads screening runs work in (the machine's cores are shared with the web application). Kept
 * private to the module rather than an {@code Executor} bean, which would replace Spring Boot's own.
 */
@Component
class RunThreads implements DisposableBean {

    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "screening-" + next.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    void submit(Runnable work) {
        threads.execute(work);
    }

    @Override
    public void destroy() {
        // a run stopped here keeps its checkpoint and is resumed by the next process
        threads.shutdownNow();
    }
}
