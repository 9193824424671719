using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

/// <summary>A classification input read under the unreported-unknown set, with at most 8 criteria not reported (so that every completion can be enumerated).</summary>
public sealed record PartialSlicc(Slicc2012Input Input)
{
    public override string ToString() =>
        $"criteria [{string.Join(", ", Input.Criteria)}], other cause [{string.Join(", ", Input.OtherCause)}], absent [{string.Join(", ", Input.Absent)}], nephritis {Input.BiopsyProvenLupusNephritis}";
}

/// <summary>The same for the 2019 EULAR/ACR criteria, the ANA result possibly missing.</summary>
public sealed record Partial2019(Classification2019Input Input)
{
    public override string ToString() =>
        $"ANA 1:{Input.AnaTiterDenominator}, criteria [{string.Join(", ", Input.Criteria)}], other cause [{string.Join(", ", Input.OtherCause)}], absent [{string.Join(", ", Input.Absent)}]";
}

/// <summary>Partial classification inputs. No shrinking.</summary>
internal static class PartialClassificationArbitraries
{
    private static readonly DefinitionSetId Unknown = ClassificationDefinitions.UnreportedUnknown.Id;

    public static Arbitrary<PartialSlicc> Slicc() =>
        (from criteria in Gen.SubListOf(Slicc2012Classification.All.AsEnumerable())
         from otherCause in Gen.SubListOf(Slicc2012Classification.All.Except(criteria))
         from unreported in Gen.SubListOf(Slicc2012Classification.All.Except(criteria).Except(otherCause))
         from biopsy in Gen.Elements(false, true)
         let kept = unreported.Take(8).ToList()
         select new PartialSlicc(new Slicc2012Input
         {
             Definitions = Unknown,
             Criteria = [.. criteria],
             OtherCause = [.. otherCause],
             Absent = [.. Slicc2012Classification.All.Except(criteria).Except(otherCause).Except(kept)],
             BiopsyProvenLupusNephritis = biopsy,
         })).ToArbitrary();

    public static Arbitrary<Partial2019> Eular2019() =>
        (from criteria in Gen.SubListOf(Classification2019Criteria.All.AsEnumerable())
         from otherCause in Gen.SubListOf(Classification2019Criteria.All.Except(criteria))
         from unreported in Gen.SubListOf(Classification2019Criteria.All.Except(criteria).Except(otherCause))
         from titre in Gen.Elements<int?>(null, 40, 80, 160)
         let kept = unreported.Take(8).ToList()
         select new Partial2019(new Classification2019Input
         {
             Definitions = Unknown,
             AnaTiterDenominator = titre,
             Criteria = [.. criteria],
             OtherCause = [.. otherCause],
             Absent = [.. Classification2019Criteria.All.Except(criteria).Except(otherCause).Except(kept)],
         })).ToArbitrary();
}

/// <summary>
/// What a criterion that no list reports means: absent under the default set (the original reading, unchanged), listed
/// and possibly deciding under <c>sle.classification.unreported-unknown</c>. Worked examples by hand, then properties
/// that check the determinate flag against every completion of the unreported criteria.
/// </summary>
[Properties(Arbitrary = [typeof(PartialClassificationArbitraries)])]
public sealed class ClassificationUnreportedTests
{
    private static readonly Slicc2012Classification Slicc = new();
    private static readonly EularAcr2019Classification Eular = new();
    private static readonly DefinitionSetId Unknown = ClassificationDefinitions.UnreportedUnknown.Id;

    private static Slicc2012Result Classify(Slicc2012Input input)
    {
        Assert.DoesNotContain(Slicc.Validate(input), d => d.Severity == DiagnosticSeverity.Error);
        return Slicc.Compute(input);
    }

    private static Classification2019Result Classify(Classification2019Input input)
    {
        Assert.DoesNotContain(Eular.Validate(input), d => d.Severity == DiagnosticSeverity.Error);
        return Eular.Compute(input);
    }

    private static readonly Slicc2012Criterion[] ThreeSlicc = [Slicc2012Criterion.AcuteCutaneousLupus, Slicc2012Criterion.Synovitis, Slicc2012Criterion.Ana];

    [Fact]
    public void Under_the_default_set_an_unreported_criterion_is_absent_as_before()
    {
        var result = Classify(new Slicc2012Input { Criteria = [.. ThreeSlicc] });

        Assert.False(result.Classified);
        Assert.True(result.Determinate);
        Assert.Empty(result.NotReported);
        Assert.Equal(ClassificationDefinitions.Default.Id, result.Definitions);
    }

