using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// Keeps patient data out of diagnostics by default: producers put the value behind a diagnostic in
/// <see cref="EvaluationDiagnostic.Detail"/>, and every way out of a pipeline passes its diagnostics through
/// <see cref="Apply(ImmutableArray{EvaluationDiagnostic}, bool)"/>, which removes the details unless the caller opted in.
/// </summary>
internal static class DiagnosticDetails
{
    /// <summary>The offending value as a detail, cut like every echoed text so that a huge value cannot flood a log.</summary>
    public static string Value(string value) => CodeText.Truncate(value);

    /// <summary>
    /// Returns <paramref name="diagnostics"/> unchanged when values are included or none has a detail (the usual case,
    /// so a clean run allocates nothing here); otherwise a copy without the details.
    /// </summary>
    public static ImmutableArray<EvaluationDiagnostic> Apply(ImmutableArray<EvaluationDiagnostic> diagnostics, bool includeValues)
    {
        if (includeValues || diagnostics.IsDefaultOrEmpty)
        {
            return diagnostics;
        }

        var first = IndexOfDetail(diagnostics);
        if (first < 0)
        {
            return diagnostics;
        }

        var builder = diagnostics.ToBuilder();
        for (var i = first; i < builder.Count; i++)
        {
            if (builder[i].Detail is not null)
            {
                builder[i] = builder[i] with { Detail = null };
            }
        }

        return builder.MoveToImmutable();
    }

    private static int IndexOfDetail(ImmutableArray<EvaluationDiagnostic> diagnostics)
    {
        for (var i = 0; i < diagnostics.Length; i++)
        {
            if (diagnostics[i].Detail is not null)
            {
                return i;
            }
        }

        return -1;
    }
}
