using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

public sealed class GlucocorticoidEvaluatorTests
{
    private const string Evaluator = "sle.glucocorticoids";
    private const string TargetRule = "sle.glucocorticoids.maintenance-target-missed";
    private const string DependenceRule = "sle.glucocorticoids.dependence";
    private const string EscalationRule = "sle.glucocorticoids.escalation-after-taper";

    private static readonly DateOnly GcStart = new(2022, 1, 1);

    // Bridging ends 2022-07-01 (6 months, TreatToTargetDefinitions.Default).
    private static TherapyCourse Prednisone(decimal milligrams, DateOnly? start = null, Route? route = null, params DoseChange[] changes) => new()
    {
        Therapy = TherapyId.Prednisone,
        Class = TherapyClass.Glucocorticoid,
        Route = route ?? Route.Oral,
        Start = start ?? GcStart,
        Regimen = DoseRegimen.Daily(Dose.Milligrams(milligrams)),
        DoseChanges = [.. changes],
    };

    private static DoseChange Change(DateOnly on, decimal milligrams) => new() { On = on, Regimen = DoseRegimen.Daily(Dose.Milligrams(milligrams)) };

    private static PatientProfile WithVisits(PatientProfile patient, params DateOnly[] dates) =>
        patient with { Assessments = [.. dates.Select(d => (InstrumentAssessment)Sledai(d, Sledai2kDescriptor.Arthritis))] };

    private static Finding Rule(IReadOnlyList<Finding> findings, string rule) => Assert.Single(findings, f => f.Rule.Value == rule);

    [Fact]
    public void V1_misses_the_maintenance_target_at_every_visit_and_is_glucocorticoid_dependent()
    {
        foreach (var patient in new[] { VignetteV1.Profile(), VignetteV1.FromJson() })
        {
            var findings = Findings(patient, Evaluator);

            // One finding for the rule, folded over the visits: missed at 3 of 3, each visit on the timeline.
            var target = Rule(findings, TargetRule);
            Assert.Equal(FindingStatus.Supported, target.Status);
            Assert.Equal(LupusMechanisms.GlucocorticoidDependence, target.Mechanism);
            Assert.Equal(EvidenceGrade.ExpertOpinion, target.Grade);
            Assert.Equal(new DateOnly(2023, 7, 14), target.On);
            Assert.StartsWith("Prednisone-equivalent above the EULAR 2023 maintenance target (5 mg/day or less) at 3 of 3 visits beyond the bridging period", target.Summary, StringComparison.Ordinal);
            var timeline = target.Timeline!;
            Assert.Equal([new DateOnly(2023, 1, 10), new DateOnly(2023, 4, 12), new DateOnly(2023, 7, 14)], timeline.Points.Select(p => p.On));
            Assert.All(timeline.Points, p => Assert.Equal((10m, (bool?)true), (p.Observed!.Value, p.Met)));
            Assert.Equal(["$.assessments[0]", "$.assessments[1]", "$.assessments[2]"], timeline.Points.Select(p => p.Fact!));
            Assert.Equal((ComparisonOperator.GreaterThan, 5m), (timeline.Operator!.Value, timeline.Limit!.Value));
            Assert.Equal(3, timeline.MetCount);
            var threshold = Assert.Single(target.Thresholds);
            Assert.Equal((ComparisonOperator.GreaterThan, 5m, 10m, true), (threshold.Operator, threshold.Limit, threshold.Observed!.Value, threshold.IsMet!.Value));
            Assert.Contains("$.therapies[1]", target.Facts);
            Assert.Equal("10.1136/ard-2023-224762", Assert.Single(target.Citations).Doi);

            var dependence = Rule(findings, DependenceRule);
            Assert.Equal(FindingStatus.Supported, dependence.Status);
            Assert.Single(dependence.Thresholds);
            Assert.Contains("2023-01-10 to 2023-07-14", dependence.Summary, StringComparison.Ordinal);

            Assert.Equal(FindingStatus.NotSupported, Rule(findings, EscalationRule).Status);
        }
    }

