using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>How a <see cref="PublishedEffect"/> states its result.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EffectMeasure>))]
public enum EffectMeasure
{
    /// <summary>
    /// The difference between the share of the intervention group and the share of the comparator group with the
    /// outcome, in percentage points (unit <c>%</c>): for example a BICLA response of 47.6 % against 29.4 % is 18.2.
    /// </summary>
    [JsonStringEnumMemberName("risk-difference")]
    RiskDifference = 1,

    /// <summary>The odds of the outcome with the intervention (or the exposure) divided by the odds without it (unit <c>1</c>).</summary>
    [JsonStringEnumMemberName("odds-ratio")]
    OddsRatio = 2,

    /// <summary>The hazard of the outcome with the intervention divided by the hazard without it (unit <c>1</c>).</summary>
    [JsonStringEnumMemberName("hazard-ratio")]
    HazardRatio = 3,

    /// <summary>
    /// The difference between the group means (or adjusted means) of a measurement, intervention minus comparator, in
    /// the measurement's unit: for example a yearly FVC decline of 52.4 mL against 93.3 mL is 41.0 mL/a.
    /// </summary>
    [JsonStringEnumMemberName("mean-difference")]
    MeanDifference = 4,

    /// <summary>The share of one group with the outcome, without a comparator (unit <c>%</c>): the result of a case series or a single arm.</summary>
    [JsonStringEnumMemberName("proportion")]
    Proportion = 5,

    /// <summary>The share of the variation of an outcome that a model explains, R² (unit <c>1</c>, from 0 to 1).</summary>
    [JsonStringEnumMemberName("variance-explained")]
    VarianceExplained = 6,
}
