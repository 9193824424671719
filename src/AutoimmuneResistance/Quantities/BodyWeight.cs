using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A patient's body weight, in kilograms (<c>kg</c>) or avoirdupois pounds (<c>[lb_av]</c>); used to turn weight-based
/// doses (<c>mg/kg</c>) into amounts and back (see <see cref="Dose.ForBodyWeight(BodyWeight)"/>).
/// </summary>
/// <remarks>
/// <para>
/// Range: greater than 0 and at most <see cref="MaxKilograms"/> (650 kg, about 1433 lb). The ceiling is a plausibility
/// bound, not a clinical statement: a larger number is treated as an entry error (for example grams typed as kilograms). One pound is exactly 0.45359237 kg (the international avoirdupois pound), so pounds convert to
/// kilograms exactly; kilograms to pounds is a division and can round in the 28th significant digit.
/// </para>
/// <para>
/// Equality and ordering compare the weights in kilograms, so <c>1 [lb_av]</c> equals <c>0.45359237 kg</c>.
/// <c>default</c> is 0 kg: it is outside the valid range, no factory returns it, and methods that take a body weight
/// reject it. Serialized in JSON as <c>{"value": 70, "unit": "kg"}</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter<BodyWeight>))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct BodyWeight : IQuantity<BodyWeight>, IComparable<BodyWeight>
{
    /// <summary>The largest accepted body weight, in kilograms (650).</summary>
    public const decimal MaxKilograms = 650m;

    private const string Subject = "A body weight";

    // The largest weight in pounds: the same division ToPounds() performs, so converting MaxKilograms stays in range.
    private static readonly decimal MaxPounds = UnitConversion.Normalize(MaxKilograms / UnitConversion.KilogramsPerPound);

    private readonly QuantityUnit _unit;

    private BodyWeight(decimal value, QuantityUnit unit)
    {
        Value = UnitConversion.Normalize(value);
        _unit = unit;
    }

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <inheritdoc/>
    /// <remarks>Kilograms for <c>default</c>.</remarks>
    public QuantityUnit Unit => _unit == 0 ? QuantityUnit.Kilogram : _unit;

    /// <summary>Gets the accepted units: kilogram and pound.</summary>
    public static IReadOnlyList<QuantityUnit> Units { get; } = [QuantityUnit.Kilogram, QuantityUnit.Pound];

    /// <summary>Gets the weight in kilograms, as a number (exact for pounds).</summary>
    internal decimal InKilograms => Unit == QuantityUnit.Pound ? Value * UnitConversion.KilogramsPerPound : Value;

    /// <summary>Gets a value indicating whether this is <c>default</c> (0 kg), which no factory returns.</summary>
    internal bool IsDefault => Value == 0m;

    /// <summary>Creates a body weight in kilograms.</summary>
    /// <param name="kilograms">The weight; greater than 0 and at most 650.</param>
    /// <returns>The body weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kilograms"/> is 0 or less, or above 650.</exception>
    public static BodyWeight Kilograms(decimal kilograms) => Create(kilograms, QuantityUnit.Kilogram);

    /// <summary>Creates a body weight in avoirdupois pounds.</summary>
    /// <param name="pounds">The weight; greater than 0 and at most the equivalent of 650 kg (about 1433 lb).</param>
    /// <returns>The body weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pounds"/> is 0 or less, or above the 650 kg equivalent.</exception>
    public static BodyWeight Pounds(decimal pounds) => Create(pounds, QuantityUnit.Pound);

    /// <summary>Creates a body weight.</summary>
    /// <param name="value">The weight, in <paramref name="unit"/>.</param>
    /// <param name="unit"><see cref="QuantityUnit.Kilogram"/> or <see cref="QuantityUnit.Pound"/>.</param>
    /// <returns>The body weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not accepted, or the weight is not in (0, 650 kg]; the message states the rule.</exception>
    public static BodyWeight Create(decimal value, QuantityUnit unit) =>
        Validate(value, unit) is { } error ? throw QuantityRules.Invalid(error, Units, unit) : new BodyWeight(value, unit);

    /// <summary>Tries to create a body weight.</summary>
    /// <param name="value">The weight, in <paramref name="unit"/>.</param>
    /// <param name="unit"><see cref="QuantityUnit.Kilogram"/> or <see cref="QuantityUnit.Pound"/>.</param>
    /// <param name="result">The body weight, or <c>default</c> when the input is invalid.</param>
    /// <returns><see langword="true"/> when the unit is accepted and the weight is in range.</returns>
    public static bool TryCreate(decimal value, QuantityUnit unit, out BodyWeight result)
    {
        var valid = Validate(value, unit) is null;
        result = valid ? new BodyWeight(value, unit) : default;
        return valid;
    }

    /// <summary>Expresses this weight in kilograms (exact).</summary>
    /// <returns>The same weight in kilograms.</returns>
    public BodyWeight ToKilograms() => ConvertTo(QuantityUnit.Kilogram);

    /// <summary>Expresses this weight in pounds (a division by 0.45359237; may round in the 28th significant digit).</summary>
    /// <returns>The same weight in pounds.</returns>
    public BodyWeight ToPounds() => ConvertTo(QuantityUnit.Pound);

    /// <summary>Expresses this weight in another accepted unit.</summary>
    /// <param name="target"><see cref="QuantityUnit.Kilogram"/> or <see cref="QuantityUnit.Pound"/>.</param>
    /// <returns>The same weight in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not a body-weight unit.</exception>
    public BodyWeight ConvertTo(QuantityUnit target) =>
        TryConvertTo(target, out var result)
            ? result
            : throw new ArgumentOutOfRangeException(nameof(target), $"{Subject} converts only to {QuantityUnits.List(Units)}; got {QuantityUnits.Describe(target)}.");

    /// <summary>Tries to express this weight in another unit.</summary>
    /// <param name="target">The unit wanted.</param>
    /// <param name="result">The converted weight, or <c>default</c> when <paramref name="target"/> is not a body-weight unit.</param>
    /// <returns><see langword="true"/> when <paramref name="target"/> is kilogram or pound.</returns>
    public bool TryConvertTo(QuantityUnit target, out BodyWeight result)
    {
        if (QuantityRules.Contains(Units, target) && UnitConversion.TryConvert(Value, Unit, target, out var converted))
        {
            // Rounding in the last digit must not push a converted maximum past the bound of the target unit.
            var max = target == QuantityUnit.Pound ? MaxPounds : MaxKilograms;
            result = new BodyWeight(Math.Min(converted, max), target);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Compares the weights in kilograms.</summary>
    /// <param name="other">The weight to compare with.</param>
    /// <returns>Negative, zero or positive as this weight is lighter than, equal to or heavier than <paramref name="other"/>.</returns>
    public int CompareTo(BodyWeight other) => InKilograms.CompareTo(other.InKilograms);

    /// <inheritdoc/>
    /// <remarks>Compares the weights in kilograms, whatever their units.</remarks>
    public bool Equals(BodyWeight other) => InKilograms == other.InKilograms;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BodyWeight other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => InKilograms.GetHashCode();

    /// <summary>Returns the value and unit symbol, for example <c>70 kg</c>, using the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => QuantityRules.Display(Value, Unit);

    /// <summary>Converts a body weight to a general <see cref="Quantity"/> with the same value and unit.</summary>
    /// <param name="weight">The body weight.</param>
    public static explicit operator Quantity(BodyWeight weight) => Quantity.Create(weight.Value, weight.Unit);

    /// <summary>Whether two weights are equal in kilograms.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BodyWeight left, BodyWeight right) => left.Equals(right);

    /// <summary>Whether two weights differ in kilograms.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(BodyWeight left, BodyWeight right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is lighter than <paramref name="right"/>.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(BodyWeight left, BodyWeight right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is lighter than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(BodyWeight left, BodyWeight right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is heavier than <paramref name="right"/>.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(BodyWeight left, BodyWeight right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is heavier than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(BodyWeight left, BodyWeight right) => left.CompareTo(right) >= 0;

    static string? IQuantity<BodyWeight>.Validate(decimal value, QuantityUnit unit) => Validate(value, unit);

    private static string? Validate(decimal value, QuantityUnit unit)
    {
        if (QuantityRules.CheckUnit(Subject, Units, unit) is { } unitError)
        {
            return unitError;
        }

        var max = unit == QuantityUnit.Pound ? MaxPounds : MaxKilograms;
        if (value > 0m && value <= max)
        {
            return null;
        }

        var bound = unit == QuantityUnit.Pound
            ? $"650 kg (about {QuantityRules.Format(Math.Round(MaxPounds, 1), unit)})"
            : QuantityRules.Format(MaxKilograms, unit);
        return $"{Subject} must be greater than 0 and at most {bound}; got {QuantityRules.Format(value, unit)}.";
    }
}
