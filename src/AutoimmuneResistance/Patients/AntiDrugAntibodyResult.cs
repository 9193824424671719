namespace AutoimmuneResistance;

/// <summary>An anti-drug antibody result (for example anti-rituximab antibodies after B-cell depletion therapy).</summary>
public sealed record AntiDrugAntibodyResult
{
    /// <summary>Gets the specimen date.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the drug the antibodies are directed against.</summary>
    public required TherapyId Therapy { get; init; }

    /// <summary>Gets whether antibodies were detected.</summary>
    public required bool Positive { get; init; }

    /// <summary>Gets a quantitative level when reported.</summary>
    /// <value><see langword="null"/> when not reported.</value>
    public Quantity? Level { get; init; }
}
