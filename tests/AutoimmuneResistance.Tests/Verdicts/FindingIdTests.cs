using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Verdicts;

// Finding ids: f1, f2, ... by position in the assessment; a failed evaluator's findings are truncated and the ids
// continue from where the last good evaluator stopped; a misattributed finding is dropped and gets none.
public sealed class FindingIdTests
{
    private static readonly EvaluatorId First = EvaluatorId.Create("scripted.a-first");
    private static readonly EvaluatorId Failing = EvaluatorId.Create("scripted.b-failing");
    private static readonly EvaluatorId Last = EvaluatorId.Create("scripted.c-last");

    private static Finding Supported(EvaluatorId evaluator, string summary) =>
        Finding.Supported(evaluator, Scripted.Adherence, Scripted.Rule, summary, EvidenceGrade.ExpertOpinion);

    [Fact]
    public void Add_gives_each_finding_its_position_as_id_and_returns_it()
    {
        var output = new EvaluationOutput();

        var returned = Enumerable.Range(1, 3).Select(i => output.Add(Scripted.Supported($"Finding {i}."))).ToList();

        Assert.Equal(["f1", "f2", "f3"], returned.Select(f => f.Id));
        Assert.Equal(returned, output.Findings);
        Assert.Equal("Finding 2.", output.Findings[1].Summary);
    }

    [Fact]
    public void A_finding_not_yet_reported_has_no_id_and_a_reported_one_keeps_its_content()
    {
        var finding = Scripted.Supported() with { Therapy = TherapyId.Rituximab, Course = "$.therapies[1]" };

        var reported = new EvaluationOutput().Add(finding);

        Assert.Null(finding.Id);
        Assert.Equal(finding with { Id = "f1" }, reported);
    }

    [Fact]
    public void Ids_stay_positional_past_the_precomputed_ones()
    {
        var output = new EvaluationOutput();
        for (var i = 0; i < 130; i++)
        {
            output.Add(Scripted.Supported());
        }

        Assert.Equal(Enumerable.Range(1, 130).Select(i => "f" + i), output.Findings.Select(f => f.Id));
    }

    [Fact]
    public void An_id_a_finding_already_carries_is_replaced_by_its_position()
    {
        var output = new EvaluationOutput();
        var first = output.Add(Scripted.Supported());

        var again = output.Add(first);

        Assert.Equal("f2", again.Id);
    }

    [Fact]
    public void Ids_follow_the_order_of_the_assessment_across_evaluators()
    {
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Scripted.Disease,
            [
                new ScriptedEvaluator(Last, Scripted.Disease, (_, o) => o.Add(Supported(Last, "Last."))),
                new ScriptedEvaluator(First, Scripted.Disease, (_, o) =>
                {
                    o.Add(Supported(First, "First."));
                    o.Add(Supported(First, "Second."));
                }),
            ]))
            .Build();

        var assessment = pipeline.Evaluate(Scripted.Patient(Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf });

        Assert.Equal([("f1", "First."), ("f2", "Second."), ("f3", "Last.")], assessment.Findings.Select(f => (f.Id, f.Summary)));
    }

    [Fact]
    public void After_a_failing_evaluator_the_ids_continue_from_the_last_good_finding()
    {
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(
                Scripted.Disease,
                [
                    new ScriptedEvaluator(First, Scripted.Disease, (_, o) => o.Add(Supported(First, "First."))),
                    new ScriptedEvaluator(Failing, Scripted.Disease, (_, o) =>
                    {
                        o.Add(Supported(Failing, "Dropped."));
                        o.Add(Supported(Failing, "Dropped too."));
                        throw new InvalidOperationException("boom");
                    }),
                    new ScriptedEvaluator(Last, Scripted.Disease, (_, o) => o.Add(Supported(Last, "Last."))),
                ],
                [new ScriptedContributor(Scripted.Disease, (_, findings, v) =>
                    v.Explain(new MechanismLink { Mechanism = Scripted.Adherence, Status = FindingStatus.Supported, Findings = [.. findings.Select(f => f.Id!)] }))]))
            .Build();

        var assessment = pipeline.Evaluate(Scripted.Patient(Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf });

        Assert.Equal([("f1", "First."), ("f2", "Last.")], assessment.Findings.Select(f => (f.Id, f.Summary)));
        Assert.Equal(DiagnosticCodes.EvaluatorFailed, Assert.Single(assessment.Diagnostics).Code);

        // The contributor saw the findings as they stand, so every reference it made holds.
        Assert.Equal(["f1", "f2"], Assert.Single(assessment.Verdict!.ExplainedBy).Findings.AsEnumerable());
    }

    [Fact]
    public void A_misattributed_finding_is_dropped_gets_no_id_and_leaves_no_gap()
    {
        Finding? misattributed = null;
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Scripted.Disease,
            [
                new ScriptedEvaluator(First, Scripted.Disease, (_, o) =>
                {
                    o.Add(Supported(First, "First."));
                    misattributed = o.Add(Supported(Last, "Claims to be another evaluator's."));
                    o.Add(Supported(First, "Second."));
                }),
            ]))
            .Build();

        var assessment = pipeline.Evaluate(Scripted.Patient(Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf });

        Assert.NotNull(misattributed);
        Assert.Null(misattributed.Id);
        Assert.Equal([("f1", "First."), ("f2", "Second.")], assessment.Findings.Select(f => (f.Id, f.Summary)));
        Assert.Equal(DiagnosticCodes.FindingMisattributed, Assert.Single(assessment.Diagnostics).Code);
    }

    [Fact]
    public void A_misattributed_finding_that_carried_an_id_is_returned_without_it()
    {
        // An evaluator that hands on a finding it got back from Add (with an id) under another evaluator's name must
        // not be able to point at a finding of the assessment with it.
        var output = new EvaluationOutput();
        output.BeginEvaluator(Last);
        var own = output.Add(Supported(Last, "Own."));
        output.EndEvaluator();
        output.BeginEvaluator(First);

        var returned = output.Add(own);

        Assert.Null(returned.Id);
        Assert.Single(output.Findings);
    }

    [Fact]
    public void Every_assessment_of_the_toy_module_has_positional_ids()
    {
        var assessment = Profiles.Pipeline(failing: true).Evaluate(Profiles.Toy());

        Assert.Equal(Enumerable.Range(1, assessment.Findings.Length).Select(i => "f" + i), assessment.Findings.Select(f => f.Id));
    }
}
