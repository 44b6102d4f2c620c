package org.doudi.assessment;

import java.math.BigDecimal;

/** Out-of-pocket rigid spending over the income window. Medical and rehabilitation are caused by illness or disability. */
public record RigidExpenses(BigDecimal medical, BigDecimal education, BigDecimal rehabilitation) {

    public static final RigidExpenses NONE = new RigidExpenses(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public RigidExpenses {
        medical = medical == null ? BigDecimal.ZERO : medical;
        education = education == null ? BigDecimal.ZERO : education;
        rehabilitation = rehabilitation == null ? BigDecimal.ZERO : rehabilitation;
    }

    /** What the 低保 rigid-expenditure deduction may take off: illness- and disability-caused spending. */
    public BigDecimal deductibleForDibao() {
        return medical.add(rehabilitation);
    }

    /** Medical + education + rehabilitation: the rigid spending of monitoring, hardship and temporary assistance. */
    public BigDecimal total() {
        return medical.add(education).add(rehabilitation);
    }
}
