using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Formats the value behind a lupus diagnostic for <see cref="EvaluationDiagnostic.Value"/>: the message names the
/// field, the rule and the expected form, the detail holds what the input said, and the pipeline keeps the detail only
/// when values were asked for (<see cref="ResistancePipelineBuilder.IncludeValuesInDiagnostics(bool)"/>). Values are
/// written as in the JSON contract (invariant numbers, ISO dates, enumeration names; a number that names no member as
/// the number).
/// </summary>
internal static class DiagnosticValues
{
    /// <summary>Text as given, cut after 40 characters like the core library's details, so a huge value cannot flood a log.</summary>
    public static string Text(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");

    /// <summary>A whole number as read.</summary>
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number as read.</summary>
    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date in ISO 8601 form.</summary>
    public static string Of(DateOnly value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>An enumeration value by its JSON name, or as the number read when it names no member.</summary>
    public static string Of<T>(T value, JsonTypeInfo<T> info)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? JsonSerializer.Serialize(value, info).Trim('"')
            : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>A regimen: its dose, administrations and interval.</summary>
    public static string Of(DoseRegimen regimen) =>
        string.Create(CultureInfo.InvariantCulture, $"{regimen.Dose} x{regimen.Administrations} every {regimen.IntervalDays} days");

    /// <summary>A range of dates, the end open when <paramref name="to"/> is null.</summary>
    public static string Range(DateOnly from, DateOnly? to) => $"{Of(from)} to {(to is { } end ? Of(end) : "(ongoing)")}";

    /// <summary>A date out of order with another: "<paramref name="value"/> (<paramref name="label"/> <paramref name="reference"/>)".</summary>
    public static string WithReference(DateOnly value, string label, DateOnly reference) =>
        string.Create(CultureInfo.InvariantCulture, $"{Of(value)} ({label} {Of(reference)})");
}
