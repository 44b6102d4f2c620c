package org.doudi.registry;

/** Told after every chunk how many households of the run are done (including any done by an earlier run). */
@FunctionalInterface
public interface GenerationProgress {

    GenerationProgress NONE = (done, total) -> {
    };

    void households(long done, long total);
}
