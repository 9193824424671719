using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.SleDas;

/// <summary>An SLE-DAS input and the same input made worse in one item.</summary>
public sealed record SleDasWorsening(SleDasInput Input, SleDasInput Worse, string Item)
{
    public override string ToString() => $"{Item}: {Input} -> {Worse}";
}

/// <summary>
/// Valid SLE-DAS inputs over the whole accepted range (laboratory values absent, near their thresholds or anywhere in
/// range; never both rashes), and such an input worsened in one item. No shrinking.
/// </summary>
internal static class SleDasArbitraries
{
    private static Gen<decimal?> Lab(decimal threshold, decimal max, int scale) =>
        Gen.OneOf(
            Gen.Constant<decimal?>(null),
            Gen.Choose(-3, 3).Select(d => (decimal?)(threshold + (d / (decimal)scale))),
            Gen.Choose(1, (int)(max * scale)).Select(v => (decimal?)(v / (decimal)scale)));

    private static Gen<SleDasInput> Input =>
        from flags in Gen.ArrayOf(Gen.Elements(false, true), 12)
        from rash in Gen.Choose(0, 2)
        from joints in Gen.Choose(0, 28)
        from protein in Lab(500m, 100_000m, 1)
        from platelets in Lab(100m, 2_000m, 10)
        from leukocytes in Lab(3m, 500m, 100)
        select new SleDasInput
        {
            NeuropsychiatricInvolvement = flags[0],
            SystemicVasculitis = flags[1],
            MucocutaneousVasculitis = flags[2],
            CardiacOrPulmonaryInvolvement = flags[3],
            Serositis = flags[4],
            Myositis = flags[5],
            Alopecia = flags[6],
            MucosalUlcers = flags[7],
            HemolyticAnemia = flags[8],
            Hypocomplementemia = flags[9],
            IncreasedAntiDsDna = flags[10],
            LocalizedRash = rash == 1,
            GeneralizedRash = rash == 2,
            SwollenJointCount = joints,
            ProteinuriaMilligrams = protein,
            PlateletCount = platelets,
            LeukocyteCount = leukocytes,
        };

    public static Arbitrary<SleDasInput> Inputs() => Input.ToArbitrary();

    public static Arbitrary<SleDasWorsening> Worsenings() =>
        (from input in Input
         from item in Gen.Choose(0, 15)
         from step in Gen.Choose(1, 500)
         select Worsen(input, item, step)).ToArbitrary();

    private static SleDasWorsening Worsen(SleDasInput i, int item, int step) => item switch
    {
        0 => new(i, i with { NeuropsychiatricInvolvement = true }, "neuropsychiatric"),
        1 => new(i, i with { SystemicVasculitis = true }, "systemic vasculitis"),
        2 => new(i, i with { MucocutaneousVasculitis = true }, "mucocutaneous vasculitis"),
        3 => new(i, i with { CardiacOrPulmonaryInvolvement = true }, "cardiopulmonary"),
        4 => new(i, i with { Serositis = true }, "serositis"),
        5 => new(i, i with { Myositis = true }, "myositis"),
        6 => new(i, i with { Alopecia = true }, "alopecia"),
        7 => new(i, i with { MucosalUlcers = true }, "ulcers"),
        8 => new(i, i with { HemolyticAnemia = true }, "haemolytic anaemia"),
        9 => new(i, i with { Hypocomplementemia = true }, "hypocomplementaemia"),
        10 => new(i, i with { IncreasedAntiDsDna = true }, "anti-dsDNA"),
        11 => new(i, i with { SwollenJointCount = Math.Min(28, (i.SwollenJointCount ?? 0) + (step % 5) + 1) }, "swollen joints"),
        12 => new(i, i with { ProteinuriaMilligrams = Math.Min(100_000m, (i.ProteinuriaMilligrams ?? 0m) + step) }, "proteinuria"),
        13 => new(i, i with { PlateletCount = Math.Max(0.1m, (i.PlateletCount ?? 250m) - (step / 10m)) }, "platelets"),
        14 => new(i, i with { LeukocyteCount = Math.Max(0.01m, (i.LeukocyteCount ?? 6m) - (step / 100m)) }, "leukocytes"),
        _ => new(i, i.LocalizedRash == true ? i with { LocalizedRash = false, GeneralizedRash = true } : i.GeneralizedRash == true ? i : i with { LocalizedRash = true }, "rash"),
    };
}

[Properties(Arbitrary = [typeof(SleDasArbitraries)])]
public sealed class SleDasPropertyTests
{
    private static readonly SleDasInstrument Instrument = new();

    private static SleDasResult Score(SleDasInput input)
    {
        Assert.DoesNotContain(Instrument.Validate(input), d => d.Severity == DiagnosticSeverity.Error);
        return Instrument.Compute(input);
    }

    [Property(MaxTest = 300)]
    public void The_score_is_at_least_the_intercept_and_its_category_follows_the_cut_offs(SleDasInput input)
    {
        var result = Score(input);

        Assert.True(result.Score >= Math.Round(SleDasDefinitions.Default.Intercept, 2), $"{result.Score}");
        Assert.True(result.Score >= 0m);
        Assert.All(result.Terms, t => Assert.True(t.Points > 0m, $"{t}"));
        Assert.Equal(SleDasInstrument.Categorize(result.Score, SleDasDefinitions.Default), result.Category);
        Assert.Equal(result.Score > 9.90m, result.SevereActivity);
        Assert.InRange(result.Score - (result.Intercept + result.Terms.Sum(t => t.Points)), -0.02m, 0.02m);
    }

    [Property(MaxTest = 300)]
    public void Low_disease_activity_holds_exactly_within_both_limits(SleDasInput input, byte tenthsOfMilligram)
    {
        // Doses from 0 to 25.5 mg/day by tenths, so 7.4, 7.5 and 7.6 are all drawn.
        var dose = tenthsOfMilligram / 10m;
        var result = Score(input with { PrednisoneMilligramsPerDay = dose });
        var withoutDose = Score(input);

        Assert.Equal(result.Score <= 2.48m && dose <= 7.5m, result.LowDiseaseActivity);
        Assert.Equal(result.Score <= 2.48m ? null : false, withoutDose.LowDiseaseActivity);
    }

    [Property(MaxTest = 300)]
    public void Worsening_one_item_never_lowers_the_score(SleDasWorsening pair)
    {
        var before = Score(pair.Input);
        var after = Score(pair.Worse);

        Assert.True(after.Score >= before.Score, $"{pair.Item}: {before.Score} -> {after.Score}");
        Assert.True(after.Category >= before.Category);
    }

    [Property(MaxTest = 100)]
    public void Inputs_and_results_round_trip_through_json(SleDasInput input)
    {
        var options = DamageWorkedExamples.Pipeline.Json.Options;
        var inputInfo = (JsonTypeInfo<SleDasInput>)options.GetTypeInfo(typeof(SleDasInput));
        var resultInfo = (JsonTypeInfo<SleDasResult>)options.GetTypeInfo(typeof(SleDasResult));

        var json = JsonSerializer.Serialize(input, inputInfo);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, inputInfo)!, inputInfo));

        var direct = JsonSerializer.Serialize(Score(input), resultInfo);
        var computation = DamageWorkedExamples.Pipeline.ComputeInstrument(LupusIds.SleDas, System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal(direct, computation.ResultText());
    }
}
