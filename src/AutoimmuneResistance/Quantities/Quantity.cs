using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A general measured value with a unit, such as the result of a laboratory observation (<c>1.2 mg/dL</c>,
/// <c>4.1 10*9/L</c>, <c>38.2 Cel</c>).
/// </summary>
/// <remarks>
/// <para>
/// Accepts every <see cref="QuantityUnit"/>. Values are non-negative, except temperatures, which may be negative down to
/// absolute zero (−273.15 °C, −459.67 °F). There is no upper limit; the typed quantities (<see cref="Dose"/>,
/// <see cref="Concentration"/>, <see cref="BodyWeight"/>, …) add ranges. <see cref="Value"/> is stored without trailing
/// zeros, so <c>7.50 mg</c> is kept, printed and serialized as <c>7.5 mg</c>.
/// </para>
/// <para>
/// Equality is by unit and numeric value: <c>1 g</c> is not equal to <c>1000 mg</c>. Use
/// <see cref="TryConvertTo(QuantityUnit, out Quantity)"/> to put two quantities in the same unit first.
/// </para>
/// <para>
/// <c>default</c> is the unspecified quantity: <see cref="Value"/> is 0, <see cref="Unit"/> is <c>0</c> (not a defined
/// member), <see cref="IsSpecified"/> is <see langword="false"/>, no conversion succeeds and it cannot be serialized.
/// Serialized in JSON as <c>{"value": 1.2, "unit": "mg/dL"}</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter<Quantity>))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Quantity : IQuantity<Quantity>
{
    private const decimal AbsoluteZeroCelsius = -273.15m;
    private const decimal AbsoluteZeroFahrenheit = -459.67m;

    private Quantity(decimal value, QuantityUnit unit)
    {
        Value = UnitConversion.Normalize(value);
        Unit = unit;
    }

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <inheritdoc/>
    public QuantityUnit Unit { get; }

    /// <summary>Gets a value indicating whether this quantity came from a factory (is not <c>default</c>).</summary>
    public bool IsSpecified => Unit != 0;

    /// <summary>Gets every defined unit, in declaration order.</summary>
    public static IReadOnlyList<QuantityUnit> Units { get; } =
    [
        QuantityUnit.Milligram, QuantityUnit.Gram, QuantityUnit.Microgram, QuantityUnit.MilligramPerKilogram,
        QuantityUnit.NanogramPerMilliliter, QuantityUnit.MicrogramPerLiter, QuantityUnit.MilligramPerLiter,
        QuantityUnit.MilligramPerDeciliter, QuantityUnit.GramPerLiter, QuantityUnit.GramPerDeciliter,
        QuantityUnit.MicromolePerLiter, QuantityUnit.InternationalUnitPerMilliliter, QuantityUnit.GramPer24Hours,
        QuantityUnit.MilligramPerMillimole, QuantityUnit.GramPerGram, QuantityUnit.Percent, QuantityUnit.BillionPerLiter,
        QuantityUnit.DegreeCelsius, QuantityUnit.DegreeFahrenheit, QuantityUnit.Kilogram, QuantityUnit.Pound,
        QuantityUnit.MilliliterPerMinutePer1_73SquareMeter, QuantityUnit.PerHighPowerField,
        QuantityUnit.MillimeterOfMercury, QuantityUnit.PicogramPerMilliliter, QuantityUnit.UnitPerLiter, QuantityUnit.Meter,
    ];

    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The numeric value, in <paramref name="unit"/>.</param>
    /// <param name="unit">A defined unit.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="unit"/> is not a defined member, or <paramref name="value"/> is negative for a non-temperature unit
    /// or below absolute zero for a temperature; the message states the rule.
    /// </exception>
    public static Quantity Create(decimal value, QuantityUnit unit) =>
        Validate(value, unit) is { } error ? throw QuantityRules.Invalid(error, Units, unit) : new Quantity(value, unit);

    /// <summary>Tries to create a quantity.</summary>
    /// <param name="value">The numeric value, in <paramref name="unit"/>.</param>
    /// <param name="unit">A defined unit.</param>
    /// <param name="result">The quantity, or <c>default</c> when the input breaks a rule of <see cref="Create(decimal, QuantityUnit)"/>.</param>
    /// <returns><see langword="true"/> when the quantity was created.</returns>
    public static bool TryCreate(decimal value, QuantityUnit unit, out Quantity result)
    {
        result = Validate(value, unit) is null ? new Quantity(value, unit) : default;
        return result.IsSpecified;
    }

    /// <summary>
    /// Tries to express this quantity in another unit, when the conversion is a fixed factor within one dimension:
    /// mass (<c>mg</c>, <c>g</c>, <c>ug</c>); mass concentration (<c>ng/mL</c> = <c>ug/L</c>, <c>mg/L</c>,
    /// <c>mg/dL</c>, <c>g/L</c>, <c>g/dL</c>); temperature (<c>Cel</c>, <c>[degF]</c>); body weight (<c>kg</c>,
    /// <c>[lb_av]</c>, 1 lb = 0.45359237 kg exactly).
    /// </summary>
    /// <remarks>
    /// Conversions that depend on the analyte (mass to <c>umol/L</c>, <c>g/g</c> to <c>mg/mmol</c>) or that have no fixed
    /// factor (<c>[IU]/mL</c>, <c>g/(24.h)</c> to a ratio) are refused; use <see cref="Concentration"/> or
    /// <see cref="Proteinuria"/> for those. Kilograms do not convert to dose units, which keeps a body weight from being
    /// read as a dose. Converting to the same unit always succeeds. Division can round in the 28th significant digit.
    /// </remarks>
    /// <param name="target">The unit wanted.</param>
    /// <param name="result">The converted quantity, or <c>default</c> when the conversion is refused.</param>
    /// <returns><see langword="true"/> when the conversion is defined and its result fits in a <see cref="decimal"/>.</returns>
    public bool TryConvertTo(QuantityUnit target, out Quantity result)
    {
        if (IsSpecified && UnitConversion.TryConvert(Value, Unit, target, out var converted))
        {
            result = new Quantity(converted, target);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(Quantity other) => Unit == other.Unit && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Unit, Value);

    /// <summary>Returns the value and unit symbol, for example <c>1.2 mg/dL</c>, using the invariant culture.</summary>
    /// <returns>The text; <c>0 (no unit)</c> for <c>default</c>.</returns>
    public override string ToString() => IsSpecified ? QuantityRules.Display(Value, Unit) : "0 (no unit)";

    /// <summary>Compares two quantities for equality of unit and value.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when both have the same unit and numeric value.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Compares two quantities for inequality of unit or value.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when the units or the numeric values differ.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    static string? IQuantity<Quantity>.Validate(decimal value, QuantityUnit unit) => Validate(value, unit);

    private static string? Validate(decimal value, QuantityUnit unit)
    {
        if (!QuantityUnits.IsDefined(unit))
        {
            return $"A quantity needs a defined unit; got {QuantityUnits.Describe(unit)}.";
        }

        var min = unit switch
        {
            QuantityUnit.DegreeCelsius => AbsoluteZeroCelsius,
            QuantityUnit.DegreeFahrenheit => AbsoluteZeroFahrenheit,
            _ => 0m,
        };
        if (value >= min)
        {
            return null;
        }

        return min == 0m
            ? $"A quantity in {QuantityUnits.ToUcum(unit)} must be 0 or more; got {QuantityRules.Format(value, unit)}."
            : $"A temperature must be at or above absolute zero ({QuantityRules.Format(min, unit)}); got {QuantityRules.Format(value, unit)}.";
    }
}
