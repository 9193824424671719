namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// What counts as a skin response of one therapy course, read from the modified Rodnan skin score (mRSS) at the start
/// of the course and at its latest assessment on the course. The published thresholds disagree, so each is a set:
/// <list type="bullet">
/// <item><c>ssc.skin-response.mcid-sls-2019</c> (default): response when the mRSS fell by at least 5 units, the minimal
/// clinically important difference in diffuse cutaneous SSc anchored on patient-reported outcomes (Khanna D, Clements
/// PJ, Volkmann ER, et al. Arthritis Res Ther 2019, doi:10.1186/s13075-019-1809-y: 5 units, about 24 % of
/// baseline, in dcSSc; 3 to 4 units in the whole group); a fall of at least 3.2 units but less than 5, the lowest
/// published estimate (Khanna D, Furst DE, Hays RD, et al. Ann Rheum Dis 2006;65(10):1325-9,
/// doi:10.1136/ard.2005.050187), a partial response; a rise of at least 5 units progression.</item>
/// <item><c>ssc.skin-response.mid-range-khanna-2006</c>: the minimally important difference range estimated in the
/// D-penicillamine trial, 3.2 to 5.3 units (Khanna 2006): a fall of at least 5.3 a response, of at least 3.2 a partial
/// response; a rise of at least 5.3 progression.</item>
/// <item><c>ssc.skin-response.eustar-5-units-25-percent</c>: the EUSTAR convention, a change of more than 5 units and of
/// at least 25 % of baseline over 12 ± 3 months (improvement: Dobrota R, Maurer B, Graf N, et al. Ann Rheum Dis
/// 2016, doi:10.1136/annrheumdis-2015-208024; progression: Wu W, Jordan S, Graf N, et al. Ann Rheum Dis
/// 2019;78(5):648-56, doi:10.1136/annrheumdis-2018-213455); no partial response; judged from 9 months.</item>
/// </list>
/// Every course must have lasted <see cref="MinimumCourseMonths"/> at its follow-up assessment, else it is too early
/// to call. The 6 months of the two MCID sets is a convention, UNCONFIRMED as a standard: the first skin assessment of
/// the Scleroderma Lung Study II analyses (Namas R, et al. Arthritis Care Res 2018;70(3):439-44,
/// doi:10.1002/acr.23282) and the 24-week primary end point of DESIRES. The mycophenolate mofetil dose counted as
/// adequate, 2 g/day, is UNCONFIRMED (the Scleroderma Lung Study II target was 1500 mg twice daily for 24 months:
/// Tashkin DP, Roth MD, Clements PJ, et al. Lancet Respir Med 2016, doi:10.1016/S2213-2600(16)30152-7),
/// so it is a setting; other drugs are judged on duration alone. The baseline is the latest mRSS from
/// <see cref="BaselineWindowMonths"/> months before the start to the start (3 months, a convention, UNCONFIRMED).
/// </summary>
public sealed record SkinResponseDefinitions : DefinitionSet
{
    /// <summary>Gets the default set, the 5-unit MCID in diffuse cutaneous SSc, <c>ssc.skin-response.mcid-sls-2019</c>.</summary>
    public static SkinResponseDefinitions McidSls2019 { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.skin-response.mcid-sls-2019"),
        Version = "1.0.0",
        Title = "mRSS change of at least 5 units, the minimal clinically important difference in diffuse cutaneous SSc (Khanna 2019); 3.2 units partial (Khanna 2006)",
        Sources = [SkinCitations.Khanna2019MrssMcid, SkinCitations.Khanna2006MrssMid],
        ChangeUnits = 5m,
        PartialImprovementUnits = 3.2m,
        ExceedsUnits = false,
        RelativeChangePercent = null,
        MinimumCourseMonths = 6,
    };

