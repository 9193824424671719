namespace AutoimmuneResistance.Lupus;

/// <summary>
/// What makes a lupus therapy trial adequate and what counts as a response when the module classifies a course. The
/// activity rules reuse published thresholds: a response is a SLEDAI-2K fall of at least 4 points (the SLEDAI component
/// of SRI-4: Furie RA et al. Arthritis Rheum 2009;61(9):1143-51, doi:10.1002/art.24698) or a total at the LLDAS limit
/// of 4 or below (Franklyn K et al. Ann Rheum Dis 2016;75(9):1615-21); mycophenolate mofetil induction for lupus
/// nephritis is 2-3 g/day and low-dose intravenous cyclophosphamide is 500 mg every 2 weeks (Fanouriakis A et al. Ann
/// Rheum Dis 2020;79:713-23, doi:10.1136/annrheumdis-2020-216924). Renal courses take their timing from the selected
/// <see cref="NephritisResponseDefinitions"/>.
/// </summary>
/// <remarks>
/// <para>
/// UNCONFIRMED, switchable: the minimum non-renal trial length (<see cref="MinimumTrialMonths"/>, 3 months), the
/// baseline window (<see cref="BaselineWindowDays"/>, 90 days) and the fall that makes a non-response partial
/// (<see cref="SledaiPartialResponseDecrease"/>, any fall of 1 point or more) are this library's operationalisation: no
/// source the project has read states them. Select another set, or pass a tuned copy with a new id, to change them.
/// </para>
/// <para>
/// Dose adequacy: the mycophenolate minimum is the lower end of the recommended 2-3 g/day, so any dose in the range
/// is adequate. Cyclophosphamide pulses further apart than <see cref="LowDoseCyclophosphamideIntervalDays"/> are not
/// judged: EULAR/ERA-EDTA 2019 also lists high-dose cyclophosphamide as an alternative for patients with adverse
/// prognostic factors, a monthly regimen dosed by body surface area, which a profile does not carry and which the
/// project's sources do not give as an absolute dose.
/// </para>
/// </remarks>
public sealed record TreatmentTrialDefinitions : DefinitionSet
{
    /// <summary>Gets the default set (<c>sle.treatment-trial.default</c>).</summary>
    public static TreatmentTrialDefinitions Default { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.treatment-trial.default"),
        Version = "1",
        Title = "Lupus treatment trial adequacy and response (library operationalisation on published thresholds)",
        Sources = [LupusSources.FurieSri, LupusSources.FranklynLldas, TargetCitations.Fanouriakis2020],
        MinimumTrialMonths = 3,
        BaselineWindowDays = 90,
        SledaiResponseDecrease = 4,
        SledaiResponseLevel = 4,
        SledaiPartialResponseDecrease = 1,
        MycophenolateMofetilMinimumMilligramsPerDay = 2000m,
        LowDoseCyclophosphamideMilligrams = 500m,
        LowDoseCyclophosphamideIntervalDays = 14,
    };

    /// <summary>Gets the months a non-renal course must run before non-response is concluded (UNCONFIRMED; default 3).</summary>
    public required int MinimumTrialMonths { get; init; }

    /// <summary>Gets how many days before a course's start a SLEDAI-2K visit still counts as its baseline (UNCONFIRMED; default 90).</summary>
    public required int BaselineWindowDays { get; init; }

    /// <summary>Gets the SLEDAI-2K fall that counts as a response (SRI-4: 4).</summary>
    public required int SledaiResponseDecrease { get; init; }

    /// <summary>Gets the SLEDAI-2K total at or below which activity counts as controlled (LLDAS: 4).</summary>
    public required int SledaiResponseLevel { get; init; }

    /// <summary>
    /// Gets the SLEDAI-2K fall from baseline, at the latest visit of a course that never responded, that makes it a partial
    /// response rather than a primary non-response (UNCONFIRMED, library operationalisation; default 1: any fall). Must
    /// not exceed <see cref="SledaiResponseDecrease"/>.
    /// </summary>
    public required int SledaiPartialResponseDecrease { get; init; }

    /// <summary>Gets the minimum mycophenolate mofetil induction dose (EULAR/ERA-EDTA 2019: 2 g/day, the lower end of 2-3 g/day).</summary>
    public required decimal MycophenolateMofetilMinimumMilligramsPerDay { get; init; }

    /// <summary>Gets the low-dose intravenous cyclophosphamide pulse (EULAR/ERA-EDTA 2019: 500 mg).</summary>
    public required decimal LowDoseCyclophosphamideMilligrams { get; init; }

    /// <summary>Gets the longest interval between low-dose cyclophosphamide pulses (every 2 weeks: 14 days).</summary>
    public required int LowDoseCyclophosphamideIntervalDays { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        // The upper bounds here (24 months, 365 days, 105 points) guard tuned copies against typing errors; 105 is the
        // SLEDAI-2K maximum, the others are the library's bounds, not published values.
        if (MinimumTrialMonths is < 1 or > 24)
        {
            problems.Add("MinimumTrialMonths must be between 1 and 24");
        }

        if (BaselineWindowDays is < 0 or > 365)
        {
            problems.Add("BaselineWindowDays must be between 0 and 365");
        }

        if (SledaiResponseDecrease is < 1 or > 105 || SledaiResponseLevel is < 0 or > 105)
        {
            problems.Add("SledaiResponseDecrease must be 1 to 105 and SledaiResponseLevel 0 to 105");
        }

        if (SledaiPartialResponseDecrease < 1 || SledaiPartialResponseDecrease > SledaiResponseDecrease)
        {
            problems.Add("SledaiPartialResponseDecrease must be at least 1 and at most SledaiResponseDecrease");
        }

        if (MycophenolateMofetilMinimumMilligramsPerDay <= 0m || LowDoseCyclophosphamideMilligrams <= 0m || LowDoseCyclophosphamideIntervalDays < 1)
        {
            problems.Add("dose minimums and the cyclophosphamide interval must be positive");
        }

        return problems;
    }
}
