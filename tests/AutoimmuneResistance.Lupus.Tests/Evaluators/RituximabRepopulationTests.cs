using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

/// <summary>Up to six B-cell results after the latest rituximab course: the day after its start (0-800) and whether depletion was complete.</summary>
public sealed record BCellResults((int offset, bool complete)[] Results)
{
    public override string ToString() =>
        "[" + string.Join(", ", Results.Select(r => $"day {r.offset}: {(r.complete ? "complete" : "not complete")}")) + "]";
}

/// <summary>The repopulation property's arbitrary: sequences of zero to six B-cell results in any order. No shrinking.</summary>
internal static class RituximabArbitraries
{
    // The list grows with FsCheck's size over the run; only its first six results are kept.
    public static Arbitrary<BCellResults> Results() =>
        Gen.ListOf(
                from offset in Gen.Choose(0, 800)
                from complete in Gen.Elements(true, false)
                select (offset, complete))
            .Select(l => new BCellResults(l.Take(6).ToArray()))
            .ToArbitrary();
}

// B-cell repopulation after the latest rituximab course, derived by hand. The latest course starts 2022-01-01, so the
// default 12-month early-repopulation window ends on 2023-01-01, 365 days later: a result dated 2022-12-31 (day 364) is
// inside it, one dated 2023-01-01 (day 365) is not.
[Properties(Arbitrary = [typeof(RituximabArbitraries)])]
public sealed class RituximabRepopulationTests
{
    private const string Evaluator = "sle.rituximab-response";
    private static readonly DateOnly Start = new(2022, 1, 1);
    private static readonly TherapyCourse First = Course(TherapyId.Rituximab, TherapyClass.AntiCd20, new DateOnly(2021, 1, 1), new DateOnly(2021, 1, 15), StopReason.Other, 1000m);
    private static readonly TherapyCourse Second = Course(TherapyId.Rituximab, TherapyClass.AntiCd20, Start, new DateOnly(2022, 1, 15), StopReason.Other, 1000m);

    private static PatientProfile WithResults(params (int Year, int Month, int Day, bool Complete)[] results) => Patient(First, Second) with
    {
        AntiDrugAntibodies = [new AntiDrugAntibodyResult { On = new DateOnly(2021, 12, 20), Therapy = TherapyId.Rituximab, Positive = false }],
        Assessments = [.. results.Select(r => (InstrumentAssessment)new BCellDepletion { On = new DateOnly(r.Year, r.Month, r.Day), Complete = r.Complete })],
    };

    private static Finding Repopulation(PatientProfile patient, ResistancePipeline? pipeline = null)
    {
        var assessment = (pipeline ?? Pipeline).Evaluate(patient);
        Assert.False(assessment.HasErrors, string.Join("; ", assessment.Diagnostics));
        return Assert.Single(assessment.Findings, f => f.Evaluator.Value == Evaluator && f.Mechanism == LupusMechanisms.BCellRepopulation);
    }

    private static ResistancePipeline WithWindow(int months) => new ResistancePipelineBuilder()
        .AddLupus()
        .UseDefinitionSet(RituximabRepopulationDefinitions.Default with { Id = DefinitionSetId.Create($"test.repopulation-{months}"), EarlyRepopulationMonths = months })
        .Build();

