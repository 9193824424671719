using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>The header line of a results file, as written: <c>{"header": {...}}</c>.</summary>
internal sealed record ResultsHeaderLine
{
    public required ResultsHeader Header { get; init; }
}

/// <summary>
/// One record of a results file, as written: a <see cref="CohortOutcome"/> without what the header holds (the
/// manifest but for the input hash, the schema version, the citations the header lists).
/// </summary>
internal sealed record ResultsLine
{
    public required long Index { get; init; }

    public long? Line { get; init; }

    public SubjectId? Subject { get; init; }

    public ResultsLineAssessment? Assessment { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<EvaluationDiagnostic> Errors { get; init; }
}

/// <summary>An assessment in a results record: its own parts only.</summary>
internal sealed record ResultsLineAssessment
{
    public DateOnly? AsOf { get; init; }

    public string? InputHash { get; init; }

    public ResistanceVerdict? Verdict { get; init; }

    public ImmutableArray<Finding> Findings { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<EvaluationDiagnostic> Diagnostics { get; init; }

    /// <summary>Gets the citations of the record that the header does not list (usually none).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<Citation> Citations { get; init; }
}
