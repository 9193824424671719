namespace AutoimmuneResistance.Lupus;

/// <summary>
/// How the <c>sle.rituximab-response</c> evaluator dates B-cell repopulation after rituximab. Repopulation itself is a
/// recorded fact and needs no number: a <see cref="BCellDepletion"/> result with <see cref="BCellDepletion.Complete"/>
/// <see langword="false"/> dated after a complete-depletion result of the same (latest) course. The only number is the
/// optional early-repopulation window, <see cref="EarlyRepopulationMonths"/>.
/// </summary>
/// <remarks>
/// <para>
/// UNCONFIRMED, switchable: the 12-month window of <see cref="Default"/> is the split a University College London cohort
/// used to compare cycles that repopulated in less than 12 months with cycles depleted for at least 12 months; the
/// longer-depleted group had the better outcome (lower BILAG at 6 and 12 months). The split is stated in the abstract
/// of the journal report (Rheumatology (Oxford) 2015, 98 patients, PubMed 26044042) and in the congress abstract
/// THU0509 (144 cycles: 41.7 % repopulated in less than 12 months, 58.3 % depleted for at least 12 months). The
/// project read both abstracts but could not confirm the journal report's author list or DOI, and could read the
/// authors only of the ACR 2013 abstract of the same title (Dias S, Rodriguez V, Nguyen H, Pericleous C, Isenberg DA,
/// abstract 1573, cited as <see cref="LupusSources.DiasDepletionDuration"/>), whose results section it did not read.
/// The split was a grouping, not a validated cut-off. Select <see cref="RecordedFactOnly"/> (window 0) to report
/// repopulation without dating it against any window, or pass a tuned copy with a new id.
/// </para>
/// <para>
/// The window runs in calendar months from the start of the latest rituximab course (its first infusion): a result
/// dated before <c>start + N months</c> is inside it. Every member is required so that a set built in code never
/// silently falls back to a zero value.
/// </para>
/// </remarks>
public sealed record RituximabRepopulationDefinitions : DefinitionSet
{
    /// <summary>
    /// The longest window accepted for <see cref="EarlyRepopulationMonths"/>, 60 months: the library's bound on input, not
    /// a published value (it only rejects implausible sets).
    /// </summary>
    public const int MaxEarlyRepopulationMonths = 60;

    /// <summary>
    /// Gets the default set (<c>sle.rituximab-repopulation.default</c>, version 1): repopulation is recorded, and
    /// repopulation dated within 12 months of the course start is reported as early (UNCONFIRMED window).
    /// </summary>
    public static RituximabRepopulationDefinitions Default { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.rituximab-repopulation.default"),
        Version = "1",
        Title = "B-cell repopulation after rituximab: recorded fact, early within 12 months of the course start (UNCONFIRMED window)",
        Sources = [LupusSources.DiasDepletionDuration, LupusSources.GomezMendezLunar],
        EarlyRepopulationMonths = 12,
    };

    /// <summary>
    /// Gets the set without a window (<c>sle.rituximab-repopulation.recorded-fact</c>, version 1): repopulation is
    /// recorded with its date and never called early.
    /// </summary>
    public static RituximabRepopulationDefinitions RecordedFactOnly { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.rituximab-repopulation.recorded-fact"),
        Version = "1",
        Title = "B-cell repopulation after rituximab: recorded fact only, no early-repopulation window",
        Sources = [LupusSources.GomezMendezLunar],
        EarlyRepopulationMonths = 0,
    };

    /// <summary>
    /// Gets the early-repopulation window in calendar months from the start of the latest rituximab course; 0 switches
    /// it off.
    /// </summary>
    /// <value>0 to <see cref="MaxEarlyRepopulationMonths"/>; 12 in <see cref="Default"/> (UNCONFIRMED).</value>
    public required int EarlyRepopulationMonths { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate() =>
        EarlyRepopulationMonths is < 0 or > MaxEarlyRepopulationMonths
            ? [$"EarlyRepopulationMonths must be between 0 (off) and {MaxEarlyRepopulationMonths}"]
            : [];
}
