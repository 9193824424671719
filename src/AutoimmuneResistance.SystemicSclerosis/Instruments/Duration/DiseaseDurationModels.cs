using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>The cutaneous subset of systemic sclerosis.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CutaneousSubset>))]
public enum CutaneousSubset
{
    /// <summary>Diffuse cutaneous SSc.</summary>
    [JsonStringEnumMemberName("diffuse")]
    Diffuse = 1,

    /// <summary>Limited cutaneous SSc.</summary>
    [JsonStringEnumMemberName("limited")]
    Limited = 2,
}

/// <summary>The input of the disease-duration instrument (<c>ssc.disease-duration</c>).</summary>
public sealed record DiseaseDurationInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> to use the pipeline's selection, or <c>ssc.early-diffuse.below-60-months</c>.</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the date of the first non-Raynaud manifestation.</summary>
    public required DateOnly FirstNonRaynaudManifestation { get; init; }

    /// <summary>Gets the assessment date.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the cutaneous subset; early and late apply to diffuse disease.</summary>
    public required CutaneousSubset Subset { get; init; }
}

/// <summary>The result of the disease-duration instrument.</summary>
public sealed record DiseaseDurationResult
{
    /// <summary>Gets the completed calendar months from the first non-Raynaud manifestation to the assessment date.</summary>
    public required int Months { get; init; }

    /// <summary>Gets whether the duration is early under the set's cut-off (whatever the subset).</summary>
    public required bool WithinEarlyCutOff { get; init; }

    /// <summary>Gets whether this is early diffuse cutaneous SSc (diffuse subset and within the cut-off).</summary>
    public required bool EarlyDiffuse { get; init; }

    /// <summary>Gets whether this is late diffuse cutaneous SSc (diffuse subset and beyond the cut-off).</summary>
    public required bool LateDiffuse { get; init; }

    /// <summary>Gets the cut-off applied, in months.</summary>
    public required int ThresholdMonths { get; init; }

    /// <summary>Gets whether a duration equal to the cut-off is early.</summary>
    public required bool Inclusive { get; init; }

    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets the publications of the convention applied.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];
}
