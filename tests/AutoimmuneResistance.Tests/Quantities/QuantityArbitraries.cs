using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Tests.Quantities;

/// <summary>An absolute dose in milligrams, 0 to 100 000 mg in steps of 0.001 mg (the whole range a dose accepts).</summary>
public sealed record DoseMilligrams(decimal Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " mg";
}

/// <summary>A weight-based dose (0 to 600 mg/kg) and a body weight (1 to 150 kg) whose product stays under the dose ceiling.</summary>
public sealed record WeightBasedDose(decimal MilligramsPerKilogram, decimal Kilograms)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MilligramsPerKilogram} mg/kg at {Kilograms} kg");
}

/// <summary>A body temperature in degrees Celsius, 25 to 45 in steps of 0.01.</summary>
public sealed record CelsiusReading(decimal Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " Cel";
}

/// <summary>A body temperature in degrees Fahrenheit, 77 to 113 in steps of 0.01.</summary>
public sealed record FahrenheitReading(decimal Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " [degF]";
}

/// <summary>A body weight in kilograms, 0.001 to 650 in steps of 0.001.</summary>
public sealed record KilogramWeight(decimal Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " kg";
}

/// <summary>A body weight in pounds, 0.001 to 1433 in steps of 0.001 (up to the 650 kg equivalent).</summary>
public sealed record PoundWeight(decimal Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " [lb_av]";
}

/// <summary>A serum creatinine in mg/dL, 0 to 30 in steps of 0.01.</summary>
public sealed record CreatinineMilligramsPerDeciliter(decimal Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " mg/dL";
}

/// <summary>A protein-to-creatinine ratio in g/g, 0 to 50 in steps of 0.001.</summary>
public sealed record ProteinRatioGramsPerGram(decimal Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " g/g";
}

/// <summary>A mass in milligrams, 0 to about 2.1 million in steps of 0.001 (any non-negative int divided by 1000).</summary>
public sealed record MassMilligrams(decimal Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " mg";
}

/// <summary>A mass concentration in mg/dL, 0 to 100 000 in steps of 0.01.</summary>
public sealed record MassConcentrationMilligramsPerDeciliter(decimal Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " mg/dL";
}

/// <summary>
/// The quantity tests' arbitraries: each wrapper type above draws a value uniformly from its documented range, without
/// shrinking (as the hand-run properties had none). Registered on each quantity test class with
/// <c>[Properties(Arbitrary = ...)]</c>, so a property's parameter type picks its range.
/// </summary>
internal static class QuantityArbitraries
{
    public static Arbitrary<DoseMilligrams> Doses() =>
        Gen.Choose(0, 100_000_000).Select(n => new DoseMilligrams(n / 1000m)).ToArbitrary();

    // Up to 600 mg/kg and 150 kg, so the absolute dose stays under the 100 000 mg ceiling.
    public static Arbitrary<WeightBasedDose> WeightBasedDoses() =>
        Gen.Choose(0, 60_000).SelectMany(perKg => Gen.Choose(1_000, 150_000).Select(g => new WeightBasedDose(perKg / 100m, g / 1000m))).ToArbitrary();

    public static Arbitrary<CelsiusReading> CelsiusReadings() =>
        Gen.Choose(2_500, 4_500).Select(n => new CelsiusReading(n / 100m)).ToArbitrary();

    public static Arbitrary<FahrenheitReading> FahrenheitReadings() =>
        Gen.Choose(7_700, 11_300).Select(n => new FahrenheitReading(n / 100m)).ToArbitrary();

    public static Arbitrary<KilogramWeight> KilogramWeights() =>
        Gen.Choose(1, 650_000).Select(n => new KilogramWeight(n / 1000m)).ToArbitrary();

    public static Arbitrary<PoundWeight> PoundWeights() =>
        Gen.Choose(1, 1_433_000).Select(n => new PoundWeight(n / 1000m)).ToArbitrary();

    public static Arbitrary<CreatinineMilligramsPerDeciliter> Creatinine() =>
        Gen.Choose(0, 3_000).Select(n => new CreatinineMilligramsPerDeciliter(n / 100m)).ToArbitrary();

    public static Arbitrary<ProteinRatioGramsPerGram> ProteinRatios() =>
        Gen.Choose(0, 50_000).Select(n => new ProteinRatioGramsPerGram(n / 1000m)).ToArbitrary();

    public static Arbitrary<MassMilligrams> Masses() =>
        Gen.Choose(0, int.MaxValue).Select(n => new MassMilligrams(n / 1000m)).ToArbitrary();

    public static Arbitrary<MassConcentrationMilligramsPerDeciliter> MassConcentrations() =>
        Gen.Choose(0, 10_000_000).Select(n => new MassConcentrationMilligramsPerDeciliter(n / 100m)).ToArbitrary();
}