    /// <summary>Gets the D-penicillamine minimally important difference range, 3.2 to 5.3 units, <c>ssc.skin-response.mid-range-khanna-2006</c>.</summary>
    public static SkinResponseDefinitions MidRangeKhanna2006 { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.skin-response.mid-range-khanna-2006"),
        Version = "1.0.0",
        Title = "mRSS change of at least 5.3 units, at least 3.2 partial: the minimally important difference range (Khanna 2006)",
        Sources = [SkinCitations.Khanna2006MrssMid],
        ChangeUnits = 5.3m,
        PartialImprovementUnits = 3.2m,
        ExceedsUnits = false,
        RelativeChangePercent = null,
        MinimumCourseMonths = 6,
    };

    /// <summary>Gets the EUSTAR convention, more than 5 units and at least 25 %, <c>ssc.skin-response.eustar-5-units-25-percent</c>.</summary>
    public static SkinResponseDefinitions Eustar5Units25Percent { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.skin-response.eustar-5-units-25-percent"),
        Version = "1.0.0",
        Title = "mRSS change of more than 5 units and at least 25 % over 12 ± 3 months (EUSTAR: Dobrota 2016, Wu 2019)",
        Sources = [SkinCitations.Dobrota2016, SkinCitations.Wu2019],
        ChangeUnits = 5m,
        PartialImprovementUnits = null,
        ExceedsUnits = true,
        RelativeChangePercent = 25m,
        MinimumCourseMonths = 9,
    };

    /// <summary>Gets every set, the default first.</summary>
    public static IReadOnlyList<SkinResponseDefinitions> All { get; } = [McidSls2019, MidRangeKhanna2006, Eustar5Units25Percent];

    /// <summary>Gets the change in mRSS units that makes a fall a response and a rise progression.</summary>
    public required decimal ChangeUnits { get; init; }

    /// <summary>Gets whether the change must exceed <see cref="ChangeUnits"/> (&gt;) rather than reach it (≥).</summary>
    public required bool ExceedsUnits { get; init; }

    /// <summary>Gets the change as a percentage of the baseline that is also needed, when the set has one.</summary>
    /// <value><see langword="null"/> when the units alone decide.</value>
    public decimal? RelativeChangePercent { get; init; }

    /// <summary>Gets the fall in mRSS units that is a partial response, short of <see cref="ChangeUnits"/>.</summary>
    /// <value><see langword="null"/> when the set has no partial response.</value>
    public decimal? PartialImprovementUnits { get; init; }

    /// <summary>Gets the months a course must have lasted at its follow-up assessment to be judged.</summary>
    public required int MinimumCourseMonths { get; init; }

    /// <summary>Gets how many months before the start of a course a baseline mRSS may be (3, a convention, UNCONFIRMED).</summary>
    public int BaselineWindowMonths { get; init; } = 3;

    /// <summary>Gets the mycophenolate mofetil daily dose counted as adequate, in mg (2000, UNCONFIRMED; the SLS II target was 3000).</summary>
    public decimal AdequateMycophenolateMofetilMilligramsPerDay { get; init; } = 2000m;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ChangeUnits is <= 0 or > ModifiedRodnanSkinScore.MaximumTotal)
        {
            problems.Add($"{nameof(ChangeUnits)} must be above 0 and at most 51.");
        }

        if (PartialImprovementUnits is { } partial && (partial <= 0 || partial >= ChangeUnits))
        {
            problems.Add($"{nameof(PartialImprovementUnits)} must be above 0 and below {nameof(ChangeUnits)}.");
        }

        if (RelativeChangePercent is <= 0 or > 100)
        {
            problems.Add($"{nameof(RelativeChangePercent)} must be above 0 and at most 100.");
        }

        if (MinimumCourseMonths is < 1 or > 120)
        {
            problems.Add($"{nameof(MinimumCourseMonths)} must be 1 to 120.");
        }

        if (BaselineWindowMonths is < 0 or > 24)
        {
            problems.Add($"{nameof(BaselineWindowMonths)} must be 0 to 24.");
        }

        if (AdequateMycophenolateMofetilMilligramsPerDay <= 0)
        {
            problems.Add($"{nameof(AdequateMycophenolateMofetilMilligramsPerDay)} must be above 0.");
        }

        return problems;
    }
}
