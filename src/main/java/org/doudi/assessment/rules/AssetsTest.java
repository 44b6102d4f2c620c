package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Reason;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ParameterSnapshot;
import org.doudi.policy.ResolvedParameter;

/**
 * The assets test of 低保 (DOMAIN.md §2.1), on the whole household, shared by 特困, 低保边缘, 刚性支出困难
 * and expenditure-type temporary assistance: financial assets per member at most N months of the
 * standard; no non-exempt vehicle; no dwelling beyond the one lived in; no business over the capital limit.
 */
public final class AssetsTest {

    private AssetsTest() {
    }

    public record Outcome(boolean assessed, List<Reason> failures, List<TraceStep> trace) {

        static Outcome notAssessed() {
            return new Outcome(false, List.of(), List.of());
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    static Outcome apply(AssessmentRequest request, ParameterSnapshot parameters, ResolvedParameter standard) {
        var assets = request.assets();
        List<Reason> failures = new ArrayList<>(4);
        List<TraceStep> trace = new ArrayList<>(4);
        int members = request.members().size();
        var months = parameters.find(Parameters.ASSETS_FINANCIAL_MONTHS);
        if (months.isPresent()) {
            BigDecimal limit = months.get().decimal().multiply(standard.decimal()).multiply(BigDecimal.valueOf(members));
            trace.add(TraceStep.of("assets.financialLimit", limit, months.get()));
            if (assets.financial().compareTo(limit) > 0) {
                failures.add(Reason.ASSETS_FINANCIAL);
            }
        }
        var vehicles = parameters.find(Parameters.ASSETS_VEHICLES_MAX);
        if (vehicles.isPresent() && assets.nonExemptVehicles() > vehicles.get().decimal().longValue()) {
            trace.add(TraceStep.of("assets.nonExemptVehicles", assets.nonExemptVehicles(), vehicles.get()));
            failures.add(Reason.ASSETS_VEHICLE);
        }
        var dwellings = parameters.find(Parameters.ASSETS_DWELLINGS_MAX);
        if (dwellings.isPresent() && assets.extraDwellings() > dwellings.get().decimal().intValue()) {
            trace.add(TraceStep.of("assets.extraDwellings", assets.extraDwellings(), dwellings.get()));
            failures.add(Reason.ASSETS_DWELLING);
        }
        var business = parameters.find(Parameters.ASSETS_BUSINESS_MAX);
        if (business.isPresent() && assets.businessCapital().compareTo(business.get().decimal()) > 0) {
            trace.add(TraceStep.of("assets.businessCapital", assets.businessCapital(), business.get()));
            failures.add(Reason.ASSETS_BUSINESS);
        }
        return new Outcome(true, failures, trace);
    }
}
