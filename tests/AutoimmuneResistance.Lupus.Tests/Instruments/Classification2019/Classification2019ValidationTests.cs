using System.Text;
using AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.Classification2019;

public sealed class Classification2019ValidationTests
{
    private static InstrumentComputation Compute(string json) =>
        DamageWorkedExamples.Pipeline.ComputeInstrument(LupusIds.Classification2019, Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("""{"anaTiterDenominator":80,"criteria":["fever","seizure","fever"]}""", "AIR2220", "$.criteria[2]")]
    [InlineData("""{"anaTiterDenominator":80,"otherCause":["fever","fever"]}""", "AIR2220", "$.otherCause[1]")]
    [InlineData("""{"anaTiterDenominator":80,"criteria":[99]}""", "AIR2221", "$.criteria[0]")]
    [InlineData("""{"anaTiterDenominator":80,"criteria":["fever","seizure"],"otherCause":["delirium","seizure"]}""", "AIR2222", "$.otherCause[1]")]
    [InlineData("""{"anaTiterDenominator":0,"criteria":["fever"]}""", "AIR1111", "$.anaTiterDenominator")]
    [InlineData("""{"anaTiterDenominator":1000001}""", "AIR1111", "$.anaTiterDenominator")]
    [InlineData("""{"anaTiterDenominator":80,"criteria":["fevr"]}""", "AIR1001", "$.criteria[0]")]
    [InlineData("""{"anaTiter":80}""", "AIR1004", "$.anaTiter")]
    [InlineData("""{"anaTiterDenominator":"80"}""", "AIR1001", "$.anaTiterDenominator")]
    public void Invalid_input_is_reported_with_its_code_and_path(string json, string code, string path)
    {
        var computation = Compute(json);

        Assert.True(computation.HasErrors);
        Assert.Null(computation.ResultJson);
        var error = Assert.Single(computation.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Score_throws_for_code_built_invalid_input()
    {
        var error = Assert.Throws<ArgumentException>(() => new EularAcr2019Classification().Compute(new Classification2019Input
        {
            AnaTiterDenominator = 80,
            Criteria = [Classification2019Criterion.Fever],
            OtherCause = [Classification2019Criterion.Fever],
        }));

        Assert.Contains("$.otherCause[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entry_criterion_boundary_is_a_titre_of_1_to_80()
    {
        Assert.False(Classification2019Criteria.MeetsEntryCriterion(79, null));
        Assert.True(Classification2019Criteria.MeetsEntryCriterion(80, null));
        Assert.False(Classification2019Criteria.MeetsEntryCriterion(null, false));
        Assert.True(Classification2019Criteria.MeetsEntryCriterion(null, true));
        Assert.False(Classification2019Criteria.MeetsEntryCriterion(null, null));
    }

    [Fact]
    public void The_weight_table_has_21_criteria_10_domains_and_a_maximum_of_51()
    {
        Assert.Equal(21, Classification2019Criteria.All.Length);
        Assert.Equal(10, Classification2019Criteria.Domains.Length);
        Assert.Equal(Classification2019Criteria.MaxTotal, Classification2019Criteria.Domains.Sum(Classification2019Criteria.DomainMaximum));
        Assert.Equal(7, Classification2019Criteria.Domains.Count(Classification2019Criteria.IsClinical));
        Assert.Equal(
            [2, 3, 4, 4, 2, 3, 5, 2, 2, 4, 6, 5, 6, 6, 4, 8, 10, 2, 3, 4, 6],
            Classification2019Criteria.All.Select(Classification2019Criteria.Weight));
        Assert.Throws<ArgumentOutOfRangeException>(() => Classification2019Criteria.Weight(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => Classification2019Criteria.DomainMaximum(default));
    }

    [Fact]
    public void The_instrument_is_registered()
    {
        Assert.Contains(DamageWorkedExamples.Pipeline.Instruments, i => i.Id == LupusIds.Classification2019 && i.Documentation == "docs/instruments/sle.eular-acr-2019-classification.md");
    }
}
