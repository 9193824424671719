using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A measurement expressed as a percentage of its predicted (reference) value, such as forced vital capacity (FVC) or
/// diffusing capacity (DLCO) in % predicted; from 0 to 300 inclusive.
/// </summary>
/// <remarks>
/// <para>
/// Unlike a <see cref="Percentage"/>, this can exceed 100: a patient can measure above the value predicted for their age,
/// sex and height. The 300 ceiling is a plausibility bound, not a clinical statement; larger numbers are treated as entry
/// errors (for example a volume in millilitres typed into a percent field).
/// </para>
/// <para>
/// <c>default</c> is 0 %, a valid value. Serialized in JSON as <c>{"value": 72, "unit": "%"}</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter<PercentPredicted>))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PercentPredicted : IQuantity<PercentPredicted>, IComparable<PercentPredicted>
{
    /// <summary>The largest accepted value, in % (300).</summary>
    public const decimal MaxValue = 300m;

    private const string Subject = "A percent-predicted value";

    private PercentPredicted(decimal value) => Value = UnitConversion.Normalize(value);

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <inheritdoc/>
    /// <remarks>Always <see cref="QuantityUnit.Percent"/>.</remarks>
    public QuantityUnit Unit => QuantityUnit.Percent;

    /// <summary>Gets the accepted units: only <see cref="QuantityUnit.Percent"/>.</summary>
    public static IReadOnlyList<QuantityUnit> Units { get; } = [QuantityUnit.Percent];

    /// <summary>Creates a percent-predicted value.</summary>
    /// <param name="percent">The value in percent of predicted; 0 to 300.</param>
    /// <returns>The percent-predicted value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative or above 300.</exception>
    public static PercentPredicted FromPercent(decimal percent) => Create(percent, QuantityUnit.Percent);

    /// <summary>Creates a percent-predicted value.</summary>
    /// <param name="value">The value, in <paramref name="unit"/>; 0 to 300.</param>
    /// <param name="unit"><see cref="QuantityUnit.Percent"/>.</param>
    /// <returns>The percent-predicted value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not <see cref="QuantityUnit.Percent"/>, or the value is outside 0 to 300; the message states the rule.</exception>
    public static PercentPredicted Create(decimal value, QuantityUnit unit) =>
        Validate(value, unit) is { } error ? throw QuantityRules.Invalid(error, Units, unit) : new PercentPredicted(value);

    /// <summary>Tries to create a percent-predicted value.</summary>
    /// <param name="value">The value, in <paramref name="unit"/>.</param>
    /// <param name="unit"><see cref="QuantityUnit.Percent"/>.</param>
    /// <param name="result">The percent-predicted value, or <c>default</c> when the input is invalid.</param>
    /// <returns><see langword="true"/> when the unit is accepted and the value is in range.</returns>
    public static bool TryCreate(decimal value, QuantityUnit unit, out PercentPredicted result)
    {
        var valid = Validate(value, unit) is null;
        result = valid ? new PercentPredicted(value) : default;
        return valid;
    }

    /// <summary>Compares two values.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is lower than, equal to or higher than <paramref name="other"/>.</returns>
    public int CompareTo(PercentPredicted other) => Value.CompareTo(other.Value);

    /// <inheritdoc/>
    public bool Equals(PercentPredicted other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PercentPredicted other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Returns the value and unit symbol, for example <c>72 %</c>, using the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => QuantityRules.Display(Value, Unit);

    /// <summary>Converts a percent-predicted value to a general <see cref="Quantity"/> with the same value and unit.</summary>
    /// <param name="value">The percent-predicted value.</param>
    public static explicit operator Quantity(PercentPredicted value) => Quantity.Create(value.Value, value.Unit);

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PercentPredicted left, PercentPredicted right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(PercentPredicted left, PercentPredicted right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is lower than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(PercentPredicted left, PercentPredicted right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is lower than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(PercentPredicted left, PercentPredicted right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is higher than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(PercentPredicted left, PercentPredicted right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is higher than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(PercentPredicted left, PercentPredicted right) => left.CompareTo(right) >= 0;

    static string? IQuantity<PercentPredicted>.Validate(decimal value, QuantityUnit unit) => Validate(value, unit);

    private static string? Validate(decimal value, QuantityUnit unit) =>
        QuantityRules.CheckUnit(Subject, Units, unit) ?? QuantityRules.CheckRange(Subject, value, unit, 0m, MaxValue);
}
