using System.Globalization;

namespace AutoimmuneResistance;

/// <summary>Shared validation and formatting for the quantity types, so that every rejection reads the same way.</summary>
internal static class QuantityRules
{
    /// <summary>Formats a number with the invariant culture and without trailing zeros.</summary>
    internal static string Format(decimal value) => UnitConversion.Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number and its UCUM code, for messages.</summary>
    internal static string Format(decimal value, QuantityUnit unit) => $"{Format(value)} {QuantityUnits.Describe(unit)}";

    /// <summary>Formats a number and its display symbol, for <c>ToString()</c>.</summary>
    internal static string Display(decimal value, QuantityUnit unit) => $"{Format(value)} {QuantityUnits.ToSymbol(unit)}";

    internal static bool Contains(IReadOnlyList<QuantityUnit> units, QuantityUnit unit)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i] == unit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the rejection message when <paramref name="unit"/> is not one of <paramref name="units"/>; <paramref name="subject"/> starts the sentence ("A dose").</summary>
    internal static string? CheckUnit(string subject, IReadOnlyList<QuantityUnit> units, QuantityUnit unit) =>
        Contains(units, unit)
            ? null
            : $"{subject} must be in one of these units: {QuantityUnits.List(units)}; got {QuantityUnits.Describe(unit)}.";

    /// <summary>
    /// Returns the rejection message when <paramref name="value"/> is outside [<paramref name="min"/>, <paramref name="max"/>]
    /// (in <paramref name="unit"/>); <paramref name="subject"/> starts the sentence ("A dose") and <paramref name="note"/>,
    /// when given, follows the range (an equivalent in another unit).
    /// </summary>
    internal static string? CheckRange(string subject, decimal value, QuantityUnit unit, decimal min, decimal max, string? note = null) =>
        value >= min && value <= max
            ? null
            : $"{subject} must be between {Format(min)} and {Format(max)} {QuantityUnits.Describe(unit)}{note}; got {Format(value, unit)}.";

    /// <summary>
    /// Returns a rejection message of <see cref="CheckUnit"/>, <see cref="CheckRange"/> or a quantity type's own check
    /// without its closing <c>; got …</c>, which quotes the value: the form a diagnostic shows by default.
    /// </summary>
    internal static string WithoutValue(string message)
    {
        var got = message.LastIndexOf(ValueSeparator, StringComparison.Ordinal);
        return got < 0 ? message : string.Concat(message.AsSpan(0, got), ".");
    }

    /// <summary>Starts the part of every rejection message that quotes the rejected value; it always comes last.</summary>
    internal const string ValueSeparator = "; got ";

    /// <summary>Builds the exception thrown by a <c>Create</c> factory.</summary>
    internal static ArgumentOutOfRangeException Invalid(string message, IReadOnlyList<QuantityUnit> units, QuantityUnit unit) =>
        new(Contains(units, unit) ? "value" : "unit", message);
}