    [Fact]
    public void Slicc_three_criteria_with_fourteen_unreported_is_not_determinate()
    {
        // By hand: acute cutaneous lupus, synovitis (clinical 2), ANA (immunologic 1) = 3 < 4, not classified on what is
        // reported; any one more criterion among the 14 not reported would make 4 with both kinds.
        var result = Classify(new Slicc2012Input { Definitions = Unknown, Criteria = [.. ThreeSlicc] });

        Assert.False(result.Classified);
        Assert.Equal(Slicc2012Rule.FewerThanFourCriteria, result.DecidingRule);
        Assert.False(result.Determinate);
        Assert.Equal(14, result.NotReported.Length);
        Assert.Equal(Slicc2012Classification.All.Except(ThreeSlicc), result.NotReported);
    }

    [Fact]
    public void Slicc_three_criteria_with_every_other_one_absent_is_determinate()
    {
        var result = Classify(new Slicc2012Input
        {
            Definitions = Unknown,
            Criteria = [.. ThreeSlicc],
            Absent = [.. Slicc2012Classification.All.Except(ThreeSlicc)],
        });

        Assert.False(result.Classified);
        Assert.True(result.Determinate);
        Assert.Empty(result.NotReported);
    }

    [Theory]
    [InlineData(false, false)] // haemolytic anaemia not reported: it would stop the Coombs test counting
    [InlineData(true, true)] // haemolytic anaemia reported absent
    public void An_unreported_haemolytic_anaemia_can_take_a_slicc_classification_away(bool anaemiaAbsent, bool determinate)
    {
        // By hand: acute cutaneous lupus, synovitis, oral or nasal ulcers (clinical 3) and a direct Coombs test (the only
        // immunologic criterion): 4 with both kinds, classified. With haemolytic anaemia present the Coombs test would not
        // count: 4 clinical, no immunologic, not classified.
        Slicc2012Criterion[] met = [Slicc2012Criterion.AcuteCutaneousLupus, Slicc2012Criterion.Synovitis, Slicc2012Criterion.OralOrNasalUlcers, Slicc2012Criterion.DirectCoombsTest];
        var absent = Slicc2012Classification.All.Except(met).Where(c => anaemiaAbsent || c != Slicc2012Criterion.HemolyticAnemia);

        var result = Classify(new Slicc2012Input { Definitions = Unknown, Criteria = [.. met], Absent = [.. absent] });

        Assert.True(result.Classified);
        Assert.Equal(determinate, result.Determinate);
        Assert.Equal(anaemiaAbsent ? [] : [Slicc2012Criterion.HemolyticAnemia], result.NotReported.AsEnumerable());
    }

    [Fact]
    public void Every_unreported_criterion_present_is_not_the_only_completion_that_decides()
    {
        // By hand: as above, with anti-dsDNA also not reported. All unreported present: haemolytic anaemia stops the
        // Coombs test, anti-dsDNA replaces it: 5 with both kinds, classified, as reported. But haemolytic anaemia alone:
        // 4 clinical, no immunologic, not classified. So the answer is not determinate.
        Slicc2012Criterion[] met = [Slicc2012Criterion.AcuteCutaneousLupus, Slicc2012Criterion.Synovitis, Slicc2012Criterion.OralOrNasalUlcers, Slicc2012Criterion.DirectCoombsTest];
        Slicc2012Criterion[] unreported = [Slicc2012Criterion.HemolyticAnemia, Slicc2012Criterion.AntiDsDna];

        var result = Classify(new Slicc2012Input { Definitions = Unknown, Criteria = [.. met], Absent = [.. Slicc2012Classification.All.Except(met).Except(unreported)] });

        Assert.True(result.Classified);
        Assert.False(result.Determinate);
        Assert.Equal(unreported, result.NotReported.AsEnumerable());
    }

    [Fact]
    public void Eular_2019_without_an_ana_result_is_not_determinate_when_the_criteria_would_classify()
    {
        // By hand: acute pericarditis 6 + joint involvement 6 = 12 >= 10 with a clinical criterion, but no ANA result:
        // the entry criterion is not met on what is reported; with a positive ANA the record would be classified.
        var input = new Classification2019Input
        {
            Definitions = Unknown,
            Criteria = [Classification2019Criterion.AcutePericarditis, Classification2019Criterion.JointInvolvement],
        };

        var result = Classify(input);

        Assert.False(result.Classified);
        Assert.Equal(Classification2019Rule.EntryCriterionNotMet, result.DecidingRule);
        Assert.False(result.AnaReported);
        Assert.False(result.Determinate);
        Assert.Equal(19, result.NotReported.Length);

        var byDefault = Classify(input with { Definitions = null });
        Assert.True(byDefault.Determinate);
        Assert.False(byDefault.AnaReported);
        Assert.Empty(byDefault.NotReported);
    }

