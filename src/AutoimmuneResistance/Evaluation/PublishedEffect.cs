using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A published result that a finding or a treatment option rests on, as data: the study, the end point, the group it
/// was measured in, the effect with its unit and confidence interval, the groups compared with their sizes, the study
/// design and the publication. For example, in the pooled TULIP-1 and TULIP-2 trials (post hoc, Vital EM et al. Ann
/// Rheum Dis 2022;81(7):951-61, doi:10.1136/annrheumdis-2021-221425), among patients with a high type I interferon
/// gene signature, a BICLA response at week 52 in 47.6 % of 298 patients on anifrolumab and 29.4 % of 302 on placebo:
/// a risk difference of 18.2 percentage points (95 % CI 10.5 to 25.8).
/// </summary>
/// <remarks>
/// The figures are the publication's own, as printed (nothing is recomputed); a figure the publication read does not
/// give is left out rather than derived. <see cref="Participants"/> is the size of the group the effect was measured in
/// (the cohort size for a cohort or a case series). The citation is written by key in JSON, like every citation, and
/// is also among the citations of the finding or option that carries the effect.
/// </remarks>
[DebuggerDisplay("{Study}: {Endpoint} {Measure} {Value} {Unit}")]
public sealed record PublishedEffect
{
    /// <summary>Gets the study in words: a trial's name, or the kind of study (for example "TULIP-1 and TULIP-2, pooled post hoc").</summary>
    public required string Study
    {
        get;
        init => field = Text(value, nameof(Study), "the study (a trial's name or the kind of study)");
    }

    /// <summary>Gets the end point the effect was measured on (for example "BICLA response at week 52").</summary>
    public required string Endpoint
    {
        get;
        init => field = Text(value, nameof(Endpoint), "the end point");
    }

    /// <summary>Gets the patient group the effect was measured in, when it is a subgroup (for example "type I interferon gene signature high").</summary>
    /// <value><see langword="null"/> for the whole study population.</value>
    public string? Group { get; init; }

    /// <summary>Gets how the effect is stated.</summary>
    public required EffectMeasure Measure
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Measure), value, "Expected a defined EffectMeasure.");
    }

    /// <summary>Gets the effect, in <see cref="Unit"/>.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets the UCUM unit of <see cref="Value"/> and the confidence limits: <c>%</c> for percentage points and proportions, <c>1</c> for ratios, the measurement's unit for a mean difference (for example <c>mL/a</c>).</summary>
    public required string Unit
    {
        get;
        init => field = Text(value, nameof(Unit), "a UCUM unit (% for percentage points, 1 for a ratio)");
    }

    /// <summary>Gets the lower limit of the 95 % confidence interval, as published.</summary>
    /// <value><see langword="null"/> when the publication read gives no interval.</value>
    public decimal? ConfidenceLow { get; init; }

    /// <summary>Gets the upper limit of the 95 % confidence interval, as published.</summary>
    /// <value><see langword="null"/> when the publication read gives no interval.</value>
    public decimal? ConfidenceHigh { get; init; }

    /// <summary>Gets the groups compared (intervention first), each with its size and result; one group for a case series.</summary>
    public ImmutableArray<EffectArm> Arms { get => field.IsDefault ? [] : field; init => field = value; }

    /// <summary>Gets the number of patients the effect was measured in (all arms of the group; the cohort size for a cohort or a case series).</summary>
    /// <value><see langword="null"/> when the publication read does not give it.</value>
    public int? Participants
    {
        get;
        init => field = value is <= 0
            ? throw new ArgumentOutOfRangeException(nameof(Participants), "The number of patients behind an effect must be positive.")
            : value;
    }

    /// <summary>Gets the design of the study the effect comes from, on the library's evidence scale.</summary>
    public required EvidenceGrade Design
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Design), value, "Expected a defined EvidenceGrade.");
    }

    /// <summary>Gets the publication the figures come from (in JSON, its key: see <see cref="Citation.Key"/>).</summary>
    [JsonConverter(typeof(CitationKeyJsonConverter))]
    public required Citation Citation
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Citation), "An effect needs the publication its figures come from.");
    }

    private static string Text(string value, string name, string expected) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"A published effect needs {expected}.", name) : value;
}
