using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A measured body temperature, in degrees Celsius (<c>Cel</c>) or Fahrenheit (<c>[degF]</c>).
/// </summary>
/// <remarks>
/// <para>
/// Range: 25 to 45 °C inclusive (77 to 113 °F). The window is meant for body temperatures as recorded in routine
/// clinical data, fever and hypothermia included; it rejects the typical slip of a Fahrenheit reading stored with the
/// Celsius unit (98.6 <c>Cel</c>) or the reverse (37 <c>[degF]</c>). It is a plausibility bound chosen by this library,
/// not a published physiological limit, and it leaves out extremes such as profound accidental hypothermia.
/// </para>
/// <para>
/// °F = °C × 1.8 + 32, which is exact in <see cref="decimal"/>; the reverse divides by 1.8 and can round in the 28th
/// significant digit (100 °F is 37.777… °C). Equality and ordering compare in degrees Celsius.
/// </para>
/// <para>
/// <c>default</c> is 0 °C: it is outside the valid range and no factory returns it; treat it as "not measured".
/// Serialized in JSON as <c>{"value": 38.2, "unit": "Cel"}</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter<Temperature>))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Temperature : IQuantity<Temperature>, IComparable<Temperature>
{
    /// <summary>The lowest accepted body temperature, in degrees Celsius (25).</summary>
    public const decimal MinCelsius = 25m;

    /// <summary>The highest accepted body temperature, in degrees Celsius (45).</summary>
    public const decimal MaxCelsius = 45m;

    private const string Subject = "A body temperature";
    private const decimal MinFahrenheit = (MinCelsius * 1.8m) + 32m;
    private const decimal MaxFahrenheit = (MaxCelsius * 1.8m) + 32m;

    private readonly QuantityUnit _unit;

    private Temperature(decimal value, QuantityUnit unit)
    {
        Value = UnitConversion.Normalize(value);
        _unit = unit;
    }

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <inheritdoc/>
    /// <remarks>Degrees Celsius for <c>default</c>.</remarks>
    public QuantityUnit Unit => _unit == 0 ? QuantityUnit.DegreeCelsius : _unit;

    /// <summary>Gets the accepted units: degree Celsius and degree Fahrenheit.</summary>
    public static IReadOnlyList<QuantityUnit> Units { get; } = [QuantityUnit.DegreeCelsius, QuantityUnit.DegreeFahrenheit];

    private decimal InCelsius => Unit == QuantityUnit.DegreeFahrenheit ? (Value - 32m) / 1.8m : Value;

    /// <summary>Creates a body temperature in degrees Celsius.</summary>
    /// <param name="celsius">The temperature; 25 to 45.</param>
    /// <returns>The temperature.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="celsius"/> is outside 25 to 45.</exception>
    public static Temperature Celsius(decimal celsius) => Create(celsius, QuantityUnit.DegreeCelsius);

    /// <summary>Creates a body temperature in degrees Fahrenheit.</summary>
    /// <param name="fahrenheit">The temperature; 77 to 113.</param>
    /// <returns>The temperature.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fahrenheit"/> is outside 77 to 113.</exception>
    public static Temperature Fahrenheit(decimal fahrenheit) => Create(fahrenheit, QuantityUnit.DegreeFahrenheit);

    /// <summary>Creates a body temperature.</summary>
    /// <param name="value">The temperature, in <paramref name="unit"/>.</param>
    /// <param name="unit"><see cref="QuantityUnit.DegreeCelsius"/> or <see cref="QuantityUnit.DegreeFahrenheit"/>.</param>
    /// <returns>The temperature.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a temperature unit, or the value is outside 25 to 45 °C (77 to 113 °F); the message states the rule.</exception>
    public static Temperature Create(decimal value, QuantityUnit unit) =>
        Validate(value, unit) is { } error ? throw QuantityRules.Invalid(error, Units, unit) : new Temperature(value, unit);

    /// <summary>Tries to create a body temperature.</summary>
    /// <param name="value">The temperature, in <paramref name="unit"/>.</param>
    /// <param name="unit"><see cref="QuantityUnit.DegreeCelsius"/> or <see cref="QuantityUnit.DegreeFahrenheit"/>.</param>
    /// <param name="result">The temperature, or <c>default</c> when the input is invalid.</param>
    /// <returns><see langword="true"/> when the unit is accepted and the value is in range.</returns>
    public static bool TryCreate(decimal value, QuantityUnit unit, out Temperature result)
    {
        var valid = Validate(value, unit) is null;
        result = valid ? new Temperature(value, unit) : default;
        return valid;
    }

    /// <summary>Expresses the temperature in degrees Celsius.</summary>
    /// <returns>The same temperature in °C.</returns>
    public Temperature ToCelsius() => ConvertTo(QuantityUnit.DegreeCelsius);

    /// <summary>Expresses the temperature in degrees Fahrenheit (exact).</summary>
    /// <returns>The same temperature in °F.</returns>
    public Temperature ToFahrenheit() => ConvertTo(QuantityUnit.DegreeFahrenheit);

    /// <summary>Expresses the temperature in another temperature unit.</summary>
    /// <param name="target"><see cref="QuantityUnit.DegreeCelsius"/> or <see cref="QuantityUnit.DegreeFahrenheit"/>.</param>
    /// <returns>The same temperature in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not a temperature unit.</exception>
    public Temperature ConvertTo(QuantityUnit target) =>
        TryConvertTo(target, out var result)
            ? result
            : throw new ArgumentOutOfRangeException(nameof(target), $"{Subject} converts only to {QuantityUnits.List(Units)}; got {QuantityUnits.Describe(target)}.");

    /// <summary>Tries to express the temperature in another unit.</summary>
    /// <param name="target">The unit wanted.</param>
    /// <param name="result">The converted temperature, or <c>default</c> when <paramref name="target"/> is not a temperature unit.</param>
    /// <returns><see langword="true"/> when <paramref name="target"/> is Celsius or Fahrenheit.</returns>
    public bool TryConvertTo(QuantityUnit target, out Temperature result)
    {
        if (QuantityRules.Contains(Units, target) && UnitConversion.TryConvert(Value, Unit, target, out var converted))
        {
            result = new Temperature(converted, target);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Compares the temperatures in degrees Celsius.</summary>
    /// <param name="other">The temperature to compare with.</param>
    /// <returns>Negative, zero or positive as this temperature is lower than, equal to or higher than <paramref name="other"/>.</returns>
    public int CompareTo(Temperature other) => InCelsius.CompareTo(other.InCelsius);

    /// <inheritdoc/>
    /// <remarks>Compares in degrees Celsius, whatever the units.</remarks>
    public bool Equals(Temperature other) => InCelsius == other.InCelsius;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Temperature other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => InCelsius.GetHashCode();

    /// <summary>Returns the value and unit symbol, for example <c>38.2 °C</c>, using the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => QuantityRules.Display(Value, Unit);

    /// <summary>Converts a temperature to a general <see cref="Quantity"/> with the same value and unit.</summary>
    /// <param name="temperature">The temperature.</param>
    public static explicit operator Quantity(Temperature temperature) => Quantity.Create(temperature.Value, temperature.Unit);

    /// <summary>Whether two temperatures are equal in degrees Celsius.</summary>
    /// <param name="left">The first temperature.</param>
    /// <param name="right">The second temperature.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Temperature left, Temperature right) => left.Equals(right);

    /// <summary>Whether two temperatures differ in degrees Celsius.</summary>
    /// <param name="left">The first temperature.</param>
    /// <param name="right">The second temperature.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Temperature left, Temperature right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is colder than <paramref name="right"/>.</summary>
    /// <param name="left">The first temperature.</param>
    /// <param name="right">The second temperature.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(Temperature left, Temperature right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is colder than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first temperature.</param>
    /// <param name="right">The second temperature.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(Temperature left, Temperature right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is warmer than <paramref name="right"/>.</summary>
    /// <param name="left">The first temperature.</param>
    /// <param name="right">The second temperature.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(Temperature left, Temperature right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is warmer than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first temperature.</param>
    /// <param name="right">The second temperature.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(Temperature left, Temperature right) => left.CompareTo(right) >= 0;

    static string? IQuantity<Temperature>.Validate(decimal value, QuantityUnit unit) => Validate(value, unit);

    private static string? Validate(decimal value, QuantityUnit unit) =>
        QuantityRules.CheckUnit(Subject, Units, unit) ?? (unit == QuantityUnit.DegreeFahrenheit
            ? QuantityRules.CheckRange(Subject, value, unit, MinFahrenheit, MaxFahrenheit, " (25 to 45 Cel)")
            : QuantityRules.CheckRange(Subject, value, unit, MinCelsius, MaxCelsius));
}