    [Fact]
    public void Eular_2019_with_a_negative_ana_stays_unclassified_whatever_is_unreported()
    {
        // ANA 1:40 < 1:80: the entry criterion is not met, and reported; no completion can meet it.
        var result = Classify(new Classification2019Input
        {
            Definitions = Unknown,
            AnaTiterDenominator = 40,
            Criteria = [Classification2019Criterion.AcutePericarditis, Classification2019Criterion.JointInvolvement],
        });

        Assert.False(result.Classified);
        Assert.True(result.AnaReported);
        Assert.True(result.Determinate);
    }

    [Theory]
    [InlineData(new[] { Classification2019Criterion.LupusNephritisClassIIIOrIV }, true, true)] // 10 points, classified: more criteria cannot undo it
    [InlineData(new[] { Classification2019Criterion.Fever }, false, false)] // 2 points, 20 criteria unreported
    public void Eular_2019_classified_records_are_determinate_and_short_ones_are_not(Classification2019Criterion[] met, bool classified, bool determinate)
    {
        var result = Classify(new Classification2019Input { Definitions = Unknown, AnaTiterDenominator = 160, Criteria = [.. met] });

        Assert.Equal(classified, result.Classified);
        Assert.Equal(determinate, result.Determinate);
    }

    [Fact]
    public void Eular_2019_fever_alone_with_every_other_criterion_absent_is_determinate()
    {
        var result = Classify(new Classification2019Input
        {
            Definitions = Unknown,
            AnaTiterDenominator = 80,
            Criteria = [Classification2019Criterion.Fever],
            Absent = [.. Classification2019Criteria.All.Where(c => c != Classification2019Criterion.Fever)],
        });

        Assert.False(result.Classified);
        Assert.Equal(2, result.TotalPoints);
        Assert.True(result.Determinate);
        Assert.Empty(result.NotReported);
    }

    [Fact]
    public void A_criterion_listed_as_absent_and_as_met_is_an_error_naming_the_absent_entry()
    {
        var slicc = Slicc.Validate(new Slicc2012Input { Criteria = [Slicc2012Criterion.Ana], Absent = [Slicc2012Criterion.Synovitis, Slicc2012Criterion.Ana] });
        var eular = Eular.Validate(new Classification2019Input { AnaTiterDenominator = 80, OtherCause = [Classification2019Criterion.Fever], Absent = [Classification2019Criterion.Fever] });

        Assert.Equal("$.absent[1]", Assert.Single(slicc, d => d.Severity == DiagnosticSeverity.Error).Path);
        Assert.Equal("$.absent[0]", Assert.Single(eular, d => d.Severity == DiagnosticSeverity.Error).Path);
    }

    [Fact]
    public void The_set_is_chosen_by_id_in_the_json_input()
    {
        var pipeline = new ResistancePipelineBuilder().AddLupus().Build();
        var computation = pipeline.ComputeInstrument(
            LupusIds.Slicc2012Classification,
            """{"definitions":"sle.classification.unreported-unknown","criteria":["acute-cutaneous-lupus","synovitis","ana"]}"""u8.ToArray());

        Assert.False(computation.HasErrors, computation.ResultText());
        var text = computation.ResultText();
        Assert.Contains("\"determinate\":false", text, StringComparison.Ordinal);
        Assert.Contains("\"definitions\":\"sle.classification.unreported-unknown\"", text, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public void Slicc_is_determinate_exactly_when_no_completion_changes_the_answer(PartialSlicc partial)
    {
        var input = partial.Input;
        var result = Classify(input);
        var notReported = result.NotReported;
        Assert.True(notReported.Length <= 8);

        var answers = Enumerable.Range(0, 1 << notReported.Length)
            .Select(mask => Classify(input with
            {
                Criteria = [.. input.Criteria, .. notReported.Where((_, i) => (mask & (1 << i)) != 0)],
                Absent = [.. input.Absent, .. notReported.Where((_, i) => (mask & (1 << i)) == 0)],
            }))
            .Select(r => r.Classified)
            .ToHashSet();

        Assert.Equal(answers.Count == 1 && answers.Contains(result.Classified), result.Determinate);
    }

    [Property(MaxTest = 300)]
    public void Eular_2019_is_determinate_exactly_when_no_completion_changes_the_answer(Partial2019 partial)
    {
        var input = partial.Input;
        var result = Classify(input);
        var notReported = result.NotReported;
        int?[] titres = input.AnaTiterDenominator is null ? [null, 80] : [input.AnaTiterDenominator];

        var answers = titres
            .SelectMany(titre => Enumerable.Range(0, 1 << notReported.Length).Select(mask => Classify(input with
            {
                AnaTiterDenominator = titre,
                Criteria = [.. input.Criteria, .. notReported.Where((_, i) => (mask & (1 << i)) != 0)],
                Absent = [.. input.Absent, .. notReported.Where((_, i) => (mask & (1 << i)) == 0)],
            })))
            .Select(r => r.Classified)
            .ToHashSet();

        Assert.Equal(answers.Count == 1 && answers.Contains(result.Classified), result.Determinate);
    }
}
