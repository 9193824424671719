using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Formats the value behind a systemic sclerosis diagnostic for <see cref="EvaluationDiagnostic.Value"/> (the message
/// names the field and the rule, never the value): invariant numbers, ISO dates, enumeration names, or the number read
/// when it names no member. A minimal local copy of the lupus module's helper of the same name.
/// </summary>
internal static class DiagnosticValues
{
    public static string Text(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(DateOnly value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static string Of<T>(T value, JsonTypeInfo<T> info)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? JsonSerializer.Serialize(value, info).Trim('"')
            : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
