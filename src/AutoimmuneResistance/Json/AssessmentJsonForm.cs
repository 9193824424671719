using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>How <see cref="ResistanceJson.Serialize(ResistanceAssessment, AssessmentJsonForm)"/> writes an assessment.</summary>
/// <remarks><c>default</c> is <see cref="Compact"/>, the form every other writer uses.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentJsonForm>))]
public enum AssessmentJsonForm
{
    /// <summary>
    /// Each publication written once, in the assessment's <c>citations</c>; findings and options name theirs by
    /// <see cref="Citation.Key"/>. The form of <see cref="ResistanceJson.Serialize(ResistanceAssessment)"/>, and the
    /// default.
    /// </summary>
    [JsonStringEnumMemberName("compact")]
    Compact = 0,

    /// <summary>
    /// Every finding and option carries its citations in full (authors, year, title, source, DOI or URL) where the
    /// compact form has keys, so that a finding read on its own names its sources; the assessment's
    /// <c>citations</c> list is written too. For reading one assessment by eye or handing one finding on, not for
    /// cohorts. <see cref="ResistanceJson.DeserializeAssessment(ReadOnlySpan{byte})"/> reads both forms.
    /// </summary>
    [JsonStringEnumMemberName("expanded")]
    Expanded = 1,
}
