using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// The first line of a JSON Lines results file (<c>{"header": {...}}</c>): what is the same for every record, written
/// once: the manifest (library, module and evaluator versions, definition sets; each record keeps its own input hash),
/// every publication the pipeline's evaluators and verdicts may cite, which the records refer to by
/// <see cref="Citation.Key"/>, and the treatment options the modules declare.
/// </summary>
public sealed record ResultsHeader
{
    /// <summary>The value of <see cref="Format"/> in every results file this library writes.</summary>
    public const string FormatName = "autoimmune-resistance.results";

    /// <summary>Gets the format name, <see cref="FormatName"/>, so a reader can tell a results file from a cohort of profiles.</summary>
    public required string Format { get; init; }

    /// <summary>Gets the schema version of the records (<see cref="ResistanceAssessment.CurrentSchemaVersion"/> when written).</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>Gets the manifest shared by every record; its <see cref="AssessmentManifest.InputHash"/> is absent (each record has its own).</summary>
    public required AssessmentManifest Manifest { get; init; }

    /// <summary>Gets the publications the records may cite; a record lists any other it cites in its own <c>citations</c>.</summary>
    public ImmutableArray<Citation> Citations { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets the treatment options the pipeline's modules declare, whole; a record writes of a declared option only what
    /// is the patient's own (rank, flags, courses, notes) and reading fills in the rest from here.
    /// </summary>
    public ImmutableArray<TreatmentOption> Options { get; init => field = value.IsDefault ? [] : value; } = [];
}
