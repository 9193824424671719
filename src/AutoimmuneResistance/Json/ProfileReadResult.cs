using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// The outcome of reading a profile from JSON: the profile, or the path-qualified diagnostics that explain why it
/// could not be read. Reading never throws for bad data.
/// </summary>
public sealed record ProfileReadResult
{
    /// <summary>Gets the profile.</summary>
    /// <value><see langword="null"/> when <see cref="HasErrors"/> is <see langword="true"/>.</value>
    public PatientProfile? Profile { get; init; }

    /// <summary>Gets the diagnostics (errors when the profile could not be read).</summary>
    public ImmutableArray<EvaluationDiagnostic> Diagnostics { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether any diagnostic is an error; when so, <see cref="Profile"/> is <see langword="null"/>.</summary>
    public bool HasErrors => Profile is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
