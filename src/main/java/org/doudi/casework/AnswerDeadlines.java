package org.doudi.casework;

import java.time.LocalDate;

import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;

/**
 * When a complaint or an appeal must be answered, pure over a calendar (decision 0020).
 *
 * <ul>
 * <li>A complaint: within {@value #COMPLAINT_WORKING_DAYS} working days of its receipt. No national rule
 * fixes it for social assistance (《社会救助暂行办法》 asks complaints to be dealt with "in time"); 15
 * working days is the usual service standard of government hotlines and is Doudi's choice.</li>
 * <li>An appeal (行政复议): within {@value #APPEAL_DAYS} days — calendar days — of its receipt
 * (《行政复议法》 2023, art. 62, ordinary procedure); a period ending on a day off ends on the next working
 * day (art. 88, which refers to the Civil Procedure Law). The 30-day extension for complex cases and the
 * 30-day simplified procedure are not modelled.</li>
 * </ul>
 * The day after the receipt is the first counted.
 */
public final class AnswerDeadlines {

    public static final int COMPLAINT_WORKING_DAYS = 15;
    public static final int APPEAL_DAYS = 60;

    private final WorkingDays days;

    public AnswerDeadlines(WorkingDays days) {
        this.days = days;
    }

    public WorkingDay due(Grievances.Kind kind, LocalDate receivedOn) {
        return switch (kind) {
            case COMPLAINT -> days.add(receivedOn, COMPLAINT_WORKING_DAYS);
            // the first working day on or after the 60th day
            case APPEAL -> days.add(receivedOn.plusDays(APPEAL_DAYS - 1), 1);
        };
    }
}
