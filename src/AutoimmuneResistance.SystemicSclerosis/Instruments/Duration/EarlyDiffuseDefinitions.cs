namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The disease-duration cut-off that separates early from late diffuse cutaneous SSc, counted from the first
/// non-Raynaud manifestation. No single standard exists (project clinical reference section 12.2, UNCONFIRMED item 8),
/// so each convention is a set:
/// <list type="bullet">
/// <item><c>ssc.early-diffuse.below-60-months</c> (default): early when fewer than 60 completed months — the clinical
/// reference's documented default (<c>thresholdMonths = 60, inclusive = false</c>), after the ≤ 5 years used in CRISS
/// development and many trials (that usage itself UNCONFIRMED).</item>
/// <item><c>ssc.early-diffuse.press-24-months</c>: early when at most 24 months — the US PRESS cohort, Arthritis Res
/// Ther 2021;23:170.</item>
/// <item><c>ssc.early-diffuse.pittsburgh-18-months</c>: early when fewer than 18 months at trial entry — Pittsburgh data,
/// PMC8677444.</item>
/// </list>
/// </summary>
public sealed record EarlyDiffuseDefinitions : DefinitionSet
{
    /// <summary>Gets the default convention, early below 60 months, <c>ssc.early-diffuse.below-60-months</c>.</summary>
    public static EarlyDiffuseDefinitions Below60Months { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.early-diffuse.below-60-months"),
        Version = "1.0.0",
        Title = "Early diffuse SSc: fewer than 60 months from the first non-Raynaud manifestation (library default)",
        Sources = [SscCitations.Khanna2016Criss],
        ThresholdMonths = 60,
        Inclusive = false,
    };

    /// <summary>Gets the PRESS convention, early within 24 months, <c>ssc.early-diffuse.press-24-months</c>.</summary>
    public static EarlyDiffuseDefinitions Press24Months { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.early-diffuse.press-24-months"),
        Version = "1.0.0",
        Title = "Early diffuse SSc: at most 24 months from the first non-Raynaud manifestation (PRESS)",
        Sources = [SscCitations.Press2021],
        ThresholdMonths = 24,
        Inclusive = true,
    };

    /// <summary>Gets the Pittsburgh convention, early below 18 months, <c>ssc.early-diffuse.pittsburgh-18-months</c>.</summary>
    public static EarlyDiffuseDefinitions Pittsburgh18Months { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.early-diffuse.pittsburgh-18-months"),
        Version = "1.0.0",
        Title = "Early diffuse SSc: fewer than 18 months from the first non-Raynaud manifestation (Pittsburgh)",
        Sources = [SscCitations.Pittsburgh2021],
        ThresholdMonths = 18,
        Inclusive = false,
    };

    /// <summary>Gets the cut-off in completed calendar months.</summary>
    public required int ThresholdMonths { get; init; }

    /// <summary>Gets whether a duration equal to the cut-off is still early (≤) or not (&lt;).</summary>
    public required bool Inclusive { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate() =>
        ThresholdMonths is < 1 or > 600 ? [$"{nameof(ThresholdMonths)} must be 1 to 600."] : [];
}
