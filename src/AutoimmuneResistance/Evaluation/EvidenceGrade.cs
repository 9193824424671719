using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// The kind of evidence a rule rests on, from strongest to weakest. This is the library's own coarse scale (it is
/// not GRADE or Oxford CEBM): it tells a reader whether a rule restates a guideline, a trial result, an
/// observational association or an extrapolation from another population.
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceGrade>))]
public enum EvidenceGrade
{
    /// <summary>A published guideline, recommendation or consensus definition (EULAR, KDIGO, CPIC, ACR).</summary>
    [JsonStringEnumMemberName("guideline")]
    Guideline = 1,

    /// <summary>A randomised controlled trial's primary result.</summary>
    [JsonStringEnumMemberName("randomized-trial")]
    RandomizedTrial = 2,

    /// <summary>A post-hoc or pooled analysis of randomised trials.</summary>
    [JsonStringEnumMemberName("post-hoc-analysis")]
    PostHocAnalysis = 3,

    /// <summary>An observational study with a comparison: a cohort or case-control study, or a systematic review of such studies.</summary>
    [JsonStringEnumMemberName("observational")]
    Observational = 4,

    /// <summary>Evidence from another population or indication applied here (for example CPIC tacrolimus guidance from transplantation).</summary>
    [JsonStringEnumMemberName("extrapolated")]
    Extrapolated = 5,

    /// <summary>Expert opinion, or an operational rule of this library built on a published target.</summary>
    [JsonStringEnumMemberName("expert-opinion")]
    ExpertOpinion = 6,

    /// <summary>
    /// A case series or a small cohort: a few patients described without a comparison group, or a cohort of a few dozen
    /// at most (for example the five patients with refractory SLE given CD19 CAR T cells in Mackensen 2022). Weaker than
    /// <see cref="Observational"/>; the carrying finding or option says the number of patients in its
    /// <see cref="PublishedEffect.Participants"/>.
    /// </summary>
    [JsonStringEnumMemberName("case-series")]
    CaseSeries = 7,
}
