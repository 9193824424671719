using System.Globalization;
using AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Properties;

/// <summary>One mycophenolate mofetil course (3 g/day, adherent) with an mRSS at its start and one on it, under one skin response set.</summary>
public sealed record SkinCase(int Baseline, int FollowUp, int Set, int Months)
{
    public SkinResponseDefinitions Definitions => SkinResponseDefinitions.All[Set];

    public override string ToString() => $"{Baseline} -> {FollowUp} after {Months} months under {Definitions.Id}";
}

/// <summary>Skin cases over the whole mRSS range (0 to 51), every set and courses of 6 to 30 months. No shrinking.</summary>
internal static class SkinArbitraries
{
    public static Arbitrary<SkinCase> Cases() =>
        (from baseline in Gen.Choose(0, ModifiedRodnanSkinScore.MaximumTotal)
         from followUp in Gen.Choose(0, ModifiedRodnanSkinScore.MaximumTotal)
         from set in Gen.Choose(0, SkinResponseDefinitions.All.Count - 1)
         from months in Gen.Choose(9, 30)
         select new SkinCase(baseline, followUp, set, months)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(SkinArbitraries)])]
public sealed class SkinResponsePropertyTests
{
    private static readonly ResistancePipeline[] Pipelines =
    [
        .. SkinResponseDefinitions.All.Select(d => new ResistancePipelineBuilder().AddSystemicSclerosis().UseDefinitionSet(d.Id).Build()),
    ];

    private static readonly DateOnly Start = new(2023, 1, 1);

    private static (Finding Skin, TherapyVerdict Therapy) Evaluate(SkinCase c, int offset = 0)
    {
        var followUpOn = Start.AddMonths(c.Months);
        var json = SkinResponseBoundaryTests.Profile([(Start.ToString("O", CultureInfo.InvariantCulture), c.Baseline + offset), (followUpOn.ToString("O", CultureInfo.InvariantCulture), c.FollowUp + offset)]);
        var assessment = SkinResponseBoundaryTests.Evaluate(json, followUpOn, Pipelines[c.Set]);
        return (Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.ProgressiveSkinOnTherapy), Assert.Single(assessment.Verdict!.Therapies));
    }

    private static int Rank(TherapyOutcome outcome) => outcome switch
    {
        TherapyOutcome.Response => 2,
        TherapyOutcome.PartialResponse => 1,
        TherapyOutcome.PrimaryNonResponse => 0,
        _ => throw new InvalidOperationException($"an adequate, adherent course of 9 months or more should be decided, got {outcome}"),
    };

    [Property(MaxTest = 150)]
    public void A_worsening_or_no_change_never_reads_as_a_response(SkinCase c)
    {
        var worse = c with { FollowUp = Math.Max(c.Baseline, c.FollowUp) };

        var (skin, therapy) = Evaluate(worse);

        Assert.Equal(FindingStatus.Supported, skin.Status);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, therapy.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, therapy.Resistance);
    }

    [Property(MaxTest = 150)]
    public void Shifting_every_mrss_by_the_same_offset_keeps_the_outcome_under_the_unit_only_sets(SkinCase c, int seed)
    {
        var unitsOnly = c with { Set = Math.Abs(c.Set % 2) }; // the two MCID sets; the EUSTAR set has a percentage of the baseline
        var low = Math.Min(unitsOnly.Baseline, unitsOnly.FollowUp);
        var high = Math.Max(unitsOnly.Baseline, unitsOnly.FollowUp);
        var room = ModifiedRodnanSkinScore.MaximumTotal - high + low + 1;
        var offset = (int)(((uint)seed % (uint)room) - low);

        Assert.Equal(Evaluate(unitsOnly).Therapy.Outcome, Evaluate(unitsOnly, offset).Therapy.Outcome);
    }

    [Property(MaxTest = 150)]
    public void A_lower_follow_up_score_never_reads_worse(SkinCase c)
    {
        var better = c with { FollowUp = Math.Max(0, c.FollowUp - 1) };

        Assert.True(Rank(Evaluate(better).Therapy.Outcome) >= Rank(Evaluate(c).Therapy.Outcome), c.ToString());
    }

    [Property(MaxTest = 100)]
    public void Every_decided_course_cites_its_set_and_carries_both_mrss_points(SkinCase c)
    {
        var (skin, _) = Evaluate(c);

        Assert.All(c.Definitions.Sources, s => Assert.Contains(s, skin.Citations));
        Assert.Equal([c.Baseline, c.FollowUp], skin.Timeline!.Points.Select(p => (int)p.Observed!.Value));
        Assert.Equal(c.Baseline - c.FollowUp, skin.Thresholds[0].Observed);
    }
}
