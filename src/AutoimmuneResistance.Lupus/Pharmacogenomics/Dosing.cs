using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Turns a CPIC starting-dose fraction into mg/kg/day and mg/day: each end of the fraction range times the same end of
/// the standard dose, lowered to the per-kg ceiling where one applies, then times the body weight. Every step is a
/// multiplication, so the mg/day figures are exactly linear in the weight.
/// </summary>
internal static class Dosing
{
    /// <summary>The fraction 1 to 1: the standard starting dose itself.</summary>
    public static PharmacogenomicDoseRange One { get; } = new() { Low = 1m, High = 1m };

    public static PharmacogenomicsDetail Build(
        TherapyId therapy,
        TherapyCourse course,
        string coursePath,
        bool extrapolated,
        ImmutableArray<PharmacogenomicPhenotype> phenotypes,
        PharmacogenomicRecommendation recommendation,
        PharmacogenomicDoseRange? fraction,
        PharmacogenomicDoseRange? standard,
        decimal? maximum,
        (BodyWeight Weight, DateOnly On, string Path)? weight,
        PharmacogenomicsDefinitions definitions)
    {
        PharmacogenomicDoseRange? perKilogram = null;
        var capped = false;
        if (fraction is not null && standard is not null)
        {
            var low = fraction.Low * standard.Low;
            var high = fraction.High * standard.High;
            if (maximum is { } max)
            {
                capped = high > max;
                low = Math.Min(low, max);
                high = Math.Min(high, max);
            }

            perKilogram = Range(low, high);
        }

        decimal? kilograms = weight?.Weight.ToKilograms().Value;
        return new PharmacogenomicsDetail
        {
            Therapy = therapy,
            Course = coursePath,
            Indication = course.Indication,
            Extrapolated = extrapolated,
            Phenotypes = phenotypes,
            Recommendation = recommendation,
            StartingDoseFraction = fraction,
            StandardStartingDoseMilligramsPerKilogramPerDay = standard,
            StartingDoseMilligramsPerKilogramPerDay = perKilogram,
            MaximumMilligramsPerKilogramPerDay = maximum,
            CapApplied = capped,
            BodyWeightKilograms = kilograms,
            BodyWeightOn = weight?.On,
            StartingDoseMilligramsPerDay = perKilogram is not null && kilograms is { } kg ? Range(perKilogram.Low * kg, perKilogram.High * kg) : null,
            MaximumMilligramsPerDay = Decimals.Normalize(maximum * kilograms),
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
        };
    }

    private static PharmacogenomicDoseRange Range(decimal low, decimal high) =>
        new() { Low = Decimals.Normalize(low), High = Decimals.Normalize(high) };
}
