using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// The concentration of an analyte in a body fluid: a mass concentration (<c>ng/mL</c>, <c>ug/L</c>, <c>mg/L</c>,
/// <c>mg/dL</c>, <c>g/L</c>, <c>g/dL</c>), a substance concentration (<c>umol/L</c>) or an activity in international
/// units (<c>[IU]/mL</c>).
/// </summary>
/// <remarks>
/// <para>
/// Values are non-negative. The upper limits, 1 000 g/L for a mass concentration (1 000 000 000 ng/mL),
/// 1 000 000 000 µmol/L and 1 000 000 000 IU/mL, are guards against unit slips and arithmetic overflow, not clinical
/// limits: no analyte in a body fluid comes near a kilogram per litre.
/// </para>
/// <para>
/// Mass concentrations convert among themselves by fixed powers of ten (<see cref="ConvertTo(QuantityUnit)"/>).
/// Converting between mass and µmol/L depends on the analyte's molar mass, so it is only offered through
/// <see cref="ToMolar(Analyte)"/> and <see cref="ToMass(Analyte, QuantityUnit)"/>. International units are defined per
/// analyte by a reference preparation and never convert.
/// </para>
/// <para>
/// Mass concentrations compare and equal each other after conversion to ng/mL (<c>1 mg/dL</c> equals
/// <c>10 mg/L</c>). Concentrations of different kinds (mass, molar, IU) are never equal, and
/// <see cref="CompareTo(Concentration)"/> throws for such a pair. <c>default</c> is 0 mg/L, a valid concentration.
/// Serialized in JSON as <c>{"value": 1.2, "unit": "mg/dL"}</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter<Concentration>))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Concentration : IQuantity<Concentration>, IComparable<Concentration>
{
    /// <summary>The largest accepted mass concentration, in grams per litre (1 000).</summary>
    public const decimal MaxGramsPerLiter = 1_000m;

    /// <summary>The largest accepted substance concentration, in micromoles per litre (1 000 000 000, that is 1 000 mol/L).</summary>
    public const decimal MaxMicromolesPerLiter = 1_000_000_000m;

    /// <summary>The largest accepted activity, in international units per millilitre (1 000 000 000).</summary>
    public const decimal MaxInternationalUnitsPerMilliliter = 1_000_000_000m;

    private const string Subject = "A concentration";
    private const decimal MaxNanogramsPerMilliliter = MaxGramsPerLiter * 1_000_000m;

    private readonly QuantityUnit _unit;

    private Concentration(decimal value, QuantityUnit unit)
    {
        Value = UnitConversion.Normalize(value);
        _unit = unit;
    }

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <inheritdoc/>
    /// <remarks>Milligrams per litre for <c>default</c>.</remarks>
    public QuantityUnit Unit => _unit == 0 ? QuantityUnit.MilligramPerLiter : _unit;

    /// <summary>Gets a value indicating whether this is a mass concentration (ng/mL, ug/L, mg/L, mg/dL, g/L or g/dL).</summary>
    public bool IsMassConcentration => UnitConversion.GetDimension(Unit) == UnitDimension.MassConcentration;

    /// <summary>Gets the accepted units: the six mass-concentration units, micromole per litre and international unit per millilitre.</summary>
    public static IReadOnlyList<QuantityUnit> Units { get; } =
    [
        QuantityUnit.NanogramPerMilliliter, QuantityUnit.MicrogramPerLiter, QuantityUnit.MilligramPerLiter,
        QuantityUnit.MilligramPerDeciliter, QuantityUnit.GramPerLiter, QuantityUnit.GramPerDeciliter,
        QuantityUnit.MicromolePerLiter, QuantityUnit.InternationalUnitPerMilliliter,
    ];

    // Mass concentrations in ng/mL (multiplication by a power of ten: exact); other kinds as they are.
    private decimal Canonical => IsMassConcentration && UnitConversion.TryConvert(Value, Unit, QuantityUnit.NanogramPerMilliliter, out var ng) ? ng : Value;

    private UnitDimension Kind => UnitConversion.GetDimension(Unit);

    /// <summary>Creates a concentration in nanograms per millilitre.</summary>
    /// <param name="value">The concentration; 0 to 1 000 000 000.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    public static Concentration NanogramsPerMilliliter(decimal value) => Create(value, QuantityUnit.NanogramPerMilliliter);

    /// <summary>Creates a concentration in micrograms per litre.</summary>
    /// <param name="value">The concentration; 0 to 1 000 000 000.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    public static Concentration MicrogramsPerLiter(decimal value) => Create(value, QuantityUnit.MicrogramPerLiter);

    /// <summary>Creates a concentration in milligrams per litre.</summary>
    /// <param name="value">The concentration; 0 to 1 000 000.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    public static Concentration MilligramsPerLiter(decimal value) => Create(value, QuantityUnit.MilligramPerLiter);

    /// <summary>Creates a concentration in milligrams per decilitre.</summary>
    /// <param name="value">The concentration; 0 to 100 000.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    public static Concentration MilligramsPerDeciliter(decimal value) => Create(value, QuantityUnit.MilligramPerDeciliter);

    /// <summary>Creates a concentration in grams per litre.</summary>
    /// <param name="value">The concentration; 0 to 1 000.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    public static Concentration GramsPerLiter(decimal value) => Create(value, QuantityUnit.GramPerLiter);

    /// <summary>Creates a concentration in grams per decilitre.</summary>
    /// <param name="value">The concentration; 0 to 100.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    public static Concentration GramsPerDeciliter(decimal value) => Create(value, QuantityUnit.GramPerDeciliter);

    /// <summary>Creates a substance concentration in micromoles per litre.</summary>
    /// <param name="value">The concentration; 0 to 1 000 000 000.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    public static Concentration MicromolesPerLiter(decimal value) => Create(value, QuantityUnit.MicromolePerLiter);

    /// <summary>Creates an activity in international units per millilitre.</summary>
    /// <param name="value">The activity; 0 to 1 000 000 000.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    public static Concentration InternationalUnitsPerMilliliter(decimal value) => Create(value, QuantityUnit.InternationalUnitPerMilliliter);

    /// <summary>Creates a concentration.</summary>
    /// <param name="value">The concentration, in <paramref name="unit"/>.</param>
    /// <param name="unit">One of <see cref="Units"/>.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a concentration unit, or the value is negative or above the ceiling; the message states the rule.</exception>
    public static Concentration Create(decimal value, QuantityUnit unit) =>
        Validate(value, unit) is { } error ? throw QuantityRules.Invalid(error, Units, unit) : new Concentration(value, unit);

    /// <summary>Tries to create a concentration.</summary>
    /// <param name="value">The concentration, in <paramref name="unit"/>.</param>
    /// <param name="unit">One of <see cref="Units"/>.</param>
    /// <param name="result">The concentration, or <c>default</c> when the input is invalid.</param>
    /// <returns><see langword="true"/> when the unit is accepted and the value is in range.</returns>
    public static bool TryCreate(decimal value, QuantityUnit unit, out Concentration result)
    {
        var valid = Validate(value, unit) is null;
        result = valid ? new Concentration(value, unit) : default;
        return valid;
    }

    /// <summary>Expresses the concentration in another unit of the same kind, by a fixed factor (no analyte needed).</summary>
    /// <param name="target">The unit wanted; a mass-concentration unit for a mass concentration, otherwise the current unit.</param>
    /// <returns>The same concentration in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The conversion needs an analyte (use <see cref="ToMolar(Analyte)"/> or <see cref="ToMass(Analyte, QuantityUnit)"/>) or is not defined.</exception>
    public Concentration ConvertTo(QuantityUnit target) =>
        TryConvertTo(target, out var result)
            ? result
            : throw new ArgumentOutOfRangeException(nameof(target), $"{this} does not convert to {QuantityUnits.Describe(target)} by a fixed factor; mass and umol/L need an {nameof(Analyte)} ({nameof(ToMolar)}, {nameof(ToMass)}) and [IU]/mL never converts.");

    /// <summary>Tries to express the concentration in another unit of the same kind, by a fixed factor.</summary>
    /// <param name="target">The unit wanted.</param>
    /// <param name="result">The converted concentration, or <c>default</c> when the conversion is not a fixed factor.</param>
    /// <returns><see langword="true"/> when both units are mass concentrations, or the unit is unchanged.</returns>
    public bool TryConvertTo(QuantityUnit target, out Concentration result)
    {
        if (QuantityRules.Contains(Units, target) && UnitConversion.TryConvert(Value, Unit, target, out var converted))
        {
            result = new Concentration(converted, target);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Expresses the concentration in micromoles per litre, using the analyte's molar mass.</summary>
    /// <remarks>µmol/L = (ng/mL) ÷ (g/mol). For creatinine, 1 mg/dL gives 88.40 µmol/L. The division can round in the 28th significant digit.</remarks>
    /// <param name="analyte">The measured substance.</param>
    /// <returns>The concentration in µmol/L (unchanged when it already is).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyte"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The concentration is in international units, which never convert.</exception>
    public Concentration ToMolar(Analyte analyte)
    {
        ArgumentNullException.ThrowIfNull(analyte);
        return Kind switch
        {
            UnitDimension.SubstanceConcentration => this,
            UnitDimension.MassConcentration => new Concentration(Canonical / analyte.MolarMass, QuantityUnit.MicromolePerLiter),
            _ => throw NoConversionForInternationalUnits(),
        };
    }

    /// <summary>Expresses the concentration as a mass concentration in <paramref name="target"/>, using the analyte's molar mass when it is in µmol/L.</summary>
    /// <remarks>ng/mL = (µmol/L) × (g/mol). For creatinine, 88.4 µmol/L gives 0.9999808 mg/dL.</remarks>
    /// <param name="analyte">The measured substance (ignored when the concentration is already a mass concentration).</param>
    /// <param name="target">A mass-concentration unit.</param>
    /// <returns>The concentration in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyte"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not a mass-concentration unit, or the result exceeds <see cref="MaxGramsPerLiter"/>.</exception>
    /// <exception cref="InvalidOperationException">The concentration is in international units, which never convert.</exception>
    public Concentration ToMass(Analyte analyte, QuantityUnit target)
    {
        ArgumentNullException.ThrowIfNull(analyte);
        if (UnitConversion.GetDimension(target) != UnitDimension.MassConcentration)
        {
            throw new ArgumentOutOfRangeException(nameof(target), $"{nameof(ToMass)} needs a mass-concentration unit (ng/mL, ug/L, mg/L, mg/dL, g/L, g/dL); got {QuantityUnits.Describe(target)}.");
        }

        var nanogramsPerMilliliter = Kind switch
        {
            UnitDimension.MassConcentration => Canonical,
            UnitDimension.SubstanceConcentration => Value * analyte.MolarMass,
            _ => throw NoConversionForInternationalUnits(),
        };
        if (nanogramsPerMilliliter > MaxNanogramsPerMilliliter)
        {
            throw new ArgumentOutOfRangeException(nameof(analyte), $"{this} of {analyte} is {QuantityRules.Format(nanogramsPerMilliliter)} ng/mL, above the {QuantityRules.Format(MaxGramsPerLiter)} g/L ceiling of a concentration.");
        }

        _ = UnitConversion.TryConvert(nanogramsPerMilliliter, QuantityUnit.NanogramPerMilliliter, target, out var converted);
        return new Concentration(converted, target);
    }

    /// <summary>Compares two concentrations of the same kind (mass concentrations after conversion to ng/mL).</summary>
    /// <param name="other">The concentration to compare with.</param>
    /// <returns>Negative, zero or positive as this concentration is lower than, equal to or higher than <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentException">The two are of different kinds (mass, µmol/L, IU/mL) and have no fixed-factor order.</exception>
    public int CompareTo(Concentration other) =>
        Kind == other.Kind
            ? Canonical.CompareTo(other.Canonical)
            : throw new ArgumentException($"Cannot order {this} against {other}: they are different kinds of concentration; convert with {nameof(ToMolar)} or {nameof(ToMass)} first.", nameof(other));

    /// <inheritdoc/>
    /// <remarks>Mass concentrations are equal when equal in ng/mL; concentrations of different kinds are never equal.</remarks>
    public bool Equals(Concentration other) => Kind == other.Kind && Canonical == other.Canonical;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Concentration other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Canonical);

    /// <summary>Returns the value and unit symbol, for example <c>1.2 mg/dL</c> or <c>106 µmol/L</c>, using the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => QuantityRules.Display(Value, Unit);

    /// <summary>Converts a concentration to a general <see cref="Quantity"/> with the same value and unit.</summary>
    /// <param name="concentration">The concentration.</param>
    public static explicit operator Quantity(Concentration concentration) => Quantity.Create(concentration.Value, concentration.Unit);

    /// <summary>Whether two concentrations are equal (see <see cref="Equals(Concentration)"/>).</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Concentration left, Concentration right) => left.Equals(right);

    /// <summary>Whether two concentrations differ (see <see cref="Equals(Concentration)"/>).</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Concentration left, Concentration right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is lower than <paramref name="right"/>.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">The two are of different kinds.</exception>
    public static bool operator <(Concentration left, Concentration right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is lower than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">The two are of different kinds.</exception>
    public static bool operator <=(Concentration left, Concentration right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is higher than <paramref name="right"/>.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">The two are of different kinds.</exception>
    public static bool operator >(Concentration left, Concentration right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is higher than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">The two are of different kinds.</exception>
    public static bool operator >=(Concentration left, Concentration right) => left.CompareTo(right) >= 0;

    static string? IQuantity<Concentration>.Validate(decimal value, QuantityUnit unit) => Validate(value, unit);

    private static string? Validate(decimal value, QuantityUnit unit) =>
        QuantityRules.CheckUnit(Subject, Units, unit) ?? unit switch
        {
            QuantityUnit.MicromolePerLiter => QuantityRules.CheckRange(Subject, value, unit, 0m, MaxMicromolesPerLiter),
            QuantityUnit.InternationalUnitPerMilliliter => QuantityRules.CheckRange(Subject, value, unit, 0m, MaxInternationalUnitsPerMilliliter),
            QuantityUnit.GramPerLiter => QuantityRules.CheckRange(Subject, value, unit, 0m, MaxGramsPerLiter),
            _ => QuantityRules.CheckRange(Subject, value, unit, 0m, MaxInUnit(unit), " (1000 g/L)"),
        };

    // The mass ceiling expressed in a mass-concentration unit; 1000 g/L converts exactly into each of them.
    private static decimal MaxInUnit(QuantityUnit unit)
    {
        _ = UnitConversion.TryConvert(MaxGramsPerLiter, QuantityUnit.GramPerLiter, unit, out var max);
        return max;
    }

    private static InvalidOperationException NoConversionForInternationalUnits() =>
        new("A concentration in [IU]/mL never converts: an international unit is defined per analyte by a reference preparation, not by mass or amount of substance.");
}
