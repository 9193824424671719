namespace AutoimmuneResistance;

/// <summary>
/// A measured drug concentration, the most direct evidence of whether a drug is being taken. The matrix is required
/// because thresholds differ between whole blood and serum.
/// </summary>
public sealed record DrugLevel
{
    /// <summary>Gets the specimen date.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the drug measured.</summary>
    public required TherapyId Therapy { get; init; }

    /// <summary>Gets the specimen matrix.</summary>
    public required SampleMatrix Matrix { get; init; }

    /// <summary>Gets the measured concentration.</summary>
    public required Concentration Level { get; init; }

    /// <summary>Gets the test's code as recorded (for example LOINC 95921-3, hydroxychloroquine in whole blood).</summary>
    /// <value><see langword="null"/> when not recorded.</value>
    public ClinicalCode? Code { get; init; }
}
