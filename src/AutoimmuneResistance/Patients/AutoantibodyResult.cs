namespace AutoimmuneResistance;

/// <summary>An autoantibody result: positive or negative, with a titre or level when reported.</summary>
public sealed record AutoantibodyResult
{
    /// <summary>Gets the antibody specificity.</summary>
    public required AutoantibodyId Antibody { get; init; }

    /// <summary>Gets the specimen date.</summary>
    /// <value><see langword="null"/> when only "ever positive" is known.</value>
    public DateOnly? On { get; init; }

    /// <summary>Gets whether the result was positive by the laboratory's criteria.</summary>
    public required bool Positive { get; init; }

    /// <summary>Gets the titre as its denominator (80 for 1:80).</summary>
    /// <value><see langword="null"/> when not reported; validation requires 1 to 1 000 000.</value>
    public int? TiterDenominator { get; init; }

    /// <summary>Gets a quantitative level (for example anti-dsDNA in [IU]/mL).</summary>
    /// <value><see langword="null"/> when not reported.</value>
    public Quantity? Level { get; init; }

    /// <summary>Gets the test's code as recorded (for example LOINC 5048-4 for an ANA titre).</summary>
    /// <value><see langword="null"/> when not recorded.</value>
    public ClinicalCode? Code { get; init; }
}
