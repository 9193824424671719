using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

/// <summary>A lower and a higher daily hydroxychloroquine dose (0-800 mg, the higher up to 400 mg more) at one body weight (30-150 kg).</summary>
public sealed record HcqDosePair(decimal Low, decimal High, decimal Kilograms)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Low} mg and {High} mg at {Kilograms} kg");
}

/// <summary>
/// The drug properties' arbitraries: hydroxychloroquine inputs (a dose every 1-7 days, a body weight, drug levels in
/// any matrix), dose pairs for the monotonicity check, and glucocorticoid exposure inputs (up to four courses of any
/// substance and route, with or without a dose change and an end, over a random range). No shrinking.
/// </summary>
internal static class DrugArbitraries
{
    private static readonly DateOnly On = new(2024, 3, 1);

    private static TherapyCourse Hcq(decimal milligrams, int intervalDays = 1) => new()
    {
        Therapy = TherapyId.Hydroxychloroquine,
        Class = TherapyClass.Antimalarial,
        Route = Route.Oral,
        Regimen = new DoseRegimen(Dose.Milligrams(milligrams), 1, intervalDays),
        Start = new DateOnly(2023, 1, 1),
    };

    internal static HydroxychloroquineInput HcqInput(decimal milligrams, decimal kilograms, int intervalDays = 1) => new()
    {
        On = On,
        Courses = [Hcq(milligrams, intervalDays)],
        BodyWeights = [new BodyWeightMeasurement { On = new DateOnly(2024, 1, 1), Weight = BodyWeight.Kilograms(kilograms) }],
    };

    private static readonly Gen<HydroxychloroquineInput> HcqInputGen =
        from dose in Gen.Choose(0, 8000)
        from interval in Gen.Choose(1, 7)
        from weight in Gen.Choose(300, 1500)
        from levels in Gen.ListOf(
            from matrix in Gen.Elements(SampleMatrix.WholeBlood, SampleMatrix.Serum, SampleMatrix.Plasma)
            from value in Gen.Choose(0, 3000)
            from day in Gen.Choose(0, 400)
            select new DrugLevel { On = new DateOnly(2023, 1, 1).AddDays(day), Therapy = TherapyId.Hydroxychloroquine, Matrix = matrix, Level = Concentration.NanogramsPerMilliliter(value) })
        select HcqInput(dose / 10m, weight / 10m, interval) with { Levels = [.. levels] };

    private static readonly Gen<GlucocorticoidExposureInput> GcInputGen =
        from count in Gen.Choose(0, 4)
        from courses in Gen.ArrayOf(
            from substance in Gen.Elements(TherapyId.Prednisone, TherapyId.Prednisolone, TherapyId.Methylprednisolone, TherapyId.Hydrocortisone, TherapyId.Dexamethasone)
            from route in Gen.Elements<Route?>(Route.Oral, Route.Intravenous, Route.Topical, null)
            from dose in Gen.Choose(0, 600)
            from start in Gen.Choose(0, 300)
            from length in Gen.Choose(-1, 200)
            from change in Gen.Choose(-1, 600)
            let startDate = new DateOnly(2023, 1, 1).AddDays(start)
            select new TherapyCourse
            {
                Therapy = substance,
                Class = TherapyClass.Glucocorticoid,
                Route = route,
                Regimen = DoseRegimen.Daily(Dose.Milligrams(dose / 10m)),
                DoseChanges = change < 0 ? [] : [new DoseChange { On = startDate, Regimen = DoseRegimen.Daily(Dose.Milligrams(change / 10m)) }],
                Start = startDate,
                End = length < 0 ? null : startDate.AddDays(length),
            }, count)
        from offset in Gen.Choose(0, 300)
        from days in Gen.Choose(0, 400)
        select new GlucocorticoidExposureInput
        {
            From = new DateOnly(2023, 1, 1).AddDays(offset),
            To = new DateOnly(2023, 1, 1).AddDays(offset + days),
            Courses = [.. courses],
        };