    [Fact]
    public void A_non_depleted_result_after_complete_depletion_within_the_window_is_early_repopulation()
    {
        var patient = WithResults((2022, 2, 12, true), (2022, 7, 1, false));

        var finding = Repopulation(patient);

        Assert.Equal(FindingStatus.Supported, finding.Status);
        Assert.Equal("sle.rituximab.repopulation.early", finding.Rule.Value);
        Assert.Equal(new DateOnly(2022, 7, 1), finding.On);
        Assert.Equal(TherapyId.Rituximab, finding.Therapy);
        Assert.Equal<string>(["$.therapies[1]", "$.assessments[0]", "$.assessments[1]"], finding.Facts);
        var threshold = Assert.Single(finding.Thresholds);
        Assert.Equal(ComparisonOperator.LessThan, threshold.Operator);
        Assert.Equal(365m, threshold.Limit);
        Assert.Equal(181m, threshold.Observed); // 31 + 28 + 31 + 30 + 31 + 30 days from 2022-01-01 to 2022-07-01
        Assert.True(threshold.IsMet);
        Assert.Contains(LupusSources.GomezMendezLunar, finding.Citations);
        Assert.Contains(LupusSources.DiasDepletionDuration, finding.Citations);
        Assert.Contains("UNCONFIRMED", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Repopulation_does_not_turn_a_complete_depletion_into_incomplete_depletion()
    {
        var patient = WithResults((2022, 2, 12, true), (2022, 7, 1, false));

        var depletion = Assert.Single(Findings(patient, Evaluator), f => f.Mechanism == LupusMechanisms.IncompleteBCellDepletion);

        Assert.Equal(FindingStatus.NotSupported, depletion.Status);
        Assert.Equal("sle.rituximab.depletion.complete", depletion.Rule.Value);
        Assert.Equal(new DateOnly(2022, 2, 12), depletion.On);
        Assert.Equal<string>(["$.therapies[1]", "$.assessments[0]"], depletion.Facts);
    }

    [Fact]
    public void Depletion_reached_only_at_a_later_result_still_counts_as_complete()
    {
        var patient = WithResults((2022, 2, 12, false), (2022, 4, 1, true));

        var findings = Findings(patient, Evaluator);

        var depletion = Assert.Single(findings, f => f.Mechanism == LupusMechanisms.IncompleteBCellDepletion);
        Assert.Equal(FindingStatus.NotSupported, depletion.Status);
        Assert.Equal(new DateOnly(2022, 4, 1), depletion.On);
        Assert.Equal(FindingStatus.Unknown, Assert.Single(findings, f => f.Mechanism == LupusMechanisms.BCellRepopulation).Status);
    }

    [Theory]
    [InlineData(2022, 12, 30, "sle.rituximab.repopulation.early", 363)]
    [InlineData(2022, 12, 31, "sle.rituximab.repopulation.early", 364)]
    [InlineData(2023, 1, 1, "sle.rituximab.repopulation.observed", 365)]
    [InlineData(2023, 1, 2, "sle.rituximab.repopulation.observed", 366)]
    public void The_window_ends_twelve_calendar_months_after_the_course_start(int year, int month, int day, string rule, int days)
    {
        var finding = Repopulation(WithResults((2022, 2, 12, true), (year, month, day, false)));

        Assert.Equal(FindingStatus.Supported, finding.Status);
        Assert.Equal(rule, finding.Rule.Value);
        Assert.Equal(days, Assert.Single(finding.Thresholds).Observed);
    }

    [Fact]
    public void Repopulation_first_seen_after_the_window_with_the_last_depleted_result_inside_it_is_not_called_early()
    {
        var finding = Repopulation(WithResults((2022, 2, 12, true), (2022, 6, 1, true), (2023, 1, 1, false)));

        Assert.Equal("sle.rituximab.repopulation.observed", finding.Rule.Value);
        Assert.Contains("cannot be told", finding.Summary, StringComparison.Ordinal);
        Assert.Equal<string>(["$.therapies[1]", "$.assessments[1]", "$.assessments[2]"], finding.Facts);
    }

    [Fact]
    public void Repopulation_after_a_depletion_documented_for_the_whole_window_says_so()
    {
        // Still depleted on 2023-01-01 (day 365), repopulated on 2023-03-01 (day 365 + 31 + 28 = 424).
        var finding = Repopulation(WithResults((2022, 2, 12, true), (2023, 1, 1, true), (2023, 3, 1, false)));

        Assert.Equal(FindingStatus.Supported, finding.Status);
        Assert.Equal("sle.rituximab.repopulation.observed", finding.Rule.Value);
        Assert.Contains("lasted at least the 12-month window", finding.Summary, StringComparison.Ordinal);
        var threshold = Assert.Single(finding.Thresholds);
        Assert.Equal(424m, threshold.Observed);
        Assert.False(threshold.IsMet);
        Assert.Equal(new DateOnly(2023, 3, 1), finding.On);
    }

    [Theory]
    [InlineData(2022, 8, 1, 212, false)]
    [InlineData(2022, 12, 31, 364, false)]
    [InlineData(2023, 1, 1, 365, true)]
    public void A_later_result_still_completely_depleted_is_no_repopulation(int year, int month, int day, int days, bool wholeWindow)
    {
        var finding = Repopulation(WithResults((2022, 2, 12, true), (year, month, day, true)));

        Assert.Equal(FindingStatus.NotSupported, finding.Status);
        Assert.Equal("sle.rituximab.repopulation.still-depleted", finding.Rule.Value);
        Assert.Equal(new DateOnly(year, month, day), finding.On);
        Assert.Equal<string>(["$.therapies[1]", "$.assessments[0]", "$.assessments[1]"], finding.Facts);
        var threshold = Assert.Single(finding.Thresholds);
        Assert.Equal(ComparisonOperator.GreaterThanOrEqual, threshold.Operator);
        Assert.Equal(365m, threshold.Limit);
        Assert.Equal(days, threshold.Observed);
        Assert.Equal(wholeWindow, threshold.IsMet);
        Assert.Equal(wholeWindow, finding.Summary.Contains("at least the 12-month window", StringComparison.Ordinal));
    }

    [Fact]
    public void Complete_depletion_without_a_later_result_is_unknown_and_names_the_missing_count()
    {
        var finding = Repopulation(WithResults((2022, 2, 12, true)));

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("sle.rituximab.repopulation.unmeasured", finding.Rule.Value);
        Assert.Equal("peripheral B-cell count (flow cytometry) after the documented depletion", finding.Gap!.Datum);
        Assert.Equal("$.assessments", finding.Gap.Path);
        Assert.Equal(new DateOnly(2022, 2, 12), finding.On);
    }

    [Fact]
    public void A_result_on_the_same_day_as_the_complete_one_is_not_later()
    {
        var finding = Repopulation(WithResults((2022, 2, 12, true), (2022, 2, 12, false)));

        Assert.Equal(FindingStatus.Unknown, finding.Status);
    }

    [Fact]
    public void The_first_non_depleted_result_decides_even_when_depletion_is_seen_again_later()
    {
        var finding = Repopulation(WithResults((2022, 2, 12, true), (2022, 5, 1, false), (2022, 9, 1, true)));

        Assert.Equal("sle.rituximab.repopulation.early", finding.Rule.Value);
        Assert.Equal(new DateOnly(2022, 5, 1), finding.On);
    }

    [Fact]
    public void Results_are_read_in_date_order_whatever_their_order_in_the_profile()
    {
        var finding = Repopulation(WithResults((2022, 7, 1, false), (2022, 2, 12, true)));

        Assert.Equal("sle.rituximab.repopulation.early", finding.Rule.Value);
        Assert.Equal<string>(["$.therapies[1]", "$.assessments[1]", "$.assessments[0]"], finding.Facts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_complete_depletion_there_is_no_repopulation_finding(bool measured)
    {
        var patient = measured ? WithResults((2022, 2, 12, false), (2022, 7, 1, false)) : WithResults();

        Assert.DoesNotContain(Findings(patient, Evaluator), f => f.Mechanism == LupusMechanisms.BCellRepopulation);
    }

    [Fact]
    public void Repopulation_after_an_earlier_course_is_not_read_for_the_latest_one()
    {
        var patient = WithResults((2021, 2, 12, true), (2021, 9, 1, false));

        var findings = Findings(patient, Evaluator);

        Assert.DoesNotContain(findings, f => f.Mechanism == LupusMechanisms.BCellRepopulation);
        Assert.Equal(FindingStatus.Unknown, Assert.Single(findings, f => f.Mechanism == LupusMechanisms.IncompleteBCellDepletion).Status);
    }

    [Fact]
    public void A_result_after_the_evaluation_date_is_not_read()
    {
        var patient = WithResults((2022, 2, 12, true), (2022, 7, 1, false));

        var assessment = Pipeline.Evaluate(patient, new EvaluationOptions { AsOf = new DateOnly(2022, 6, 30) });

        var finding = Assert.Single(assessment.Findings, f => f.Mechanism == LupusMechanisms.BCellRepopulation);
        Assert.Equal(FindingStatus.Unknown, finding.Status);
    }

    [Fact]
    public void The_recorded_fact_set_reports_repopulation_without_a_window()
    {
        var pipeline = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(RituximabRepopulationDefinitions.RecordedFactOnly.Id).Build();

        var finding = Repopulation(WithResults((2022, 2, 12, true), (2022, 7, 1, false)), pipeline);

        Assert.Equal(FindingStatus.Supported, finding.Status);
        Assert.Equal("sle.rituximab.repopulation.observed", finding.Rule.Value);
        Assert.Empty(finding.Thresholds);
        Assert.Contains("no early-repopulation window is selected", finding.Summary, StringComparison.Ordinal);
        Assert.Equal<Citation>([LupusSources.GomezMendezLunar], finding.Citations);
        Assert.Contains(
            pipeline.Evaluate(WithResults((2022, 2, 12, true))).Manifest.DefinitionSets,
            d => d.Id == RituximabRepopulationDefinitions.RecordedFactOnly.Id);
    }

    [Fact]
    public void The_recorded_fact_set_reports_a_still_depleted_result_without_a_threshold()
    {
        var pipeline = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(RituximabRepopulationDefinitions.RecordedFactOnly.Id).Build();

        var finding = Repopulation(WithResults((2022, 2, 12, true), (2023, 6, 1, true)), pipeline);

        Assert.Equal(FindingStatus.NotSupported, finding.Status);
        Assert.Empty(finding.Thresholds);
        Assert.DoesNotContain("window", finding.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2022, 6, 30, "sle.rituximab.repopulation.early")]
    [InlineData(2022, 7, 1, "sle.rituximab.repopulation.observed")]
    public void A_tuned_six_month_window_ends_on_2022_07_01(int year, int month, int day, string rule)
    {
        var finding = Repopulation(WithResults((2022, 2, 12, true), (year, month, day, false)), WithWindow(6));

        Assert.Equal(rule, finding.Rule.Value);
        Assert.Equal(181m, Assert.Single(finding.Thresholds).Limit);
    }

    [Theory]
    [InlineData(2022, 2, 27, "sle.rituximab.repopulation.early")]
    [InlineData(2022, 2, 28, "sle.rituximab.repopulation.observed")]
    public void A_month_window_from_the_31st_ends_on_the_last_day_of_the_shorter_month(int year, int month, int day, string rule)
    {
        // 2022-01-31 plus one calendar month is 2022-02-28 (28 days).
        var course = Second with { Start = new DateOnly(2022, 1, 31), End = new DateOnly(2022, 2, 14) };
        var patient = WithResults((2022, 2, 10, true), (year, month, day, false)) with { Therapies = [First, course] };

        var finding = Repopulation(patient, WithWindow(1));

        Assert.Equal(rule, finding.Rule.Value);
        Assert.Equal(28m, Assert.Single(finding.Thresholds).Limit);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void The_window_must_be_0_to_60_months(int months, bool valid)
    {
        var set = RituximabRepopulationDefinitions.Default with { EarlyRepopulationMonths = months };

        Assert.Equal(valid, set.Validate().Count == 0);
    }

    [Fact]
    public void The_definition_sets_are_registered_with_the_default_selected()
    {
        var manifest = Pipeline.Evaluate(WithResults((2022, 2, 12, true))).Manifest;

        Assert.Contains(manifest.DefinitionSets, d => d.Id == RituximabRepopulationDefinitions.Default.Id);
        Assert.Equal(12, RituximabRepopulationDefinitions.Default.EarlyRepopulationMonths);
        Assert.Equal(0, RituximabRepopulationDefinitions.RecordedFactOnly.EarlyRepopulationMonths);
    }

    // Against a direct restatement of the rule: a repopulation finding exactly when some result after the course start is
    // complete; supported exactly when a result dated after the first complete one is not complete; early only when that
    // result is dated before day 365; and the depletion finding never says "incomplete" once any result was complete.
    [Property(MaxTest = 100)]
    public void Repopulation_findings_follow_the_sequence_of_results(BCellResults results)
    {
        var sequence = results.Results;
        var patient = Patient(First, Second) with
        {
            AntiDrugAntibodies = [new AntiDrugAntibodyResult { On = new DateOnly(2021, 12, 20), Therapy = TherapyId.Rituximab, Positive = false }],
            Assessments = [.. sequence.Select(r => (InstrumentAssessment)new BCellDepletion { On = Start.AddDays(r.offset), Complete = r.complete })],
        };
        var findings = Pipeline.Evaluate(patient, new EvaluationOptions { AsOf = Start.AddDays(900) }).Findings
            .Where(f => f.Evaluator.Value == Evaluator)
            .ToList();
        var repopulation = findings.Where(f => f.Mechanism == LupusMechanisms.BCellRepopulation).ToList();
        var depletion = findings.Where(f => f.Mechanism == LupusMechanisms.IncompleteBCellDepletion).ToList();

        var firstComplete = sequence.Where(r => r.complete).Select(r => (int?)r.offset).Min();
        Assert.Equal(firstComplete is null ? 0 : 1, repopulation.Count);
        Assert.Single(depletion);
        if (firstComplete is not { } first)
        {
            Assert.Equal(sequence.Length == 0 ? FindingStatus.Unknown : FindingStatus.Supported, depletion[0].Status);
            return;
        }

        Assert.Equal(FindingStatus.NotSupported, depletion[0].Status);
        var returned = sequence.Where(r => !r.complete && r.offset > first).Select(r => (int?)r.offset).Min();
        var finding = repopulation[0];
        var expected = returned is not null ? FindingStatus.Supported
            : sequence.Any(r => r.offset > first) ? FindingStatus.NotSupported
            : FindingStatus.Unknown;
        Assert.Equal(expected, finding.Status);
        if (returned is { } back)
        {
            Assert.Equal(back < 365, finding.Rule.Value == "sle.rituximab.repopulation.early");
            Assert.Equal(Start.AddDays(back), finding.On);
        }
    }
}
