using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

/// <summary>A SLEDAI total from 0 to 105, to lower a follow-up score to.</summary>
public sealed record LowerSledaiTotal(int Value)
{
    public override string ToString() => $"SLEDAI {Value}";
}

/// <summary>
/// The SRI-4 properties' arbitraries: inputs with any SLEDAI totals (0-105), PGAs (0-3), BILAG grades of all nine
/// domains at baseline and follow-up, response threshold and index; and a SLEDAI total to lower a follow-up to. No
/// shrinking.
/// </summary>
internal static class Sri4Arbitraries
{
    private static Gen<BilagGrade[]> Grades { get; } = Gen.Elements(Enum.GetValues<BilagGrade>()).ArrayOf(9);

    private static Gen<Sri4Input> InputGen { get; } =
        from totals in Gen.Choose(0, 105).ArrayOf(2)
        from pga in Gen.Choose(0, 300).ArrayOf(2)
        from before in Grades
        from after in Grades
        from threshold in Gen.Elements<int?>(null, 4, 5, 6, 7, 8)
        from index in Gen.Elements<SledaiIndex?>(null, SledaiIndex.SelenaSledai, SledaiIndex.Sledai2k)
        from days in Gen.Choose(0, 400)
        select new Sri4Input
        {
            Baseline = Point(new DateOnly(2023, 1, 1), totals[0], pga[0] / 100m, before),
            FollowUp = Point(new DateOnly(2023, 1, 1).AddDays(days), totals[1], pga[1] / 100m, after),
            ResponseThreshold = threshold,
            Index = index,
        };

    private static Sri4TimePoint Point(DateOnly on, int total, decimal pga, BilagGrade[] grades) => new()
    {
        On = on,
        SledaiTotal = total,
        Pga = pga,
        Bilag = new BilagVisit { On = on, Domains = [.. Enum.GetValues<BilagDomain>().Select((d, i) => new BilagDomainGrade { Domain = d, Grade = grades[i] })] },
    };

    public static Arbitrary<Sri4Input> Inputs() => InputGen.ToArbitrary();

    public static Arbitrary<LowerSledaiTotal> Totals() => Gen.Choose(0, 105).Select(total => new LowerSledaiTotal(total)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(Sri4Arbitraries)])]
public sealed class Sri4PropertyTests
{
    private static readonly Sri4Instrument Instrument = new();

    [Property(MaxTest = 200)]
    public void A_responder_meets_every_rule_and_a_non_responder_names_the_rules_it_failed(Sri4Input input)
    {
        Assert.Empty(Instrument.Validate(input));
        var result = Instrument.Compute(input);
        var threshold = input.ResponseThreshold ?? 4;
        var before = input.Baseline.Bilag.Domains;
        var after = input.FollowUp.Bilag.Domains;
        var newA = Enumerable.Range(0, 9).Count(i => after[i].Grade == BilagGrade.A && before[i].Grade != BilagGrade.A);
        var newB = Enumerable.Range(0, 9).Count(i => after[i].Grade == BilagGrade.B && before[i].Grade > BilagGrade.B);
        var expected = new List<Sri4Rule>();
        if (input.Baseline.SledaiTotal - input.FollowUp.SledaiTotal < threshold)
        {
            expected.Add(Sri4Rule.SledaiDecrease);
        }

        if (newA > 0)
        {
            expected.Add(Sri4Rule.NoNewBilagA);
        }

        if (newB >= 2)
        {
            expected.Add(Sri4Rule.AtMostOneNewBilagB);
        }

        if (input.FollowUp.Pga - input.Baseline.Pga >= 0.3m)
        {
            expected.Add(Sri4Rule.NoPgaWorsening);
        }

        Assert.Equal(expected, result.FailedRules.AsEnumerable());
        Assert.Equal(expected.Count == 0, result.Responder);
        Assert.Equal($"SRI-{threshold}", result.Name);
        Assert.Equal(input.Index ?? SledaiIndex.SelenaSledai, result.Index);
    }

    [Property(MaxTest = 200)]
    public void Inputs_and_results_round_trip_through_json(Sri4Input input)
    {
        var json = WorkedExamples.Write(input);
        Assert.Equal(json, WorkedExamples.Write(WorkedExamples.Read<Sri4Input>(json)));

        var resultJson = WorkedExamples.Write(Instrument.Compute(input));
        Assert.Equal(resultJson, WorkedExamples.Write(WorkedExamples.Read<Sri4Result>(resultJson)));
        Assert.Equal(resultJson, ActivityTestModule.Pipeline.ComputeInstrument(LupusIds.Sri4, System.Text.Encoding.UTF8.GetBytes(json)).ResultText());
    }

    [Property(MaxTest = 200)]
    public void A_lower_follow_up_score_never_turns_a_responder_into_a_non_responder(Sri4Input input, LowerSledaiTotal lower)
    {
        var better = input with { FollowUp = input.FollowUp with { SledaiTotal = Math.Min(lower.Value, input.FollowUp.SledaiTotal!.Value) } };
        Assert.True(!Instrument.Compute(input).Responder || Instrument.Compute(better).Responder);
    }
}
