using System.Collections.Immutable;
using System.Text;

namespace AutoimmuneResistance;

/// <summary>The outcome of computing an instrument from JSON: the result document, or the diagnostics that prevented it.</summary>
public sealed record InstrumentComputation
{
    /// <summary>Gets the instrument that was computed.</summary>
    public required InstrumentId Instrument { get; init; }

    /// <summary>Gets the result as compact UTF-8 JSON (read-only).</summary>
    /// <value><see langword="null"/> when <see cref="HasErrors"/> is <see langword="true"/>.</value>
    public ReadOnlyMemory<byte>? ResultJson { get; init; }

    /// <summary>Gets the diagnostics (errors when no result could be computed; warnings otherwise).</summary>
    public ImmutableArray<EvaluationDiagnostic> Diagnostics { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether any diagnostic is an error.</summary>
    public bool HasErrors => ResultJson is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Returns the result as JSON text.</summary>
    /// <returns>The JSON text, or <see langword="null"/> when there is no result.</returns>
    public string? ResultText() => ResultJson is { } json ? Encoding.UTF8.GetString(json.Span) : null;
}