    public static Arbitrary<HydroxychloroquineInput> HcqInputs() => HcqInputGen.ToArbitrary();

    public static Arbitrary<GlucocorticoidExposureInput> GcInputs() => GcInputGen.ToArbitrary();

    public static Arbitrary<HcqDosePair> HcqDosePairs() =>
        (from low in Gen.Choose(0, 8000)
         from extra in Gen.Choose(0, 4000)
         from weight in Gen.Choose(300, 1500)
         select new HcqDosePair(low / 10m, (low + extra) / 10m, weight / 10m)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(DrugArbitraries)])]
public sealed class DrugPropertyTests
{
    [Property(MaxTest = 200)]
    public bool Milligrams_per_kilogram_is_monotone_in_the_dose(HcqDosePair p)
    {
        var instrument = new HydroxychloroquineInstrument();
        var (low, high, kg) = p;
        var a = instrument.Compute(DrugArbitraries.HcqInput(low, kg)).Dose.MilligramsPerKilogramPerDay!.Value;
        var b = instrument.Compute(DrugArbitraries.HcqInput(high, kg)).Dose.MilligramsPerKilogramPerDay!.Value;
        var aboveA = instrument.Compute(DrugArbitraries.HcqInput(low, kg)).Dose.AboveMaximum!.Value;
        var aboveB = instrument.Compute(DrugArbitraries.HcqInput(high, kg)).Dose.AboveMaximum!.Value;
        return a <= b && (!aboveA || aboveB);
    }

    [Property(MaxTest = 200)]
    public bool Removing_the_weight_or_the_course_never_flips_the_dose_check(HydroxychloroquineInput input)
    {
        var instrument = new HydroxychloroquineInstrument();

        var full = instrument.Compute(input).Dose.Check.State;
        var noWeight = instrument.Compute(input with { BodyWeights = [] }).Dose.Check.State;
        var noCourse = instrument.Compute(input with { Courses = [] }).Dose.Check.State;
        return TreatToTargetPropertyTests.NeverFlips(full, noWeight) && TreatToTargetPropertyTests.NeverFlips(full, noCourse);
    }

    [Property(MaxTest = 200)]
    public bool Hydroxychloroquine_inputs_and_results_round_trip_through_json(HydroxychloroquineInput input)
    {
        var instrument = new HydroxychloroquineInstrument();
        return TreatToTargetPropertyTests.RoundTrips(input) && TreatToTargetPropertyTests.RoundTrips(instrument.Compute(input));
    }

    [Property(MaxTest = 200)]
    public bool Glucocorticoid_exposure_segments_tile_the_range_and_sum_to_the_total(GlucocorticoidExposureInput input)
    {
        var instrument = new GlucocorticoidExposureInstrument();

        var result = instrument.Compute(input);
        var tiles = result.Segments.Sum(s => s.Days) == result.Days
            && result.Segments[0].From == input.From
            && result.Segments[^1].To == input.To
            && result.Segments.Zip(result.Segments.Skip(1)).All(p => p.First.To.AddDays(1) == p.Second.From);
        var total = result.Segments.Sum(s => s.PrednisoneEquivalentMilligramsPerDay * s.Days) == result.CumulativeMilligrams;
        var above = result.DaysAbove[0].Days >= result.DaysAbove[1].Days && result.MaintenanceTarget.DaysAboveAfterBridging <= result.DaysAbove[0].Days;
        return tiles && total && above;
    }

    [Property(MaxTest = 200)]
    public bool Glucocorticoid_exposure_inputs_and_results_round_trip_through_json(GlucocorticoidExposureInput input)
    {
        var instrument = new GlucocorticoidExposureInstrument();
        return TreatToTargetPropertyTests.RoundTrips(input) && TreatToTargetPropertyTests.RoundTrips(instrument.Compute(input));
    }
}
