using System.Diagnostics;
using System.Globalization;

namespace AutoimmuneResistance;

/// <summary>
/// A measured substance with its molar mass, which is what a conversion between a mass concentration (mg/dL) and a
/// substance concentration (µmol/L) depends on. See <see cref="Concentration.ToMolar(Analyte)"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Two analytes are equal when their names (compared ordinally) and molar masses are equal.
/// The molar mass must lie between <see cref="MinMolarMass"/> and <see cref="MaxMolarMass"/> g/mol, which covers
/// everything from small molecules to large proteins and keeps conversions inside <see cref="decimal"/> range.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Analyte : IEquatable<Analyte>
{
    /// <summary>The smallest accepted molar mass, in g/mol (1, about one hydrogen atom).</summary>
    public const decimal MinMolarMass = 1m;

    /// <summary>The largest accepted molar mass, in g/mol (10 000 000).</summary>
    public const decimal MaxMolarMass = 10_000_000m;

    private Analyte(string name, decimal molarMass)
    {
        Name = name;
        MolarMass = UnitConversion.Normalize(molarMass);
    }

    /// <summary>Gets creatinine (C4H7N3O), with a molar mass of 113.12 g/mol.</summary>
    /// <remarks>
    /// The molar mass is the value PubChem lists for creatinine, CID 588 (https://pubchem.ncbi.nlm.nih.gov/compound/588);
    /// read here through pages that quote PubChem, not PubChem itself. It implies the customary clinical factor: 1 mg/dL is
    /// 10 000 ng/mL, and 10 000 ÷ 113.12 = 88.40 µmol/L, usually quoted as 88.4. The same molar mass links the two units of
    /// a urine protein-to-creatinine ratio: 1 g/g = 113.12 mg/mmol (see <see cref="Proteinuria"/>).
    /// </remarks>
    public static Analyte Creatinine { get; } = new("creatinine", 113.12m);

    /// <summary>Gets the analyte's name, for example <c>creatinine</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the molar mass, in grams per mole.</summary>
    public decimal MolarMass { get; }

    /// <summary>Creates an analyte.</summary>
    /// <param name="name">A non-blank name.</param>
    /// <param name="molarMass">The molar mass in g/mol, from <see cref="MinMolarMass"/> to <see cref="MaxMolarMass"/>.</param>
    /// <returns>The analyte.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="molarMass"/> is outside the accepted range.</exception>
    public static Analyte Create(string name, decimal molarMass)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (molarMass < MinMolarMass || molarMass > MaxMolarMass)
        {
            throw new ArgumentOutOfRangeException(
                nameof(molarMass),
                $"A molar mass must be between {QuantityRules.Format(MinMolarMass)} and {QuantityRules.Format(MaxMolarMass)} g/mol; got {QuantityRules.Format(molarMass)} g/mol.");
        }

        return new Analyte(name, molarMass);
    }

    /// <inheritdoc/>
    public bool Equals(Analyte? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && MolarMass == other.MolarMass;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Analyte);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), MolarMass);

    /// <summary>Returns the name and molar mass, for example <c>creatinine (113.12 g/mol)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({QuantityRules.Format(MolarMass)} g/mol)");
}
