using AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Properties;

/// <summary>A baseline and a 12-month follow-up of the five CRISS core measures on one adherent mycophenolate mofetil course.</summary>
public sealed record CrissCase(int Mrss0, int Mrss1, int Fvc0, int Fvc1, int Pt0, int Pt1, int Md0, int Md1, int Haq0, int Haq1)
{
    // HAQ-DI in eighths (0 to 3).
    internal CrissOnTherapyTests.Visit Baseline => new("2023-01-01", Mrss0, Fvc0, Pt0, Md0, Haq0 / 8m);

    internal CrissOnTherapyTests.Visit FollowUp => new("2024-01-01", Mrss1, Fvc1, Pt1, Md1, Haq1 / 8m);

    public override string ToString() => $"mRSS {Mrss0}->{Mrss1}, FVC {Fvc0}->{Fvc1}, Pt {Pt0}->{Pt1}, MD {Md0}->{Md1}, HAQ {Haq0}/8->{Haq1}/8";
}

internal static class CrissArbitraries
{
    public static Arbitrary<CrissCase> Cases() =>
        (from mrss0 in Gen.Choose(0, 51)
         from mrss1 in Gen.Choose(0, 51)
         from fvc0 in Gen.Choose(40, 120)
         from fvc1 in Gen.Choose(40, 120)
         from pt0 in Gen.Choose(0, 10)
         from pt1 in Gen.Choose(0, 10)
         from md0 in Gen.Choose(0, 10)
         from md1 in Gen.Choose(0, 10)
         from haq0 in Gen.Choose(0, 24)
         from haq1 in Gen.Choose(0, 24)
         select new CrissCase(mrss0, mrss1, fvc0, fvc1, pt0, pt1, md0, md1, haq0, haq1)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(CrissArbitraries)], MaxTest = 60)]
public sealed class CrissOnTherapyPropertyTests
{
    private static Finding Criss(CrissCase c) =>
        Assert.Single(
            SkinResponseBoundaryTests.Evaluate(CrissOnTherapyTests.Profile([c.Baseline, c.FollowUp]), new DateOnly(2024, 1, 1)).Findings,
            f => f.Mechanism == SscMechanisms.CrissNotImprovedOnTherapy);

    // The published equation written out here, independently of the instrument: improved iff P >= 0.60.
    [Property]
    public bool The_rule_is_improved_exactly_when_the_published_probability_reaches_0_60(CrissCase c)
    {
        var l = -5.54m - (0.81m * (c.Mrss1 - c.Mrss0)) + (0.21m * (c.Fvc1 - c.Fvc0)) - (0.40m * (c.Pt1 - c.Pt0))
            - (0.44m * (c.Md1 - c.Md0)) - (3.41m * ((c.Haq1 - c.Haq0) / 8m));
        var p = 1d / (1d + Math.Exp(-(double)l));
        return (Criss(c).Rule == CrissOnTherapyEvaluator.Improved) == (p >= 0.60d);
    }

    // A lower follow-up skin score never turns an improved course into a not-improved one.
    [Property]
    public bool A_lower_follow_up_mRSS_never_reads_worse(CrissCase c)
    {
        var lower = c with { Mrss1 = Math.Max(0, c.Mrss1 - 3) };
        return Criss(c).Rule != CrissOnTherapyEvaluator.Improved || Criss(lower).Rule == CrissOnTherapyEvaluator.Improved;
    }
}
