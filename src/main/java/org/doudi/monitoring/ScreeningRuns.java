package org.doudi.monitoring;

/**
 * Screening runs (decision 0030): the active rules over the households of a region, a chunk of households per
 * transaction, each chunk's warnings written in batches with the run's checkpoint. Started on demand here, by
 * the monthly schedule and by {@code java -jar doudi.jar screen}; a run interrupted between chunks is resumed
 * from its checkpoint. Starting one needs a town caseworker, a county officer, a rural-revitalisation officer
 * or an administrator, for their region or a region inside it.
 */
public interface ScreeningRuns {

    /** Starts a run in the background and answers it as it starts; 409 while another run covers the region. */
    RunViews.Run start(RunBodies.Start body);

    RunViews.Run get(long id);

    /** The runs of your region and below it, newest first. */
    Paged<RunViews.Run> list(int page, int size);

    /** Continues an interrupted or failed run from its checkpoint; 409 when it is live or completed. */
    RunViews.Run resume(long id);
}
