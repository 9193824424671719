using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// The result of evaluating one profile: every finding (ordered by evaluator id, then as reported), every
/// diagnostic, and a manifest that makes the result reproducible. Serializes to byte-identical JSON for the same
/// input, library version and definition sets.
/// </summary>
[DebuggerDisplay("Subject = {Subject}, Findings = {Findings.Length}, HasErrors = {HasErrors}")]
public sealed record ResistanceAssessment
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the schema version of the document.</summary>
    /// <value>Defaults to <see cref="CurrentSchemaVersion"/>; required in JSON documents.</value>
    [JsonRequired]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the subject evaluated.</summary>
    public required SubjectId Subject { get; init; }

    /// <summary>Gets the evaluation date.</summary>
    /// <value><see langword="null"/> when none could be determined (see <see cref="DiagnosticCodes.NoEvaluationDate"/>).</value>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets the findings, ordered by evaluator id and then in the order each evaluator reported them.</summary>
    public ImmutableArray<Finding> Findings { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets validation and evaluation diagnostics.</summary>
    public ImmutableArray<EvaluationDiagnostic> Diagnostics { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the manifest: versions, definition sets and the input's content hash.</summary>
    public required AssessmentManifest Manifest { get; init; }

    /// <summary>Gets whether any diagnostic is an error (the profile was invalid, or an evaluator failed).</summary>
    [JsonIgnore]
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the warning diagnostics.</summary>
    [JsonIgnore]
    public IEnumerable<EvaluationDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>Returns the findings about <paramref name="mechanism"/>.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>The matching findings, in order.</returns>
    public IEnumerable<Finding> FindingsFor(MechanismId mechanism) => Findings.Where(f => f.Mechanism == mechanism);
}
