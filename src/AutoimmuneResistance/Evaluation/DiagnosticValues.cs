using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>
/// Formats the value behind a diagnostic for <see cref="EvaluationDiagnostic.Value"/>, for the core and every module:
/// the message names the field, the rule and the expected form, the value holds what the input said, and the pipeline
/// keeps the value only when values were asked for
/// (<see cref="ResistancePipelineBuilder.IncludeValuesInDiagnostics(bool)"/>). Values are written as in the JSON
/// contract: invariant numbers, ISO 8601 dates, enumeration names (a number that names no member as the number), and
/// text cut after 40 characters so that a huge value cannot flood a log.
/// </summary>
/// <remarks>Every member is a pure function of its arguments and thread-safe.</remarks>
public static class DiagnosticValues
{
    /// <summary>Text as given, cut after 40 characters (with an ellipsis), like every echoed text of the library.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The text, at most 40 characters and the ellipsis.</returns>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return CodeText.Truncate(value);
    }

    /// <summary>A whole number as read.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The number in invariant form.</returns>
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number as read.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The number in invariant form, with its scale as given.</returns>
    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date in ISO 8601 form.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The date as <c>yyyy-MM-dd</c>.</returns>
    public static string Of(DateOnly value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>An enumeration value by its JSON name, or as the number read when it names no member.</summary>
    /// <typeparam name="T">The enumeration type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="info">The enumeration's source-generated JSON metadata (from the module's JSON context).</param>
    /// <returns>The JSON name, or the number.</returns>
    public static string Of<T>(T value, JsonTypeInfo<T> info)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(info);
        return Enum.IsDefined(value)
            ? JsonSerializer.Serialize(value, info).Trim('"')
            : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A regimen: its dose, administrations and interval.</summary>
    /// <param name="regimen">The regimen.</param>
    /// <returns>For example <c>200 mg x1 every 1 days</c>.</returns>
    public static string Of(DoseRegimen regimen)
    {
        ArgumentNullException.ThrowIfNull(regimen);
        return string.Create(CultureInfo.InvariantCulture, $"{regimen.Dose} x{regimen.Administrations} every {regimen.IntervalDays} days");
    }

    /// <summary>A range of dates, the end open when <paramref name="to"/> is null.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, or <see langword="null"/> when ongoing.</param>
    /// <returns>For example <c>2024-01-01 to (ongoing)</c>.</returns>
    public static string Range(DateOnly from, DateOnly? to) => $"{Of(from)} to {(to is { } end ? Of(end) : "(ongoing)")}";

    /// <summary>A date out of order with another: "<paramref name="value"/> (<paramref name="label"/> <paramref name="reference"/>)".</summary>
    /// <param name="value">The date that is out of order.</param>
    /// <param name="label">What the other date is (for example <c>baseline</c>).</param>
    /// <param name="reference">The other date.</param>
    /// <returns>For example <c>2024-01-01 (baseline 2024-02-01)</c>.</returns>
    public static string WithReference(DateOnly value, string label, DateOnly reference) =>
        string.Create(CultureInfo.InvariantCulture, $"{Of(value)} ({label} {Of(reference)})");

    /// <summary>
    /// Returns <paramref name="diagnostics"/> unchanged when values are included or none has a value (the usual case,
    /// so a clean run allocates nothing here); otherwise a copy without the values.
    /// </summary>
    internal static ImmutableArray<EvaluationDiagnostic> Apply(ImmutableArray<EvaluationDiagnostic> diagnostics, bool includeValues)
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
