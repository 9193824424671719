namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The settings of the ACR CRISS instrument that are conventions or unconfirmed rather than part of the published
/// equation (project clinical reference sections 8.2–8.3 and UNCONFIRMED register items 3–4). Two variants:
/// <list type="bullet">
/// <item><c>ssc.criss.acr-2016</c> (default): improved when the Step 2 probability is ≥ 0.60; global assessments on
/// 0–10 scales; revised CRISS (provisional) with ≥ 20 % improvement in ≥ 3 of 5 core measures, FVC ≥ 5 % relative,
/// Step 1 retained.</item>
/// <item><c>ssc.criss.acr-2016-rcriss-absolute-fvc</c>: the same with the revised CRISS FVC improvement counted as ≥ 5
/// percentage points (absolute).</item>
/// </list>
/// </summary>
/// <remarks>
/// The Step 1 rules and the Step 2 coefficients are the publication's (Khanna D, et al. Arthritis Care Res
/// 2016;68(2):167-78, doi:10.1002/acr.22804, Table 4) and are constants of <see cref="CrissInstrument"/>, not settings.
/// The 0.60 cut-off is an observational convention (Arthritis Res Ther 2020, doi:10.1186/s13075-020-02220-0), not part
/// of Step 2. The revised CRISS follows the abstract of Khanna D, et al. Ann Rheum Dis 2021;80(5):641-50,
/// doi:10.1136/annrheumdis-2020-219100; whether Step 1 is retained and whether the FVC threshold is relative or absolute
/// are unconfirmed, hence settings.
/// </remarks>
public sealed record CrissDefinitions : DefinitionSet
{
    /// <summary>Gets the default variant, <c>ssc.criss.acr-2016</c>.</summary>
    public static CrissDefinitions Acr2016 { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.criss.acr-2016"),
        Version = "1.0.0",
        Title = "ACR CRISS 2016 (improved: probability >= 0.60 by convention); revised CRISS provisional, >= 20 % in >= 3 of 5, FVC >= 5 % relative",
        Sources = [SscCitations.Khanna2016Criss, SscCitations.Khanna2016CrissCareRes, SscCitations.Khanna2021RevisedCriss],
        ImprovedAtLeast = 0.60m,
        GlobalScaleMaximum = 10m,
        RevisedImprovementPercent = 20m,
        RevisedFvcImprovement = 5m,
        RevisedFvcScale = ChangeScale.Relative,
        RevisedMinimumMeasures = 3,
        RevisedAppliesStep1 = true,
    };

    /// <summary>Gets the variant with the revised CRISS FVC improvement in percentage points, <c>ssc.criss.acr-2016-rcriss-absolute-fvc</c>.</summary>
    public static CrissDefinitions Acr2016RevisedAbsoluteFvc { get; } = Acr2016 with
    {
        Id = DefinitionSetId.Create("ssc.criss.acr-2016-rcriss-absolute-fvc"),
        Title = "ACR CRISS 2016 (improved: probability >= 0.60 by convention); revised CRISS provisional, >= 20 % in >= 3 of 5, FVC >= 5 points absolute",
        RevisedFvcScale = ChangeScale.Absolute,
    };

    /// <summary>Gets the Step 2 probability at or above which a patient counts as improved (0.60, a convention of later observational analyses).</summary>
    public required decimal ImprovedAtLeast { get; init; }

    /// <summary>Gets the upper end of the patient and physician global assessment scales (10; UNCONFIRMED, the table text defining them was not read).</summary>
    public required decimal GlobalScaleMaximum { get; init; }

    /// <summary>Gets the revised CRISS improvement, in percent of baseline, that counts for mRSS, HAQ-DI and the global assessments (20, the headline example).</summary>
    public required decimal RevisedImprovementPercent { get; init; }

    /// <summary>Gets the revised CRISS FVC improvement (5), on <see cref="RevisedFvcScale"/>.</summary>
    public required decimal RevisedFvcImprovement { get; init; }

    /// <summary>Gets whether the revised CRISS FVC improvement is relative or absolute (UNCONFIRMED).</summary>
    public required ChangeScale RevisedFvcScale { get; init; }

    /// <summary>Gets how many of the 5 core measures must improve for the revised CRISS (3).</summary>
    public required int RevisedMinimumMeasures { get; init; }

    /// <summary>Gets whether a Step 1 event also makes the revised CRISS not improved (UNCONFIRMED; default yes).</summary>
    public required bool RevisedAppliesStep1 { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ImprovedAtLeast is < 0m or > 1m)
        {
            problems.Add($"{nameof(ImprovedAtLeast)} must be between 0 and 1.");
        }

        if (GlobalScaleMaximum <= 0m)
        {
            problems.Add($"{nameof(GlobalScaleMaximum)} must be positive.");
        }

        if (RevisedImprovementPercent is <= 0m or > 100m || RevisedFvcImprovement <= 0m)
        {
            problems.Add("The revised CRISS improvements must be positive (at most 100 %).");
        }

        if (!Enum.IsDefined(RevisedFvcScale))
        {
            problems.Add($"{nameof(RevisedFvcScale)} is not defined.");
        }

        if (RevisedMinimumMeasures is < 1 or > 5)
        {
            problems.Add($"{nameof(RevisedMinimumMeasures)} must be 1 to 5.");
        }

        return problems;
    }
}
