using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class DrugPropertyTests
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

    private static HydroxychloroquineInput HcqInput(decimal milligrams, decimal kilograms, int intervalDays = 1) => new()
    {
        On = On,
        Courses = [Hcq(milligrams, intervalDays)],
        BodyWeights = [new BodyWeightMeasurement { On = new DateOnly(2024, 1, 1), Weight = BodyWeight.Kilograms(kilograms) }],
    };

    private static readonly Gen<HydroxychloroquineInput> HcqInputs =
        from dose in Gen.Choose(0, 8000)
        from interval in Gen.Choose(1, 7)
        from weight in Gen.Choose(300, 1500)
        from levels in Gen.ListOf(
            from matrix in Gen.Elements(SampleMatrix.WholeBlood, SampleMatrix.Serum, SampleMatrix.Plasma)
            from value in Gen.Choose(0, 3000)
            from day in Gen.Choose(0, 400)
            select new DrugLevel { On = new DateOnly(2023, 1, 1).AddDays(day), Therapy = TherapyId.Hydroxychloroquine, Matrix = matrix, Level = Concentration.NanogramsPerMilliliter(value) })
        select HcqInput(dose / 10m, weight / 10m, interval) with { Levels = [.. levels] };

    private static readonly Gen<GlucocorticoidExposureInput> GcInputs =
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

    [Fact]
    public void Milligrams_per_kilogram_is_monotone_in_the_dose()
    {
        var instrument = new HydroxychloroquineInstrument();
        var pairs =
            (from low in Gen.Choose(0, 8000)
             from extra in Gen.Choose(0, 4000)
             from weight in Gen.Choose(300, 1500)
             select (low / 10m, (low + extra) / 10m, weight / 10m)).ToArbitrary();
        Prop.ForAll(pairs, p =>
        {
            var (low, high, kg) = p;
            var a = instrument.Score(HcqInput(low, kg)).Dose.MilligramsPerKilogramPerDay!.Value;
            var b = instrument.Score(HcqInput(high, kg)).Dose.MilligramsPerKilogramPerDay!.Value;
            var aboveA = instrument.Score(HcqInput(low, kg)).Dose.AboveMaximum!.Value;
            var aboveB = instrument.Score(HcqInput(high, kg)).Dose.AboveMaximum!.Value;
            return a <= b && (!aboveA || aboveB);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Removing_the_weight_or_the_course_never_flips_the_dose_check()
    {
        var instrument = new HydroxychloroquineInstrument();
        Prop.ForAll(HcqInputs.ToArbitrary(), input =>
        {
            var full = instrument.Score(input).Dose.Check.State;
            var noWeight = instrument.Score(input with { BodyWeights = [] }).Dose.Check.State;
            var noCourse = instrument.Score(input with { Courses = [] }).Dose.Check.State;
            return TreatToTargetPropertyTests.NeverFlips(full, noWeight) && TreatToTargetPropertyTests.NeverFlips(full, noCourse);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Hydroxychloroquine_inputs_and_results_round_trip_through_json()
    {
        var instrument = new HydroxychloroquineInstrument();
        Prop.ForAll(HcqInputs.ToArbitrary(), input =>
            TreatToTargetPropertyTests.RoundTrips(input) && TreatToTargetPropertyTests.RoundTrips(instrument.Score(input)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Glucocorticoid_exposure_segments_tile_the_range_and_sum_to_the_total()
    {
        var instrument = new GlucocorticoidExposureInstrument();
        Prop.ForAll(GcInputs.ToArbitrary(), input =>
        {
            var result = instrument.Score(input);
            var tiles = result.Segments.Sum(s => s.Days) == result.Days
                && result.Segments[0].From == input.From
                && result.Segments[^1].To == input.To
                && result.Segments.Zip(result.Segments.Skip(1)).All(p => p.First.To.AddDays(1) == p.Second.From);
            var total = result.Segments.Sum(s => s.PrednisoneEquivalentMilligramsPerDay * s.Days) == result.CumulativeMilligrams;
            var above = result.DaysAbove[0].Days >= result.DaysAbove[1].Days && result.MaintenanceTarget.DaysAboveAfterBridging <= result.DaysAbove[0].Days;
            return tiles && total && above;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Glucocorticoid_exposure_inputs_and_results_round_trip_through_json()
    {
        var instrument = new GlucocorticoidExposureInstrument();
        Prop.ForAll(GcInputs.ToArbitrary(), input =>
            TreatToTargetPropertyTests.RoundTrips(input) && TreatToTargetPropertyTests.RoundTrips(instrument.Score(input)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
