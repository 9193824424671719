using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;
using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.Classification2019;

public sealed class Classification2019PropertyTests
{
    private static readonly EularAcr2019Classification Instrument = new();

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

    private static Classification2019Result Classify(Classification2019Input input)
    {
        Assert.DoesNotContain(Instrument.Validate(input), d => d.Severity == DiagnosticSeverity.Error);
        return Instrument.Compute(input);
    }

    [Fact]
    public void Totals_stay_within_0_and_51_and_the_rules_decide_consistently()
    {
        Prop.ForAll(Input(Classification2019Criteria.All).ToArbitrary(), input =>
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
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Adding_a_criterion_never_lowers_the_score_nor_unclassifies()
    {
        var pairs =
            from extra in Gen.Elements(Classification2019Criteria.All.AsEnumerable())
            from input in Input(Classification2019Criteria.All.Where(c => c != extra))
            select (input: input with { OtherCause = input.OtherCause.Remove(extra) }, extra);
        Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var (input, extra) = pair;
            var before = Classify(input);
            var after = Classify(input with { Criteria = input.Criteria.Add(extra) });
            Assert.True((after.TotalPoints ?? 0) >= (before.TotalPoints ?? 0));
            Assert.True(!before.Classified || after.Classified);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Inputs_and_results_round_trip_through_json()
    {
        var options = DamageWorkedExamples.Pipeline.Json.Options;
        var inputInfo = (JsonTypeInfo<Classification2019Input>)options.GetTypeInfo(typeof(Classification2019Input));
        var resultInfo = (JsonTypeInfo<Classification2019Result>)options.GetTypeInfo(typeof(Classification2019Result));
        Prop.ForAll(Input(Classification2019Criteria.All).ToArbitrary(), input =>
        {
            var json = JsonSerializer.Serialize(input, inputInfo);
            Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, inputInfo)!, inputInfo));

            var direct = JsonSerializer.Serialize(Classify(input), resultInfo);
            var computation = DamageWorkedExamples.Pipeline.ComputeInstrument(LupusIds.Classification2019, System.Text.Encoding.UTF8.GetBytes(json));
            Assert.Equal(direct, computation.ResultText());
            Assert.Equal(direct, JsonSerializer.Serialize(JsonSerializer.Deserialize(direct, resultInfo)!, resultInfo));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
