using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>The SSc-specific autoantibodies with phenotype associations (project clinical reference section 12.4).</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SscAutoantibody>))]
public enum SscAutoantibody
{
    /// <summary>Anti-topoisomerase I (anti-Scl-70).</summary>
    [JsonStringEnumMemberName("anti-topoisomerase-i")]
    AntiTopoisomeraseI = 1,

    /// <summary>Anti-RNA polymerase III.</summary>
    [JsonStringEnumMemberName("anti-rna-polymerase-iii")]
    AntiRnaPolymeraseIII = 2,

    /// <summary>Anti-centromere.</summary>
    [JsonStringEnumMemberName("anti-centromere")]
    AntiCentromere = 3,
}

/// <summary>A phenotype associated with an SSc autoantibody.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SscPhenotype>))]
public enum SscPhenotype
{
    /// <summary>Diffuse cutaneous SSc.</summary>
    [JsonStringEnumMemberName("diffuse-cutaneous")]
    DiffuseCutaneous = 1,

    /// <summary>Interstitial lung disease and its progression.</summary>
    [JsonStringEnumMemberName("interstitial-lung-disease")]
    InterstitialLungDisease = 2,

    /// <summary>Early organ involvement.</summary>
    [JsonStringEnumMemberName("early-organ-involvement")]
    EarlyOrganInvolvement = 3,

    /// <summary>Rapid skin progression.</summary>
    [JsonStringEnumMemberName("rapid-skin-progression")]
    RapidSkinProgression = 4,

    /// <summary>Scleroderma renal crisis.</summary>
    [JsonStringEnumMemberName("renal-crisis")]
    RenalCrisis = 5,

    /// <summary>Malignancy temporally near SSc onset.</summary>
    [JsonStringEnumMemberName("malignancy-near-onset")]
    MalignancyNearOnset = 6,

    /// <summary>Gastric antral vascular ectasia (GAVE).</summary>
    [JsonStringEnumMemberName("gastric-antral-vascular-ectasia")]
    GastricAntralVascularEctasia = 7,

    /// <summary>Limited cutaneous SSc (CREST).</summary>
    [JsonStringEnumMemberName("limited-cutaneous")]
    LimitedCutaneous = 8,

    /// <summary>Pulmonary arterial hypertension.</summary>
    [JsonStringEnumMemberName("pulmonary-arterial-hypertension")]
    PulmonaryArterialHypertension = 9,

    /// <summary>Digital vasculopathy.</summary>
    [JsonStringEnumMemberName("digital-vasculopathy")]
    DigitalVasculopathy = 10,

    /// <summary>A lower risk of interstitial lung disease.</summary>
    [JsonStringEnumMemberName("lower-ild-risk")]
    LowerIldRisk = 11,
}

/// <summary>The input of the autoantibody–phenotype flags (<c>ssc.autoantibody-phenotype</c>): the SSc autoantibodies found positive.</summary>
public sealed record AutoantibodyPhenotypeInput
{
    /// <summary>Gets the positive autoantibodies, each at most once.</summary>
    public ImmutableArray<SscAutoantibody> Positive { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>The result of the autoantibody–phenotype flags: one informational flag per positive antibody.</summary>
public sealed record AutoantibodyPhenotypeResult
{
    /// <summary>Gets the flags, in the order of <see cref="SscAutoantibody"/>.</summary>
    public ImmutableArray<AutoantibodyPhenotypeFlag> Flags { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>An informational flag: the phenotypes typically associated with a positive autoantibody, with the sources. Not a score and not a prediction for the patient.</summary>
public sealed record AutoantibodyPhenotypeFlag
{
    /// <summary>Gets the autoantibody.</summary>
    public required SscAutoantibody Autoantibody { get; init; }

    /// <summary>Gets the associated phenotypes.</summary>
    public ImmutableArray<SscPhenotype> Associations { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the association in clinical prose.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the publications the association is taken from.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];
}
