using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Urine protein: either a timed 24-hour excretion (<c>g/(24.h)</c>) or a spot urine protein-to-creatinine ratio (UPCR)
/// in <c>mg/mmol</c> or <c>g/g</c>.
/// </summary>
/// <remarks>
/// <para>
/// Range: 0 to 50 g/24 h, or 0 to 50 g/g (5 656 mg/mmol) for a ratio, both inclusive. The ceiling is a plausibility
/// bound, not a clinical statement: a larger number is treated as an entry error, typically milligrams recorded as grams.
/// </para>
/// <para>
/// The two ratio units convert through the molar mass of creatinine, 113.12 g/mol (<see cref="Analyte.Creatinine"/>):
/// one gram of protein per gram of creatinine is one milligram per milligram, and a millimole of creatinine weighs
/// 113.12 mg, so 1 g/g = 113.12 mg/mmol. Given that molar mass the conversion is exact (only the reverse division can round
/// in the 28th significant digit): 0.5 g/g is 56.56 mg/mmol. Guidelines round instead; KDIGO 2024 pairs 0.5 g/g with
/// 50 mg/mmol and 3 g/g with 300 mg/mmol (clinical-reference §10.2), so a rule taken from a guideline should compare in
/// the unit the guideline states.
/// </para>
/// <para>
/// A 24-hour excretion never converts to a ratio, nor a ratio to a 24-hour excretion: a spot ratio is a surrogate that
/// only estimates daily excretion, and the two diverge for a given patient because daily creatinine output differs
/// between people. Comparing the two kinds therefore throws; they are never equal. Ratios compare and equal each other in
/// mg/mmol.
/// </para>
/// <para>
/// <c>default</c> is 0 g/24 h, a valid value. Serialized in JSON as <c>{"value": 0.5, "unit": "g/g"}</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter<Proteinuria>))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Proteinuria : IQuantity<Proteinuria>, IComparable<Proteinuria>
{
    /// <summary>The largest accepted 24-hour excretion, in grams per 24 hours (50).</summary>
    public const decimal MaxGramsPer24Hours = 50m;

    /// <summary>The largest accepted protein-to-creatinine ratio, in grams per gram (50).</summary>
    public const decimal MaxGramsPerGram = 50m;

    /// <summary>The largest accepted protein-to-creatinine ratio, in milligrams per millimole (5 656, that is 50 × 113.12).</summary>
    public const decimal MaxMilligramsPerMillimole = 5_656m;

    private const string Subject = "A proteinuria value";

    private readonly QuantityUnit _unit;

    private Proteinuria(decimal value, QuantityUnit unit)
    {
        Value = UnitConversion.Normalize(value);
        _unit = unit;
    }

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <inheritdoc/>
    /// <remarks>Grams per 24 hours for <c>default</c>.</remarks>
    public QuantityUnit Unit => _unit == 0 ? QuantityUnit.GramPer24Hours : _unit;

    /// <summary>Gets a value indicating whether this is a spot protein-to-creatinine ratio (mg/mmol or g/g) rather than a 24-hour excretion.</summary>
    public bool IsRatio => Unit != QuantityUnit.GramPer24Hours;

    /// <summary>Gets the accepted units: gram per 24 hours, milligram per millimole and gram per gram.</summary>
    public static IReadOnlyList<QuantityUnit> Units { get; } =
        [QuantityUnit.GramPer24Hours, QuantityUnit.MilligramPerMillimole, QuantityUnit.GramPerGram];

    private static decimal CreatinineMolarMass => Analyte.Creatinine.MolarMass;

    // Ratios in mg/mmol (multiplication by 113.12: exact); a 24-hour excretion in g/24 h.
    private decimal Canonical => Unit == QuantityUnit.GramPerGram ? Value * CreatinineMolarMass : Value;

    /// <summary>Creates a 24-hour urine protein excretion.</summary>
    /// <param name="value">Grams of protein per 24 hours; 0 to 50.</param>
    /// <returns>The proteinuria.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above 50.</exception>
    public static Proteinuria GramsPer24Hours(decimal value) => Create(value, QuantityUnit.GramPer24Hours);

    /// <summary>Creates a protein-to-creatinine ratio in milligrams per millimole.</summary>
    /// <param name="value">The ratio; 0 to 5 656.</param>
    /// <returns>The proteinuria.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above 5 656.</exception>
    public static Proteinuria MilligramsPerMillimole(decimal value) => Create(value, QuantityUnit.MilligramPerMillimole);

    /// <summary>Creates a protein-to-creatinine ratio in grams per gram.</summary>
    /// <param name="value">The ratio; 0 to 50.</param>
    /// <returns>The proteinuria.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above 50.</exception>
    public static Proteinuria GramsPerGram(decimal value) => Create(value, QuantityUnit.GramPerGram);

    /// <summary>Creates a proteinuria value.</summary>
    /// <param name="value">The value, in <paramref name="unit"/>.</param>
    /// <param name="unit">One of <see cref="Units"/>.</param>
    /// <returns>The proteinuria.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a proteinuria unit, or the value is negative or above the ceiling; the message states the rule.</exception>
    public static Proteinuria Create(decimal value, QuantityUnit unit) =>
        Validate(value, unit) is { } error ? throw QuantityRules.Invalid(error, Units, unit) : new Proteinuria(value, unit);

    /// <summary>Tries to create a proteinuria value.</summary>
    /// <param name="value">The value, in <paramref name="unit"/>.</param>
    /// <param name="unit">One of <see cref="Units"/>.</param>
    /// <param name="result">The proteinuria, or <c>default</c> when the input is invalid.</param>
    /// <returns><see langword="true"/> when the unit is accepted and the value is in range.</returns>
    public static bool TryCreate(decimal value, QuantityUnit unit, out Proteinuria result)
    {
        var valid = Validate(value, unit) is null;
        result = valid ? new Proteinuria(value, unit) : default;
        return valid;
    }

    /// <summary>Expresses a ratio in the other ratio unit (1 g/g = 113.12 mg/mmol), or returns the value unchanged for its own unit.</summary>
    /// <param name="target">The unit wanted.</param>
    /// <returns>The same proteinuria in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The conversion would cross between a 24-hour excretion and a ratio, or <paramref name="target"/> is not a proteinuria unit.</exception>
    public Proteinuria ConvertTo(QuantityUnit target) =>
        TryConvertTo(target, out var result)
            ? result
            : throw new ArgumentOutOfRangeException(nameof(target), $"{this} does not convert to {QuantityUnits.Describe(target)}; only mg/mmol and g/g convert into each other, because a spot ratio only estimates a 24-hour excretion.");

    /// <summary>Tries to express the proteinuria in another unit.</summary>
    /// <param name="target">The unit wanted.</param>
    /// <param name="result">The converted proteinuria, or <c>default</c> when the conversion is not defined.</param>
    /// <returns><see langword="true"/> when both units are ratios, or the unit is unchanged.</returns>
    public bool TryConvertTo(QuantityUnit target, out Proteinuria result)
    {
        decimal? converted = (Unit, target) switch
        {
            _ when Unit == target && QuantityRules.Contains(Units, target) => Value,
            (QuantityUnit.GramPerGram, QuantityUnit.MilligramPerMillimole) => Value * CreatinineMolarMass,
            (QuantityUnit.MilligramPerMillimole, QuantityUnit.GramPerGram) => Value / CreatinineMolarMass,
            _ => null,
        };
        result = converted is { } value ? new Proteinuria(value, target) : default;
        return converted is not null;
    }

    /// <summary>Compares two values of the same kind: ratios in mg/mmol, 24-hour excretions in g/24 h.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is lower than, equal to or higher than <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentException">One is a ratio and the other a 24-hour excretion.</exception>
    public int CompareTo(Proteinuria other) =>
        IsRatio == other.IsRatio
            ? Canonical.CompareTo(other.Canonical)
            : throw new ArgumentException($"Cannot order {this} against {other}: a spot protein-to-creatinine ratio only estimates a 24-hour excretion, so the two are not compared.", nameof(other));

    /// <inheritdoc/>
    /// <remarks>Ratios are equal when equal in mg/mmol; a ratio never equals a 24-hour excretion.</remarks>
    public bool Equals(Proteinuria other) => IsRatio == other.IsRatio && Canonical == other.Canonical;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Proteinuria other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsRatio, Canonical);

    /// <summary>Returns the value and unit symbol, for example <c>0.5 g/g</c> or <c>1.2 g/24 h</c>, using the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => QuantityRules.Display(Value, Unit);

    /// <summary>Converts a proteinuria value to a general <see cref="Quantity"/> with the same value and unit.</summary>
    /// <param name="proteinuria">The proteinuria.</param>
    public static explicit operator Quantity(Proteinuria proteinuria) => Quantity.Create(proteinuria.Value, proteinuria.Unit);

    /// <summary>Whether two values are equal (see <see cref="Equals(Proteinuria)"/>).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Proteinuria left, Proteinuria right) => left.Equals(right);

    /// <summary>Whether two values differ (see <see cref="Equals(Proteinuria)"/>).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Proteinuria left, Proteinuria right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is lower than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">One is a ratio and the other a 24-hour excretion.</exception>
    public static bool operator <(Proteinuria left, Proteinuria right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is lower than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">One is a ratio and the other a 24-hour excretion.</exception>
    public static bool operator <=(Proteinuria left, Proteinuria right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is higher than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">One is a ratio and the other a 24-hour excretion.</exception>
    public static bool operator >(Proteinuria left, Proteinuria right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is higher than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">One is a ratio and the other a 24-hour excretion.</exception>
    public static bool operator >=(Proteinuria left, Proteinuria right) => left.CompareTo(right) >= 0;

    static string? IQuantity<Proteinuria>.Validate(decimal value, QuantityUnit unit) => Validate(value, unit);

    private static string? Validate(decimal value, QuantityUnit unit) =>
        QuantityRules.CheckUnit(Subject, Units, unit) ?? unit switch
        {
            QuantityUnit.MilligramPerMillimole => QuantityRules.CheckRange("A protein-to-creatinine ratio", value, unit, 0m, MaxMilligramsPerMillimole, " (50 g/g)"),
            QuantityUnit.GramPerGram => QuantityRules.CheckRange("A protein-to-creatinine ratio", value, unit, 0m, MaxGramsPerGram),
            _ => QuantityRules.CheckRange("A 24-hour urine protein", value, unit, 0m, MaxGramsPer24Hours),
        };
}