    [Theory]
    [InlineData("5.0", FindingStatus.NotSupported)]
    [InlineData("5", FindingStatus.NotSupported)]
    [InlineData("5.01", FindingStatus.Supported)]
    [InlineData("4.99", FindingStatus.NotSupported)]
    public void The_maintenance_target_is_at_most_5_mg_per_day(string milligrams, FindingStatus expected)
    {
        var dose = decimal.Parse(milligrams, System.Globalization.CultureInfo.InvariantCulture);
        var patient = WithVisits(Patient(Prednisone(dose)), new DateOnly(2022, 8, 1));

        var finding = Rule(Findings(patient, Evaluator), TargetRule);

        Assert.Equal(expected, finding.Status);
        Assert.Equal(dose, Assert.Single(finding.Thresholds).Observed);
    }

    [Fact]
    public void Methylprednisolone_converts_to_prednisone_equivalent()
    {
        // 4 mg methylprednisolone = 5 mg prednisone: 4 mg meets the target, 4.1 mg (5.125) misses it.
        foreach (var (milligrams, expected) in new[] { (4m, FindingStatus.NotSupported), (4.1m, FindingStatus.Supported) })
        {
            var course = Prednisone(milligrams) with { Therapy = TherapyId.Methylprednisolone };
            var finding = Rule(Findings(WithVisits(Patient(course), new DateOnly(2022, 8, 1)), Evaluator), TargetRule);
            Assert.Equal(expected, finding.Status);
        }
    }

