using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// Keeps patient data out of diagnostics by default: producers put the value behind a diagnostic in
/// <see cref="EvaluationDiagnostic.Value"/>, and every way out of a pipeline passes its diagnostics through
/// <see cref="Apply(ImmutableArray{EvaluationDiagnostic}, bool)"/>, which removes the values unless the caller opted in.
/// </summary>
internal static class DiagnosticValues
{
    /// <summary>The offending value as shown in a diagnostic, cut like every echoed text so that a huge value cannot flood a log.</summary>
    public static string Cut(string value) => CodeText.Truncate(value);

    /// <summary>
    /// Returns <paramref name="diagnostics"/> unchanged when values are included or none has a value (the usual case,
    /// so a clean run allocates nothing here); otherwise a copy without the values.
    /// </summary>
    public static ImmutableArray<EvaluationDiagnostic> Apply(ImmutableArray<EvaluationDiagnostic> diagnostics, bool includeValues)
    {
        if (includeValues || diagnostics.IsDefaultOrEmpty)
        {
            return diagnostics;
        }

        var first = IndexOfValue(diagnostics);
        if (first < 0)
        {
            return diagnostics;
        }

        var builder = diagnostics.ToBuilder();
        for (var i = first; i < builder.Count; i++)
        {
            if (builder[i].Value is not null)
            {
                builder[i] = builder[i] with { Value = null };
            }
        }

        return builder.MoveToImmutable();
    }

    private static int IndexOfValue(ImmutableArray<EvaluationDiagnostic> diagnostics)
    {
        for (var i = 0; i < diagnostics.Length; i++)
        {
            if (diagnostics[i].Value is not null)
            {
                return i;
            }
        }

        return -1;
    }
}
