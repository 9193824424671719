using AutoimmuneResistance.SystemicSclerosis.Tests.Instruments;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Properties;

/// <summary>A CRISS input and a non-negative amount to improve one measure by.</summary>
public sealed record CrissImprovement(CrissInput Input, CrissMeasure Measure, int Steps)
{
    public override string ToString() => $"{Measure} +{Steps} on {Input}";
}

/// <summary>The systemic sclerosis arbitraries: valid instrument inputs over each instrument's whole range. No shrinking.</summary>
internal static class SscArbitraries
{
    private static readonly Gen<CrissMeasures> Measures =
        from mrss in Gen.Choose(0, 51)
        from fvc in Gen.Choose(300, 1500)
        from pt in Gen.Choose(0, 100)
        from md in Gen.Choose(0, 100)
        from haq in Gen.Choose(0, 300)
        select CrissTests.Measures(mrss, fvc / 10m, pt / 10m, md / 10m, haq / 100m);

    private static readonly Gen<CrissInput> Criss =
        from baseline in Measures
        from followUp in Measures
        from renal in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from confirmed in Gen.Elements(false, true)
        from hrct in Gen.Elements(false, true)
        select new CrissInput { Baseline = baseline, FollowUp = followUp, NewRenalCrisis = renal, FvcDeclineConfirmed = confirmed, IldConfirmedOnHrct = hrct };

    public static Arbitrary<CrissInput> CrissInputs() => Criss.ToArbitrary();

    public static Arbitrary<CrissImprovement> CrissImprovements() =>
        (from input in Criss
         from measure in Gen.Elements(Enum.GetValues<CrissMeasure>())
         from steps in Gen.Choose(0, 60)
         select new CrissImprovement(input, measure, steps)).ToArbitrary();

    public static Arbitrary<MrssInput> MrssInputs() =>
        (from scores in Gen.ArrayOf(Gen.Choose(0, 3), 17)
         from order in Gen.Shuffle(Enum.GetValues<MrssSite>())
         select new MrssInput { Sites = [.. order.Select((s, i) => new MrssSiteScore { Site = s, Score = scores[i] })] }).ToArbitrary();

    public static Arbitrary<Classification2013Input> ClassificationInputs() =>
        (from items in Gen.SubListOf(Classification2013Criteria.All.ToArray())
         from shuffled in Gen.Shuffle(items.ToArray())
         select new Classification2013Input { Items = [.. shuffled] }).ToArbitrary();

    public static Arbitrary<EustarActivityInput> ActivityInputs() =>
        (from skin in Gen.Elements(false, true)
         from mrss in Gen.Choose(0, 51)
         from du in Gen.Elements(false, true)
         from rubs in Gen.Elements(false, true)
         from crp in Gen.Choose(0, 3000)
         from dlco in Gen.Choose(100, 1500)
         select new EustarActivityInput
         {
             SkinWorsenedPreviousMonth = skin,
             Mrss = mrss,
             DigitalUlcers = du,
             TendonFrictionRubs = rubs,
             Crp = Concentration.MilligramsPerLiter(crp / 10m),
             Dlco = PercentPredicted.FromPercent(dlco / 10m),
         }).ToArbitrary();
}

[Properties(Arbitrary = [typeof(SscArbitraries)])]
public sealed class SscPropertyTests
{
    private static readonly CrissInstrument Criss = new();

    [Property(MaxTest = 300)]
    public void Criss_probability_lies_in_0_to_1_and_step_1_forces_0(CrissInput input)
    {
        var result = Criss.Compute(input);

        Assert.InRange(result.Probability, 0d, 1d);
        Assert.Equal(result.Step1Events.Length > 0, result.Step1NotImproved);
        if (result.Step1NotImproved)
        {
            Assert.Equal(0d, result.Probability);
            Assert.False(result.Improved);
        }
        else
        {
            Assert.Equal(CrissInstrument.ProbabilityOf(result.LinearPredictor), result.Probability);
        }

        if (input.NewRenalCrisis)
        {
            Assert.Equal(0d, result.Probability);
        }
    }

    [Property(MaxTest = 300)]
    public void Criss_probability_never_falls_when_one_measure_improves(CrissImprovement improvement)
    {
        var input = improvement.Input with { NewRenalCrisis = false, FvcDeclineConfirmed = false };
        var f = input.FollowUp;
        var better = improvement.Measure switch
        {
            CrissMeasure.Mrss => f with { Mrss = Math.Max(0, f.Mrss - improvement.Steps) },
            CrissMeasure.Fvc => f with { Fvc = PercentPredicted.FromPercent(Math.Min(300m, f.Fvc.Value + improvement.Steps)) },
            CrissMeasure.PatientGlobal => f with { PatientGlobal = Math.Max(0m, f.PatientGlobal - (improvement.Steps / 10m)) },
            CrissMeasure.PhysicianGlobal => f with { PhysicianGlobal = Math.Max(0m, f.PhysicianGlobal - (improvement.Steps / 10m)) },
            _ => f with { HaqDi = Math.Max(0m, f.HaqDi - (improvement.Steps / 100m)) },
        };

        var before = Criss.Compute(input);
        var after = Criss.Compute(input with { FollowUp = better });

        Assert.True(after.LinearPredictor >= before.LinearPredictor, $"L fell from {before.LinearPredictor} to {after.LinearPredictor}");
        Assert.True(after.Probability >= before.Probability, $"P fell from {before.Probability} to {after.Probability}");
    }

    [Property(MaxTest = 200)]
    public void Mrss_total_is_the_site_sum_within_0_to_51(MrssInput input)
    {
        var result = new ModifiedRodnanSkinScore().Compute(input);

        Assert.Equal(input.Sites.Sum(s => s.Score), result.Total);
        Assert.Equal(result.Sites.Sum(s => s.Score), result.Total);
        Assert.InRange(result.Total, 0, 51);
    }

    [Property(MaxTest = 200)]
    public void Classification_total_lies_in_0_to_28_and_decides_at_9(Classification2013Input input)
    {
        var result = new AcrEular2013Classification().Compute(input);

        Assert.InRange(result.TotalScore!.Value, 0, Classification2013Criteria.MaximumTotal);
        Assert.Equal(result.TotalScore >= 9, result.Classified);
        Assert.Equal(result.Categories.Sum(c => c.Weight), result.TotalScore);
        if (result.SufficientCriterionMet)
        {
            Assert.True(result.Classified);
        }
    }

    [Property(MaxTest = 200)]
    public void Activity_score_lies_in_0_to_10_and_is_active_from_2_5(EustarActivityInput input)
    {
        var result = new EustarActivityIndex().Compute(input);

        Assert.InRange(result.Score, 0m, 10m);
        Assert.Equal(result.Score >= 2.5m, result.Active);
        Assert.Equal(result.Items.Sum(i => i.Points), result.Score);
    }
}
