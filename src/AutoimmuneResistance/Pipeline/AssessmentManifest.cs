using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// What an assessment needs to be reproduced and audited: the library and module versions, the evaluators and
/// definition sets that ran, and the content hash of the input profile. Contains no time stamp, so the same input
/// gives the same bytes.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource<AssessmentManifest>))]
public sealed record AssessmentManifest
{
    /// <summary>Gets the core library's version.</summary>
    public required string LibraryVersion { get; init; }

    /// <summary>Gets the registered modules and their versions, ordered by disease id.</summary>
    public ImmutableArray<ModuleReference> Modules { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the evaluators of the pipeline and their versions, ordered by id.</summary>
    public ImmutableArray<EvaluatorReference> Evaluators { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the definition sets the pipeline selected, ordered by id.</summary>
    public ImmutableArray<DefinitionSetReference> DefinitionSets { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the input profile's content hash (<see cref="ResistanceJson.ComputeContentHash(PatientProfile)"/>).</summary>
    /// <value><see langword="null"/> when hashing was switched off in <see cref="EvaluationOptions.ComputeInputHash"/>.</value>
    public string? InputHash { get; init; }
}

/// <summary>A module and its version, as recorded in a manifest.</summary>
public sealed record ModuleReference
{
    /// <summary>Gets the module's disease id.</summary>
    public required DiseaseId Disease { get; init; }

    /// <summary>Gets the module's name.</summary>
    public required string Module { get; init; }

    /// <summary>Gets the module's version.</summary>
    public required string Version { get; init; }
}

/// <summary>An evaluator and its version, as recorded in a manifest.</summary>
public sealed record EvaluatorReference
{
    /// <summary>Gets the evaluator's id.</summary>
    public required EvaluatorId Id { get; init; }

    /// <summary>Gets the evaluator's version.</summary>
    public required string Version { get; init; }
}

/// <summary>A definition set and its version, as recorded in a manifest.</summary>
public sealed record DefinitionSetReference
{
    /// <summary>Gets the definition set's id.</summary>
    public required DefinitionSetId Id { get; init; }

    /// <summary>Gets the definition set's version.</summary>
    public required string Version { get; init; }
}
