namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The glucocorticoid dose and look-back window that flag a scleroderma renal crisis risk (project clinical reference
/// section 12.1, discrepancy 8). Two variants:
/// <list type="bullet">
/// <item><c>ssc.renal-crisis-gc.steen-1998</c> (default): prednisone-equivalent ≥ 15 mg/day at any time in the 6 months
/// before — Steen VD, Medsger TA Jr. Arthritis Rheum 1998;41(9):1613-9 (abstract: 36 % of cases vs 12 % of controls,
/// OR 4.37, 95 % CI 2.03–9.43).</item>
/// <item><c>ssc.renal-crisis-gc.french-pnds-2021</c>: &gt; 15 mg/day within the last 3 months — French national
/// recommendations, Orphanet J Rare Dis 2021 (table adapted from Steen 2003; read through a secondary source).</item>
/// </list>
/// </summary>
public sealed record RenalCrisisGlucocorticoidDefinitions : DefinitionSet
{
    /// <summary>Gets the Steen 1998 variant, <c>ssc.renal-crisis-gc.steen-1998</c> (the default).</summary>
    public static RenalCrisisGlucocorticoidDefinitions Steen1998 { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.renal-crisis-gc.steen-1998"),
        Version = "1.0.0",
        Title = "Renal crisis risk: prednisone-equivalent >= 15 mg/day in the previous 6 months (Steen 1998)",
        Sources = [SscCitations.Steen1998, SscCitations.Trang2012],
        DoseThresholdMgPerDay = 15m,
        ThresholdInclusive = true,
        LookBackMonths = 6,
    };

    /// <summary>Gets the French PNDS variant, <c>ssc.renal-crisis-gc.french-pnds-2021</c>.</summary>
    public static RenalCrisisGlucocorticoidDefinitions FrenchPnds2021 { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.renal-crisis-gc.french-pnds-2021"),
        Version = "1.0.0",
        Title = "Renal crisis risk: prednisone-equivalent > 15 mg/day within the last 3 months (French recommendations 2021)",
        Sources = [SscCitations.FrenchPnds2021],
        DoseThresholdMgPerDay = 15m,
        ThresholdInclusive = false,
        LookBackMonths = 3,
    };

    /// <summary>Gets the prednisone-equivalent daily dose threshold, in mg/day (15).</summary>
    public required decimal DoseThresholdMgPerDay { get; init; }

    /// <summary>Gets whether a dose equal to the threshold flags (≥, Steen) or only a higher one (&gt;, French recommendations).</summary>
    public required bool ThresholdInclusive { get; init; }

    /// <summary>Gets the look-back window before the assessment date, in calendar months (6 or 3).</summary>
    public required int LookBackMonths { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (DoseThresholdMgPerDay <= 0m)
        {
            problems.Add($"{nameof(DoseThresholdMgPerDay)} must be positive.");
        }

        if (LookBackMonths is < 1 or > 60)
        {
            problems.Add($"{nameof(LookBackMonths)} must be 1 to 60.");
        }

        return problems;
    }
}