    [Fact]
    public void Visits_within_the_bridging_period_are_not_judged()
    {
        // Bridging ends 2022-07-01: the visits of 2022-03-01 and 2022-06-30 are ignored; 2022-07-01 is the first judged.
        var patient = WithVisits(Patient(Prednisone(10m)), new DateOnly(2021, 12, 1), new DateOnly(2022, 3, 1), new DateOnly(2022, 6, 30), new DateOnly(2022, 7, 1));

        var findings = Findings(patient, Evaluator);

        var visit = Assert.Single(findings, f => f.Rule.Value == TargetRule);
        Assert.Equal(new DateOnly(2022, 7, 1), visit.On);
        Assert.Equal(FindingStatus.Supported, visit.Status);
        Assert.Contains("beyond the 6-month bridging period of the exposure that began 2022-01-01", visit.Summary, StringComparison.Ordinal);

        // One judged visit spans less than the bridging period: dependence is not concluded yet, and the gap says when to look again.
        var dependence = Rule(findings, DependenceRule);
        Assert.Equal(FindingStatus.Unknown, dependence.Status);
        Assert.Contains("2023-01-01", dependence.Gap!.Datum, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bridging_period_selected_in_the_pipeline_is_honoured()
    {
        var pipeline = new ResistancePipelineBuilder().AddLupus().Build();
        var tuned = TreatToTargetDefinitions.Default with { Id = DefinitionSetId.Create("sle.treat-to-target.bridging-3"), BridgingPeriodMonths = 3 };
        var context = new EvaluationContext(
            WithVisits(Patient(Prednisone(10m)), new DateOnly(2022, 4, 15)),
            new DateOnly(2022, 4, 15),
            new SelectedDefinitionSets([tuned, ActivityDefinitions.Default]),
            pipeline.Therapies);
        var output = new EvaluationOutput();

        new GlucocorticoidEvaluator().Evaluate(context, output);

        Assert.Equal(FindingStatus.Supported, Rule(output.Findings, TargetRule).Status);
    }

    [Fact]
    public void A_maintenance_target_selected_in_the_pipeline_is_printed_in_the_threshold_name()
    {
        var pipeline = new ResistancePipelineBuilder().AddLupus().Build();
        var tuned = TreatToTargetDefinitions.Default with { Id = DefinitionSetId.Create("sle.treat-to-target.target-7.5"), MaintenanceTargetMilligramsPerDay = 7.50m };
        var context = new EvaluationContext(
            WithVisits(Patient(Prednisone(10m)), new DateOnly(2022, 8, 1)),
            new DateOnly(2022, 8, 1),
            new SelectedDefinitionSets([tuned, ActivityDefinitions.Default]),
            pipeline.Therapies);
        var output = new EvaluationOutput();

        new GlucocorticoidEvaluator().Evaluate(context, output);

        var threshold = Assert.Single(Rule(output.Findings, TargetRule).Thresholds);
        Assert.Equal("prednisone-equivalent dose on the visit date, mg/day (EULAR 2023 maintenance target <= 7.5; missed when above), 2022-08-01", threshold.Name);
        Assert.Equal((ComparisonOperator.GreaterThan, 7.5m, true), (threshold.Operator, threshold.Limit, threshold.IsMet!.Value));
        Assert.All(Rule(output.Findings, DependenceRule).Thresholds, t => Assert.Contains("maintenance target <= 7.5;", t.Name, StringComparison.Ordinal));

        // The default set still prints the published target.
        var published = Assert.Single(Rule(Findings(WithVisits(Patient(Prednisone(10m)), new DateOnly(2022, 8, 1)), Evaluator), TargetRule).Thresholds);
        Assert.Equal("prednisone-equivalent dose on the visit date, mg/day (EULAR 2023 maintenance target <= 5; missed when above), 2022-08-01", published.Name);
    }

    [Fact]
    public void Dependence_is_not_supported_when_the_dose_reached_the_target_and_stayed()
    {
        var course = Prednisone(20m, changes: Change(new DateOnly(2022, 9, 1), 5m));
        var patient = WithVisits(Patient(course), new DateOnly(2022, 8, 1), new DateOnly(2022, 10, 1), new DateOnly(2023, 1, 1));

        var findings = Findings(patient, Evaluator);

        var target = Rule(findings, TargetRule);
        Assert.Equal(FindingStatus.NotSupported, target.Status);
        Assert.Equal([true, false, false], target.Timeline!.Points.Select(p => p.Met!.Value));
        Assert.Contains("at 1 of 3 visits", target.Summary, StringComparison.Ordinal);
        var dependence = Rule(findings, DependenceRule);
        Assert.Equal(FindingStatus.NotSupported, dependence.Status);
        Assert.Equal(new DateOnly(2023, 1, 1), dependence.On);
        Assert.Equal(5m, Assert.Single(dependence.Thresholds).Observed);
    }

    [Fact]
    public void Stopping_glucocorticoids_meets_the_target()
    {
        var course = Prednisone(20m) with { End = new DateOnly(2022, 3, 31) };
        var patient = WithVisits(Patient(course), new DateOnly(2022, 5, 1));

        var findings = Findings(patient, Evaluator);

        var visit = Rule(findings, TargetRule);
        Assert.Equal(FindingStatus.NotSupported, visit.Status);
        Assert.StartsWith("No systemic glucocorticoid at the latest visit, 2022-05-01", visit.Summary, StringComparison.Ordinal);
        Assert.Equal(0m, Assert.Single(visit.Timeline!.Points).Observed);
        Assert.Equal(FindingStatus.NotSupported, Rule(findings, DependenceRule).Status);
    }

    [Fact]
    public void Without_any_glucocorticoid_course_nothing_is_said()
    {
        var patient = WithVisits(Patient(Course(TherapyId.Hydroxychloroquine, TherapyClass.Antimalarial, GcStart, milligrams: 400m)), new DateOnly(2023, 1, 1));

        Assert.Empty(Findings(patient, Evaluator));
    }

    [Fact]
    public void Only_non_systemic_glucocorticoids_leave_dependence_unknown_in_one_finding()
    {
        var topical = Prednisone(10m) with { Therapy = TherapyId.Hydrocortisone, Route = Route.Topical };
        var findings = Findings(WithVisits(Patient(topical), new DateOnly(2023, 1, 1)), Evaluator);

        // The missing systemic course decides all three rules: one unknown finding names it, not one per rule.
        var finding = Assert.Single(findings);
        Assert.Equal(DependenceRule, finding.Rule.Value);
        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Contains("systemic glucocorticoid courses", finding.Gap!.Datum, StringComparison.Ordinal);
    }

    [Fact]
    public void A_course_without_a_dose_is_named_as_the_gap()
    {
        var patient = WithVisits(Patient(Prednisone(10m) with { Regimen = null }), new DateOnly(2023, 1, 1));

        var findings = Findings(patient, Evaluator);

        var dependence = Rule(findings, DependenceRule);
        Assert.Equal(FindingStatus.Unknown, dependence.Status);
        Assert.Equal("$.therapies[0].regimen", dependence.Gap!.Path);
    }

    [Fact]
    public void Without_a_visit_after_the_bridging_period_dependence_is_unknown()
    {
        var patient = WithVisits(Patient(Prednisone(30m, new DateOnly(2023, 1, 1))), new DateOnly(2023, 3, 1));

        var findings = Findings(patient, Evaluator);

        Assert.DoesNotContain(findings, f => f.Rule.Value == TargetRule);
        var dependence = Rule(findings, DependenceRule);
        Assert.Equal(FindingStatus.Unknown, dependence.Status);
        Assert.Equal("$.assessments", dependence.Gap!.Path);
        Assert.Contains("on or after 2023-07-01", dependence.Gap.Datum, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_systemic_routes_count_and_an_unrecorded_route_is_reported_as_an_assumption()
    {
        var topical = Prednisone(40m) with { Therapy = TherapyId.Hydrocortisone, Route = Route.Topical };
        var noRoute = Prednisone(4m) with { Route = null };
        var patient = WithVisits(Patient(topical, noRoute), new DateOnly(2022, 8, 1));

        var visit = Rule(Findings(patient, Evaluator), TargetRule);

        Assert.Equal(FindingStatus.NotSupported, visit.Status);
        Assert.Equal(4m, Assert.Single(visit.Thresholds).Observed);
        Assert.Contains("prednisone (from 2022-01-01) has no recorded route and was counted as systemic", visit.Summary, StringComparison.Ordinal);
        Assert.Contains("hydrocortisone (from 2022-01-01) is not systemic", visit.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rise_after_a_taper_on_the_same_background_is_escalation()
    {
        var mmf = Course(TherapyId.MycophenolateMofetil, TherapyClass.Antimetabolite, new DateOnly(2021, 6, 1), milligrams: 2000m);
        var course = Prednisone(20m, changes: [Change(new DateOnly(2022, 3, 1), 10m), Change(new DateOnly(2022, 5, 1), 7.5m), Change(new DateOnly(2022, 8, 1), 15m)]);

        var escalation = Rule(Findings(WithVisits(Patient(mmf, course), new DateOnly(2022, 9, 1)), Evaluator), EscalationRule);

        Assert.Equal(FindingStatus.Supported, escalation.Status);
        Assert.Equal(LupusMechanisms.SecondaryLossOfResponse, escalation.Mechanism);
        Assert.Equal(new DateOnly(2022, 8, 1), escalation.On);
        Assert.Equal(TherapyId.Prednisone, escalation.Therapy);
        Assert.Contains("tapered from 10 to 7.5 mg/day on 2022-05-01 and rose again from 7.5 to 15 mg/day on 2022-08-01", escalation.Summary, StringComparison.Ordinal);
        Assert.Contains("mycophenolate-mofetil", escalation.Summary, StringComparison.Ordinal);
        Assert.All(escalation.Thresholds, t => Assert.True(t.IsMet));
        Assert.Contains("$.therapies[0]", escalation.Facts);
    }

    [Fact]
    public void A_rise_when_the_background_changed_is_not_read_as_escalation()
    {
        var mmf = Course(TherapyId.MycophenolateMofetil, TherapyClass.Antimetabolite, new DateOnly(2021, 6, 1), end: new DateOnly(2022, 6, 30), stop: StopReason.AdverseEvent, milligrams: 2000m);
        var course = Prednisone(20m, changes: [Change(new DateOnly(2022, 3, 1), 10m), Change(new DateOnly(2022, 8, 1), 15m)]);

        var escalation = Rule(Findings(WithVisits(Patient(mmf, course), new DateOnly(2022, 9, 1)), Evaluator), EscalationRule);

        Assert.Equal(FindingStatus.NotSupported, escalation.Status);
        Assert.Contains("stopped mycophenolate-mofetil", escalation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_exposure_after_a_gap_is_not_escalation()
    {
        var first = Prednisone(20m, changes: Change(new DateOnly(2022, 2, 1), 10m)) with { End = new DateOnly(2022, 3, 31) };
        var second = Prednisone(30m, new DateOnly(2022, 6, 1));

        var escalation = Rule(Findings(WithVisits(Patient(first, second), new DateOnly(2022, 7, 1)), Evaluator), EscalationRule);

        Assert.Equal(FindingStatus.NotSupported, escalation.Status);
    }

    [Fact]
    public void Visits_after_the_evaluation_date_are_ignored()
    {
        var patient = WithVisits(Patient(Prednisone(10m)), new DateOnly(2022, 8, 1), new DateOnly(2023, 8, 1));

        var assessment = Pipeline.Evaluate(patient, new EvaluationOptions { AsOf = new DateOnly(2022, 12, 31) });

        var visit = Assert.Single(assessment.Findings, f => f.Rule.Value == TargetRule);
        Assert.Equal(new DateOnly(2022, 8, 1), visit.On);
    }
}
