using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A proportion expressed in percent, from 0 to 100 inclusive, such as the proportion of days covered by a
/// prescription or the share of visits at target.
/// </summary>
/// <remarks>
/// <para>
/// The range is the definition of a proportion: nothing can be less than none or more than all of a whole. A measurement
/// expressed relative to a reference, which can exceed 100, is a <see cref="PercentPredicted"/> instead.
/// </para>
/// <para>
/// <c>default</c> is 0 %, a valid value. Serialized in JSON as <c>{"value": 80, "unit": "%"}</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter<Percentage>))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Percentage : IQuantity<Percentage>, IComparable<Percentage>
{
    /// <summary>The largest accepted value, in % (100).</summary>
    public const decimal MaxValue = 100m;

    private const string Subject = "A percentage";

    private Percentage(decimal value) => Value = UnitConversion.Normalize(value);

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <inheritdoc/>
    /// <remarks>Always <see cref="QuantityUnit.Percent"/>.</remarks>
    public QuantityUnit Unit => QuantityUnit.Percent;

    /// <summary>Gets the accepted units: only <see cref="QuantityUnit.Percent"/>.</summary>
    public static IReadOnlyList<QuantityUnit> Units { get; } = [QuantityUnit.Percent];

    /// <summary>Creates a percentage from a value in percent.</summary>
    /// <param name="percent">The value; 0 to 100.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative or above 100.</exception>
    public static Percentage FromPercent(decimal percent) => Create(percent, QuantityUnit.Percent);

    /// <summary>Creates a percentage from a proportion between 0 and 1 (0.8 becomes 80 %); exact.</summary>
    /// <param name="proportion">The proportion; 0 to 1.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="proportion"/> is negative or above 1.</exception>
    public static Percentage FromProportion(decimal proportion) =>
        proportion is >= 0m and <= 1m
            ? new Percentage(proportion * 100m)
            : throw new ArgumentOutOfRangeException(nameof(proportion), $"A proportion must be between 0 and 1; got {QuantityRules.Format(proportion)}.");

    /// <summary>Creates a percentage.</summary>
    /// <param name="value">The value, in <paramref name="unit"/>; 0 to 100.</param>
    /// <param name="unit"><see cref="QuantityUnit.Percent"/>.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not <see cref="QuantityUnit.Percent"/>, or the value is outside 0 to 100; the message states the rule.</exception>
    public static Percentage Create(decimal value, QuantityUnit unit) =>
        Validate(value, unit) is { } error ? throw QuantityRules.Invalid(error, Units, unit) : new Percentage(value);

    /// <summary>Tries to create a percentage.</summary>
    /// <param name="value">The value, in <paramref name="unit"/>.</param>
    /// <param name="unit"><see cref="QuantityUnit.Percent"/>.</param>
    /// <param name="result">The percentage, or <c>default</c> when the input is invalid.</param>
    /// <returns><see langword="true"/> when the unit is accepted and the value is in range.</returns>
    public static bool TryCreate(decimal value, QuantityUnit unit, out Percentage result)
    {
        var valid = Validate(value, unit) is null;
        result = valid ? new Percentage(value) : default;
        return valid;
    }

    /// <summary>Gets the value as a proportion between 0 and 1 (80 % becomes 0.8); exact.</summary>
    /// <returns>The proportion.</returns>
    public decimal ToProportion() => UnitConversion.Normalize(Value / 100m);

    /// <summary>Compares two values.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is lower than, equal to or higher than <paramref name="other"/>.</returns>
    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    /// <inheritdoc/>
    public bool Equals(Percentage other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Returns the value and unit symbol, for example <c>80 %</c>, using the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => QuantityRules.Display(Value, Unit);

    /// <summary>Converts a percentage to a general <see cref="Quantity"/> with the same value and unit.</summary>
    /// <param name="value">The percentage.</param>
    public static explicit operator Quantity(Percentage value) => Quantity.Create(value.Value, value.Unit);

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is lower than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(Percentage left, Percentage right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is lower than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(Percentage left, Percentage right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is higher than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(Percentage left, Percentage right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is higher than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(Percentage left, Percentage right) => left.CompareTo(right) >= 0;

    static string? IQuantity<Percentage>.Validate(decimal value, QuantityUnit unit) => Validate(value, unit);

    private static string? Validate(decimal value, QuantityUnit unit) =>
        QuantityRules.CheckUnit(Subject, Units, unit) ?? QuantityRules.CheckRange(Subject, value, unit, 0m, MaxValue);
}
