using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A blood cell count in billions (10⁹) of cells per litre (<c>10*9/L</c>), such as leukocytes, neutrophils,
/// lymphocytes or platelets; from 0 to 1 000 inclusive.
/// </summary>
/// <remarks>
/// <para>
/// 10⁹/L is numerically the same as cells per nanolitre and as the customary "×10³/µL". The 1 000 ceiling is a
/// plausibility bound, not a clinical statement: larger numbers are treated as entry errors (for example a count per
/// microlitre typed into a 10⁹/L field).
/// </para>
/// <para>
/// <c>default</c> is 0 ×10⁹/L, a valid value. Serialized in JSON as <c>{"value": 4.2, "unit": "10*9/L"}</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter<CellCount>))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CellCount : IQuantity<CellCount>, IComparable<CellCount>
{
    /// <summary>The largest accepted value, in ×10⁹/L (1 000).</summary>
    public const decimal MaxValue = 1000m;

    private const string Subject = "A cell count";

    private CellCount(decimal value) => Value = UnitConversion.Normalize(value);

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <inheritdoc/>
    /// <remarks>Always <see cref="QuantityUnit.BillionPerLiter"/>.</remarks>
    public QuantityUnit Unit => QuantityUnit.BillionPerLiter;

    /// <summary>Gets the accepted units: only <see cref="QuantityUnit.BillionPerLiter"/>.</summary>
    public static IReadOnlyList<QuantityUnit> Units { get; } = [QuantityUnit.BillionPerLiter];

    /// <summary>Creates a cell count in billions of cells per litre.</summary>
    /// <param name="value">The count; 0 to 1 000.</param>
    /// <returns>The cell count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above 1 000.</exception>
    public static CellCount BillionsPerLiter(decimal value) => Create(value, QuantityUnit.BillionPerLiter);

    /// <summary>Creates a cell count.</summary>
    /// <param name="value">The value, in <paramref name="unit"/>; 0 to 1 000.</param>
    /// <param name="unit"><see cref="QuantityUnit.BillionPerLiter"/>.</param>
    /// <returns>The cell count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not <see cref="QuantityUnit.BillionPerLiter"/>, or the value is outside 0 to 1 000; the message states the rule.</exception>
    public static CellCount Create(decimal value, QuantityUnit unit) =>
        Validate(value, unit) is { } error ? throw QuantityRules.Invalid(error, Units, unit) : new CellCount(value);

    /// <summary>Tries to create a cell count.</summary>
    /// <param name="value">The value, in <paramref name="unit"/>.</param>
    /// <param name="unit"><see cref="QuantityUnit.BillionPerLiter"/>.</param>
    /// <param name="result">The cell count, or <c>default</c> when the input is invalid.</param>
    /// <returns><see langword="true"/> when the unit is accepted and the value is in range.</returns>
    public static bool TryCreate(decimal value, QuantityUnit unit, out CellCount result)
    {
        var valid = Validate(value, unit) is null;
        result = valid ? new CellCount(value) : default;
        return valid;
    }

    /// <summary>Compares two values.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is lower than, equal to or higher than <paramref name="other"/>.</returns>
    public int CompareTo(CellCount other) => Value.CompareTo(other.Value);

    /// <inheritdoc/>
    public bool Equals(CellCount other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CellCount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Returns the value and unit symbol, for example <c>4.2 ×10⁹/L</c>, using the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => QuantityRules.Display(Value, Unit);

    /// <summary>Converts a cell count to a general <see cref="Quantity"/> with the same value and unit.</summary>
    /// <param name="value">The cell count.</param>
    public static explicit operator Quantity(CellCount value) => Quantity.Create(value.Value, value.Unit);

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CellCount left, CellCount right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CellCount left, CellCount right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is lower than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(CellCount left, CellCount right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is lower than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(CellCount left, CellCount right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is higher than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(CellCount left, CellCount right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is higher than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(CellCount left, CellCount right) => left.CompareTo(right) >= 0;

    static string? IQuantity<CellCount>.Validate(decimal value, QuantityUnit unit) => Validate(value, unit);

    private static string? Validate(decimal value, QuantityUnit unit) =>
        QuantityRules.CheckUnit(Subject, Units, unit) ?? QuantityRules.CheckRange(Subject, value, unit, 0m, MaxValue);
}
