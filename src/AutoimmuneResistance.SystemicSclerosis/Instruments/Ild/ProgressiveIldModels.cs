using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The input of the progressive ILD instrument (<c>ssc.progressive-ild</c>): lung function at baseline and follow-up,
/// and the clinical and radiological findings over the interval (project clinical reference section 12.3).
/// </summary>
public sealed record ProgressiveIldInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> to use the pipeline's selection, or <c>ssc.progressive-ild.inbuild-2019</c>.</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the baseline lung function.</summary>
    public required LungFunction Baseline { get; init; }

    /// <summary>Gets the follow-up lung function, after the baseline.</summary>
    public required LungFunction FollowUp { get; init; }

    /// <summary>Gets whether the respiratory symptoms worsened over the interval.</summary>
    public bool WorsenedRespiratorySymptoms { get; init; }

    /// <summary>Gets whether HRCT shows increased fibrosis (radiological progression) over the interval.</summary>
    public bool IncreasedFibrosisOnHrct { get; init; }

    /// <summary>Gets whether both DLCO values are corrected for haemoglobin (the ATS/ERS/JRS/ALAT 2022 definition counts only a corrected DLCO).</summary>
    public bool DlcoHaemoglobinCorrected { get; init; }
}

/// <summary>Lung function on one date.</summary>
public sealed record LungFunction
{
    /// <summary>Gets the date of the test.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the FVC in % predicted.</summary>
    public required PercentPredicted Fvc { get; init; }

    /// <summary>Gets the DLCO in % predicted, when measured.</summary>
    public PercentPredicted? Dlco { get; init; }
}

/// <summary>The outcome of a progressive ILD definition.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ProgressiveIldOutcome>))]
public enum ProgressiveIldOutcome
{
    /// <summary>The interval is outside the definition's window: not assessed.</summary>
    [JsonStringEnumMemberName("outside-window")]
    OutsideWindow = 1,

    /// <summary>Not progressive under the definition.</summary>
    [JsonStringEnumMemberName("not-progressive")]
    NotProgressive = 2,

    /// <summary>Progressive under the definition.</summary>
    [JsonStringEnumMemberName("progressive")]
    Progressive = 3,

    /// <summary>EUSTAR: moderate progression (FVC decline 5 to 10 %).</summary>
    [JsonStringEnumMemberName("moderate-progression")]
    ModerateProgression = 4,

    /// <summary>EUSTAR: significant progression (FVC decline above 10 %).</summary>
    [JsonStringEnumMemberName("significant-progression")]
    SignificantProgression = 5,
}

/// <summary>Whether and how DLCO entered a progressive ILD result.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<DlcoUse>))]
public enum DlcoUse
{
    /// <summary>The definition has no DLCO term.</summary>
    [JsonStringEnumMemberName("not-in-definition")]
    NotInDefinition = 1,

    /// <summary>DLCO was used.</summary>
    [JsonStringEnumMemberName("used")]
    Used = 2,

    /// <summary>DLCO is missing at baseline or follow-up: its criterion counts as not met.</summary>
    [JsonStringEnumMemberName("missing")]
    Missing = 3,

    /// <summary>The definition needs a haemoglobin-corrected DLCO and the input's is not: its criterion counts as not met.</summary>
    [JsonStringEnumMemberName("not-haemoglobin-corrected")]
    NotHaemoglobinCorrected = 4,
}

/// <summary>A criterion of a progressive ILD definition.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ProgressiveIldCriterion>))]
public enum ProgressiveIldCriterion
{
    /// <summary>FVC decline at or above the major threshold (EUSTAR: above it).</summary>
    [JsonStringEnumMemberName("fvc-major-decline")]
    FvcMajorDecline = 1,

    /// <summary>FVC decline in the minor band (at least the minor threshold, below the major; EUSTAR: up to it).</summary>
    [JsonStringEnumMemberName("fvc-minor-decline")]
    FvcMinorDecline = 2,

    /// <summary>DLCO decline at or above the threshold.</summary>
    [JsonStringEnumMemberName("dlco-decline")]
    DlcoDecline = 3,

    /// <summary>Worsened respiratory symptoms.</summary>
    [JsonStringEnumMemberName("respiratory-symptoms")]
    RespiratorySymptoms = 4,

    /// <summary>Increased fibrosis on HRCT.</summary>
    [JsonStringEnumMemberName("radiological-progression")]
    RadiologicalProgression = 5,

    /// <summary>ATS/ERS/JRS/ALAT 2022 physiological progression: the FVC or the DLCO criterion.</summary>
    [JsonStringEnumMemberName("physiological-progression")]
    PhysiologicalProgression = 6,
}

/// <summary>The result of a progressive ILD definition, with every criterion it checks.</summary>
public sealed record ProgressiveIldResult
{
    /// <summary>Gets the outcome.</summary>
    public required ProgressiveIldOutcome Outcome { get; init; }

    /// <summary>Gets whether the ILD is progressive (progressive, moderate or significant progression).</summary>
    public required bool Progressive { get; init; }

    /// <summary>Gets the rule applied.</summary>
    public required ProgressiveIldRule Rule { get; init; }

    /// <summary>Gets whether the follow-up falls in the definition's window.</summary>
    public required bool WithinWindow { get; init; }

    /// <summary>Gets the completed calendar months from baseline to follow-up.</summary>
    public required int Months { get; init; }

    /// <summary>Gets the FVC decline on the definition's scale (negative for a rise).</summary>
    public required decimal FvcDecline { get; init; }

    /// <summary>Gets the DLCO decline on the definition's scale, when it was used.</summary>
    public decimal? DlcoDecline { get; init; }

    /// <summary>Gets whether and how DLCO entered the result.</summary>
    public required DlcoUse Dlco { get; init; }

    /// <summary>Gets the criteria the definition checks, with whether each is met (empty when outside the window).</summary>
    public ImmutableArray<ProgressiveIldCriterionCheck> Criteria { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets the publications of the definition applied.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>One criterion of a progressive ILD definition and whether it is met.</summary>
public sealed record ProgressiveIldCriterionCheck
{
    /// <summary>Gets the criterion.</summary>
    public required ProgressiveIldCriterion Criterion { get; init; }

    /// <summary>Gets whether it is met.</summary>
    public required bool Met { get; init; }
}
