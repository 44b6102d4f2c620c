package org.doudi.casework;

import java.util.List;

/** Every procedure family, by its family. */
public final class Procedures {

    private Procedures() {
    }

    public static Procedure of(ProcedureFamily family) {
        return switch (family) {
            case DIBAO -> DibaoProcedure.PROCEDURE;
            case TEKUN -> TekunProcedure.PROCEDURE;
            case ALLOWANCE -> AllowanceProcedure.PROCEDURE;
            case TEMPORARY_EMERGENCY -> EmergencyProcedure.PROCEDURE;
            case TEMPORARY_EXPENDITURE -> ExpenditureProcedure.PROCEDURE;
            case MEDICAL -> MedicalProcedure.PROCEDURE;
        };
    }

    public static List<Procedure> all() {
        return java.util.Arrays.stream(ProcedureFamily.values()).map(Procedures::of).toList();
    }
}
