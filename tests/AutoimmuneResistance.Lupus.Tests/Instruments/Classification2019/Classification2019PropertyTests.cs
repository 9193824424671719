using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.Classification2019;

/// <summary>A classification input and a criterion it does not hold (neither as met nor as of another cause), to add to it.</summary>
public sealed record CriterionAddition(Classification2019Input Input, Classification2019Criterion Extra)
{
    public override string ToString() =>
        $"{Extra} added to ANA 1:{Input.AnaTiterDenominator?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} (equivalent test {Input.AnaEquivalentTestPositive?.ToString() ?? "?"}), criteria [{string.Join(", ", Input.Criteria)}], other cause [{string.Join(", ", Input.OtherCause)}]";
}

/// <summary>
/// The EULAR/ACR 2019 properties' arbitraries: inputs with any ANA titre or equivalent test (or none), a shuffled subset
/// of the criteria and a subset of the rest attributed to another cause; and such an input with one more criterion to
/// add. No shrinking.
/// </summary>
internal static class Classification2019Arbitraries
{
    private static Gen<Classification2019Input> Input(IEnumerable<Classification2019Criterion> candidates) =>
        from titre in Gen.Elements<int?>(null, 20, 40, 79, 80, 160, 320, 640, 1280)
        from equivalent in Gen.Elements<bool?>(null, false, true)
        from criteria in Gen.SubListOf(candidates)
        from shuffled in Gen.Shuffle(criteria.ToArray())
        from otherCause in Gen.SubListOf(Classification2019Criteria.All.Except(criteria))
        select new Classification2019Input
        {
            AnaTiterDenominator = titre,
            AnaEquivalentTestPositive = equivalent,
            Criteria = [.. shuffled],
            OtherCause = [.. otherCause],
        };

    public static Arbitrary<Classification2019Input> Inputs() => Input(Classification2019Criteria.All).ToArbitrary();

    public static Arbitrary<CriterionAddition> Additions() =>
        (from extra in Gen.Elements(Classification2019Criteria.All.AsEnumerable())
         from input in Input(Classification2019Criteria.All.Where(c => c != extra))
         select new CriterionAddition(input with { OtherCause = input.OtherCause.Remove(extra) }, extra)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(Classification2019Arbitraries)])]
public sealed class Classification2019PropertyTests
{
    private static readonly EularAcr2019Classification Instrument = new();

    private static Classification2019Result Classify(Classification2019Input input)
    {
        Assert.DoesNotContain(Instrument.Validate(input), d => d.Severity == DiagnosticSeverity.Error);
        return Instrument.Compute(input);
    }

    [Property(MaxTest = 200)]
    public void Totals_stay_within_0_and_51_and_the_rules_decide_consistently(Classification2019Input input)
    {
        var result = Classify(input);
        var entry = Classification2019Criteria.MeetsEntryCriterion(input.AnaTiterDenominator, input.AnaEquivalentTestPositive);
        Assert.Equal(entry, result.EntryCriterionMet);
        if (!entry)
        {
            Assert.Null(result.TotalPoints);
            Assert.False(result.Classified);
            Assert.Equal(Classification2019Rule.EntryCriterionNotMet, result.DecidingRule);
            return;
        }

        var total = result.TotalPoints!.Value;
        Assert.InRange(total, 0, Classification2019Criteria.MaxTotal);
        Assert.Equal(total, result.Domains.Sum(d => d.Weight));
        Assert.All(result.Domains, d => Assert.InRange(d.Weight, 2, Classification2019Criteria.DomainMaximum(d.Domain)));
        Assert.Equal(result.Domains.Length, result.Domains.Select(d => d.Domain).Distinct().Count());
        Assert.Equal(total >= 10 && result.ClinicalCriterionCounted, result.Classified);
        Assert.Equal(result.Classified, result.DecidingRule == Classification2019Rule.Classified);
        Assert.Equal(input.Criteria.Any(c => Classification2019Criteria.IsClinical(Classification2019Criteria.Domain(c))), result.ClinicalCriterionCounted);
    }

    [Property(MaxTest = 200)]
    public void Adding_a_criterion_never_lowers_the_score_nor_unclassifies(CriterionAddition pair)
    {
        var (input, extra) = pair;
        var before = Classify(input);
        var after = Classify(input with { Criteria = input.Criteria.Add(extra) });
        Assert.True((after.TotalPoints ?? 0) >= (before.TotalPoints ?? 0));
        Assert.True(!before.Classified || after.Classified);
    }

    [Property(MaxTest = 200)]
    public void Inputs_and_results_round_trip_through_json(Classification2019Input input)
    {
        var options = DamageWorkedExamples.Pipeline.Json.Options;
        var inputInfo = (JsonTypeInfo<Classification2019Input>)options.GetTypeInfo(typeof(Classification2019Input));
        var resultInfo = (JsonTypeInfo<Classification2019Result>)options.GetTypeInfo(typeof(Classification2019Result));

        var json = JsonSerializer.Serialize(input, inputInfo);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, inputInfo)!, inputInfo));

        var direct = JsonSerializer.Serialize(Classify(input), resultInfo);
        var computation = DamageWorkedExamples.Pipeline.ComputeInstrument(LupusIds.Classification2019, System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal(direct, computation.ResultText());
        Assert.Equal(direct, JsonSerializer.Serialize(JsonSerializer.Deserialize(direct, resultInfo)!, resultInfo));
    }
}
