using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// An amount of a drug: absolute (<c>mg</c>, <c>g</c>, <c>ug</c>) or weight-based (<c>mg/kg</c>).
/// Create one with a named factory, for example <c>Dose.Milligrams(7.5m)</c>.
/// </summary>
/// <remarks>
/// <para>
/// Ranges, both inclusive: an absolute dose is 0 to <see cref="MaxMilligrams"/> (100 000 mg = 100 g) in milligram
/// terms; a weight-based dose is 0 to <see cref="MaxMilligramsPerKilogram"/> (1 000 mg/kg). Zero is allowed (a dose
/// held). The ceilings are plausibility checks, not maximum doses: they catch unit slips. A milligram amount recorded
/// with the unit <c>g</c> becomes a thousand times larger, so that slip on any dose above 100 mg lands beyond 100 g and
/// is rejected. The choice of ceiling is the library's own, not a published limit.
/// </para>
/// <para>
/// Absolute doses compare and equal each other in milligrams (<c>1 g</c> equals <c>1000 mg</c>); weight-based doses
/// compare with each other in mg/kg. An absolute and a weight-based dose are never equal, and
/// <see cref="CompareTo(Dose)"/> (and the <c>&lt;</c>, <c>&gt;</c> operators) throw for such a pair rather than invent an
/// order; convert first with <see cref="ForBodyWeight(BodyWeight)"/> or <see cref="PerKilogram(BodyWeight)"/>. All
/// arithmetic is <see cref="decimal"/>; conversions between mg, g and ug are exact.
/// </para>
/// <para>
/// <c>default</c> is 0 mg, a valid dose. Serialized in JSON as <c>{"value": 7.5, "unit": "mg"}</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter<Dose>))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Dose : IQuantity<Dose>, IComparable<Dose>
{
    /// <summary>The largest accepted absolute dose, in milligrams (100 000 mg = 100 g).</summary>
    public const decimal MaxMilligrams = 100_000m;

    /// <summary>The largest accepted weight-based dose, in milligrams per kilogram (1 000 mg/kg).</summary>
    public const decimal MaxMilligramsPerKilogram = 1_000m;

    private const string Subject = "A dose";
    private const string WeightBasedSubject = "A weight-based dose";

    private readonly QuantityUnit _unit;

    private Dose(decimal value, QuantityUnit unit)
    {
        Value = UnitConversion.Normalize(value);
        _unit = unit;
    }

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <inheritdoc/>
    /// <remarks>Milligrams for <c>default</c>.</remarks>
    public QuantityUnit Unit => _unit == 0 ? QuantityUnit.Milligram : _unit;

    /// <summary>Gets a value indicating whether the dose is per kilogram of body weight (<c>mg/kg</c>).</summary>
    public bool IsWeightBased => Unit == QuantityUnit.MilligramPerKilogram;

    /// <summary>Gets the accepted units: milligram, gram, microgram and milligram per kilogram.</summary>
    public static IReadOnlyList<QuantityUnit> Units { get; } =
        [QuantityUnit.Milligram, QuantityUnit.Gram, QuantityUnit.Microgram, QuantityUnit.MilligramPerKilogram];

    // Milligrams for an absolute dose, mg/kg for a weight-based one; multiplication by 1000 or 0.001 is exact.
    private decimal Canonical => Unit switch
    {
        QuantityUnit.Gram => Value * 1_000m,
        QuantityUnit.Microgram => Value * 0.001m,
        _ => Value,
    };

    /// <summary>Creates an absolute dose in milligrams.</summary>
    /// <param name="milligrams">The amount; 0 to 100 000.</param>
    /// <returns>The dose.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="milligrams"/> is negative or above 100 000.</exception>
    public static Dose Milligrams(decimal milligrams) => Create(milligrams, QuantityUnit.Milligram);

    /// <summary>Creates an absolute dose in grams.</summary>
    /// <param name="grams">The amount; 0 to 100.</param>
    /// <returns>The dose.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grams"/> is negative or above 100.</exception>
    public static Dose Grams(decimal grams) => Create(grams, QuantityUnit.Gram);

    /// <summary>Creates an absolute dose in micrograms.</summary>
    /// <param name="micrograms">The amount; 0 to 100 000 000.</param>
    /// <returns>The dose.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="micrograms"/> is negative or above 100 000 000.</exception>
    public static Dose Micrograms(decimal micrograms) => Create(micrograms, QuantityUnit.Microgram);

    /// <summary>Creates a weight-based dose in milligrams per kilogram of body weight.</summary>
    /// <param name="milligramsPerKilogram">The dose; 0 to 1 000.</param>
    /// <returns>The dose.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="milligramsPerKilogram"/> is negative or above 1 000.</exception>
    public static Dose MilligramsPerKilogram(decimal milligramsPerKilogram) =>
        Create(milligramsPerKilogram, QuantityUnit.MilligramPerKilogram);

    /// <summary>Creates a dose.</summary>
    /// <param name="value">The amount, in <paramref name="unit"/>.</param>
    /// <param name="unit">One of <see cref="Units"/>.</param>
    /// <returns>The dose.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a dose unit, or the amount is outside the range for its kind; the message states the rule.</exception>
    public static Dose Create(decimal value, QuantityUnit unit) =>
        Validate(value, unit) is { } error ? throw QuantityRules.Invalid(error, Units, unit) : new Dose(value, unit);

    /// <summary>Tries to create a dose.</summary>
    /// <param name="value">The amount, in <paramref name="unit"/>.</param>
    /// <param name="unit">One of <see cref="Units"/>.</param>
    /// <param name="result">The dose, or <c>default</c> when the input is invalid.</param>
    /// <returns><see langword="true"/> when the unit is accepted and the amount is in range.</returns>
    public static bool TryCreate(decimal value, QuantityUnit unit, out Dose result)
    {
        var valid = Validate(value, unit) is null;
        result = valid ? new Dose(value, unit) : default;
        return valid;
    }

    /// <summary>Expresses an absolute dose in milligrams (exact).</summary>
    /// <returns>The same dose in milligrams.</returns>
    /// <exception cref="InvalidOperationException">The dose is weight-based; use <see cref="ForBodyWeight(BodyWeight)"/> first.</exception>
    public Dose ToMilligrams() =>
        IsWeightBased
            ? throw new InvalidOperationException($"{this} is weight-based and has no milligram amount on its own; use {nameof(ForBodyWeight)} with the patient's body weight first.")
            : new Dose(Canonical, QuantityUnit.Milligram);

    /// <summary>Expresses the dose in another unit of the same kind (mg, g and ug convert exactly; mg/kg only to itself).</summary>
    /// <param name="target">The unit wanted.</param>
    /// <returns>The same dose in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not a unit this dose converts to.</exception>
    public Dose ConvertTo(QuantityUnit target) =>
        TryConvertTo(target, out var result)
            ? result
            : throw new ArgumentOutOfRangeException(nameof(target), $"{this} does not convert to {QuantityUnits.Describe(target)}; absolute doses convert among mg, g and ug, and a weight-based dose needs {nameof(ForBodyWeight)}.");

    /// <summary>Tries to express the dose in another unit of the same kind.</summary>
    /// <param name="target">The unit wanted.</param>
    /// <param name="result">The converted dose, or <c>default</c> when the conversion is not defined.</param>
    /// <returns><see langword="true"/> when both units are absolute (mg, g, ug) or both are mg/kg.</returns>
    public bool TryConvertTo(QuantityUnit target, out Dose result)
    {
        if (QuantityRules.Contains(Units, target) && UnitConversion.TryConvert(Value, Unit, target, out var converted))
        {
            result = new Dose(converted, target);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Turns a weight-based dose into the absolute amount for a patient: mg/kg × kg = mg.</summary>
    /// <param name="bodyWeight">The patient's body weight (pounds are converted exactly).</param>
    /// <returns>The absolute dose in milligrams.</returns>
    /// <exception cref="InvalidOperationException">This dose is not weight-based.</exception>
    /// <exception cref="ArgumentException"><paramref name="bodyWeight"/> is <c>default</c> (0 kg).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The product exceeds <see cref="MaxMilligrams"/>.</exception>
    public Dose ForBodyWeight(BodyWeight bodyWeight)
    {
        if (!IsWeightBased)
        {
            throw new InvalidOperationException($"{this} is already an absolute amount; only a mg/kg dose can be scaled by body weight.");
        }

        var milligrams = Value * RequireKilograms(bodyWeight);
        return milligrams <= MaxMilligrams
            ? new Dose(milligrams, QuantityUnit.Milligram)
            : throw new ArgumentOutOfRangeException(nameof(bodyWeight), $"{this} at {bodyWeight} gives {QuantityRules.Format(milligrams)} mg, above the {QuantityRules.Format(MaxMilligrams)} mg ceiling of a dose.");
    }

    /// <summary>Turns an absolute dose into a weight-based one for a patient: mg ÷ kg = mg/kg.</summary>
    /// <param name="bodyWeight">The patient's body weight (pounds are converted exactly).</param>
    /// <returns>The weight-based dose in mg/kg; the division can round in the 28th significant digit.</returns>
    /// <exception cref="InvalidOperationException">This dose is already weight-based.</exception>
    /// <exception cref="ArgumentException"><paramref name="bodyWeight"/> is <c>default</c> (0 kg).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The quotient exceeds <see cref="MaxMilligramsPerKilogram"/>.</exception>
    public Dose PerKilogram(BodyWeight bodyWeight)
    {
        if (IsWeightBased)
        {
            throw new InvalidOperationException($"{this} is already weight-based.");
        }

        var perKilogram = Canonical / RequireKilograms(bodyWeight);
        return perKilogram <= MaxMilligramsPerKilogram
            ? new Dose(perKilogram, QuantityUnit.MilligramPerKilogram)
            : throw new ArgumentOutOfRangeException(nameof(bodyWeight), $"{this} at {bodyWeight} gives {QuantityRules.Format(perKilogram)} mg/kg, above the {QuantityRules.Format(MaxMilligramsPerKilogram)} mg/kg ceiling of a weight-based dose.");
    }

    /// <summary>Compares two doses of the same kind: absolute doses in milligrams, weight-based doses in mg/kg.</summary>
    /// <param name="other">The dose to compare with.</param>
    /// <returns>Negative, zero or positive as this dose is smaller than, equal to or larger than <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentException">One dose is weight-based and the other is not; they have no order without a body weight.</exception>
    public int CompareTo(Dose other) =>
        IsWeightBased == other.IsWeightBased
            ? Canonical.CompareTo(other.Canonical)
            : throw new ArgumentException($"Cannot order {this} against {other}: one is weight-based (mg/kg) and the other absolute; convert with {nameof(ForBodyWeight)} or {nameof(PerKilogram)} first.", nameof(other));

    /// <inheritdoc/>
    /// <remarks>Absolute doses are equal when their milligram amounts are; a weight-based dose never equals an absolute one.</remarks>
    public bool Equals(Dose other) => IsWeightBased == other.IsWeightBased && Canonical == other.Canonical;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Dose other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsWeightBased, Canonical);

    /// <summary>Returns the amount and unit symbol, for example <c>7.5 mg</c> or <c>500 µg</c>, using the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => QuantityRules.Display(Value, Unit);

    /// <summary>Converts a dose to a general <see cref="Quantity"/> with the same value and unit.</summary>
    /// <param name="dose">The dose.</param>
    public static explicit operator Quantity(Dose dose) => Quantity.Create(dose.Value, dose.Unit);

    /// <summary>Whether two doses are equal (see <see cref="Equals(Dose)"/>).</summary>
    /// <param name="left">The first dose.</param>
    /// <param name="right">The second dose.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Dose left, Dose right) => left.Equals(right);

    /// <summary>Whether two doses differ (see <see cref="Equals(Dose)"/>).</summary>
    /// <param name="left">The first dose.</param>
    /// <param name="right">The second dose.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Dose left, Dose right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is smaller than <paramref name="right"/>.</summary>
    /// <param name="left">The first dose.</param>
    /// <param name="right">The second dose.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">One dose is weight-based and the other is not.</exception>
    public static bool operator <(Dose left, Dose right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is smaller than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first dose.</param>
    /// <param name="right">The second dose.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">One dose is weight-based and the other is not.</exception>
    public static bool operator <=(Dose left, Dose right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is larger than <paramref name="right"/>.</summary>
    /// <param name="left">The first dose.</param>
    /// <param name="right">The second dose.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">One dose is weight-based and the other is not.</exception>
    public static bool operator >(Dose left, Dose right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is larger than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first dose.</param>
    /// <param name="right">The second dose.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">One dose is weight-based and the other is not.</exception>
    public static bool operator >=(Dose left, Dose right) => left.CompareTo(right) >= 0;

    static string? IQuantity<Dose>.Validate(decimal value, QuantityUnit unit) => Validate(value, unit);

    private static string? Validate(decimal value, QuantityUnit unit) =>
        QuantityRules.CheckUnit(Subject, Units, unit) ?? unit switch
        {
            QuantityUnit.Gram => QuantityRules.CheckRange(Subject, value, unit, 0m, MaxMilligrams / 1_000m, " (100000 mg)"),
            QuantityUnit.Microgram => QuantityRules.CheckRange(Subject, value, unit, 0m, MaxMilligrams * 1_000m, " (100000 mg)"),
            QuantityUnit.MilligramPerKilogram => QuantityRules.CheckRange(WeightBasedSubject, value, unit, 0m, MaxMilligramsPerKilogram),
            _ => QuantityRules.CheckRange(Subject, value, unit, 0m, MaxMilligrams),
        };

    private static decimal RequireKilograms(BodyWeight bodyWeight) =>
        bodyWeight.IsDefault
            ? throw new ArgumentException("The body weight is the default value (0 kg), not a measurement.", nameof(bodyWeight))
            : bodyWeight.InKilograms;
}
