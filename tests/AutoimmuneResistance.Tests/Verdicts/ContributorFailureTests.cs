using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Verdicts;

// AIR1206: a contributor that throws loses its own verdicts for the patient, and only those; the findings and the
// other contributors' verdicts stand.
public sealed class ContributorFailureTests
{
    private static readonly DiseaseId Other = DiseaseId.Create("other");

    private static ResistanceAssessment Evaluate(Action<EvaluationContext, IReadOnlyList<Finding>, VerdictBuilder> scripted, Action<EvaluationContext, IReadOnlyList<Finding>, VerdictBuilder> other) =>
        new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Scripted.Disease, [Scripted.Reporting([Scripted.Unknown("a drug level")])], [new ScriptedContributor(Scripted.Disease, scripted)]))
            .AddModule(new ScriptedModule(Other, contributors: [new ScriptedContributor(Other, other)]))
            .Build()
            .Evaluate(Scripted.Patient(Scripted.Disease, Other), new EvaluationOptions { AsOf = Scripted.AsOf });

    [Fact]
    public void A_throwing_contributor_loses_everything_it_reported_and_the_others_stand()
    {
        // "other" runs first (disease-id order) and throws after reporting a verdict of each kind.
        var assessment = Evaluate(
            (_, _, v) => v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, new DateOnly(2020, 1, 1))),
            (_, _, v) =>
            {
                v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, new DateOnly(2021, 1, 1)) with { Disease = Other });
                v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown) with { Disease = Other });
                v.Explain(Scripted.Link(FindingStatus.Unknown, "f1") with { Statement = "adherence unknown" });
                throw new InvalidOperationException("the other module broke");
            });

        var error = Assert.Single(assessment.Diagnostics);
        Assert.Equal(DiagnosticCodes.VerdictContributorFailed, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("'other'", error.Message, StringComparison.Ordinal);
        Assert.Contains("failed with InvalidOperationException", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the other module broke", error.Message, StringComparison.Ordinal);

        var verdict = assessment.Verdict!;
        Assert.Equal([TherapyId.Hydroxychloroquine], verdict.Therapies.Select(t => t.Therapy));
        Assert.Empty(verdict.Domains);
        Assert.Empty(verdict.ExplainedBy);
        Assert.Equal(ResistanceAnswer.NotShown, verdict.Answer);
        Assert.Single(assessment.Findings);
        Assert.Equal("a drug level", Assert.Single(verdict.WouldSharpen).Datum);
    }

    [Fact]
    public void A_contributor_running_after_a_failed_one_is_unaffected()
    {
        var assessment = Evaluate(
            (_, _, v) => v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.CannotTellYet, new DateOnly(2020, 1, 1), findings: ["f1"])),
            (_, _, _) => throw new NotSupportedException("unsupported"));

        Assert.Equal(DiagnosticCodes.VerdictContributorFailed, Assert.Single(assessment.Diagnostics).Code);
        var verdict = assessment.Verdict!;
        Assert.Equal(ResistanceAnswer.CannotTellYet, verdict.Answer);
        Assert.Equal([TherapyId.Hydroxychloroquine], Assert.Single(verdict.WouldSharpen).Therapies.AsEnumerable());
    }

    [Fact]
    public void When_the_only_contributor_fails_nothing_was_judged()
    {
        var assessment = Scripted.Evaluate([Scripted.Supported()], (_, v) =>
        {
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, new DateOnly(2021, 1, 1)));
            throw new InvalidOperationException("broken");
        });

        Assert.Equal(DiagnosticCodes.VerdictContributorFailed, Assert.Single(assessment.Diagnostics).Code);
        Assert.True(assessment.HasErrors);
        Assert.Equal(ResistanceAnswer.CannotTellYet, assessment.Verdict!.Answer);
        Assert.Equal("Cannot tell yet: no therapy course or named definition could be judged.", assessment.Verdict.Summary);
        Assert.Single(assessment.Findings);
    }

    [Fact]
    public void A_cancellation_is_not_swallowed()
    {
        Assert.Throws<OperationCanceledException>(() =>
            Scripted.Evaluate([], (_, _) => throw new OperationCanceledException()));
    }

    [Fact]
    public void Contributors_run_only_for_patients_with_their_disease()
    {
        var ran = new List<DiseaseId>();
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Scripted.Disease, contributors: [new ScriptedContributor(Scripted.Disease, (_, _, _) => ran.Add(Scripted.Disease))]))
            .AddModule(new ScriptedModule(Other, contributors: [new ScriptedContributor(Other, (_, _, _) => ran.Add(Other))]))
            .Build();

        pipeline.Evaluate(Scripted.Patient(Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf });
        pipeline.Evaluate(Scripted.Patient(Other, Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf });

        // In disease-id order, whatever the order of the diagnoses or of the modules.
        Assert.Equal([Scripted.Disease, Other, Scripted.Disease], ran);
    }

    [Fact]
    public void A_contributor_sees_the_context_and_every_finding_with_its_id()
    {
        EvaluationContext? seen = null;
        IReadOnlyList<Finding>? findings = null;
        var assessment = Scripted.Evaluate([Scripted.Supported(), Scripted.Unknown("a drug level")], (f, _) => findings = [.. f]);
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Scripted.Disease, contributors: [new ScriptedContributor(Scripted.Disease, (c, _, _) => seen = c)]))
            .Build();
        pipeline.Evaluate(Scripted.Patient(Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf });

        Assert.Equal(assessment.Findings, findings!);
        Assert.Equal(["f1", "f2"], findings!.Select(f => f.Id));
        Assert.Equal(Scripted.AsOf, seen!.AsOf);
        Assert.Same(pipeline.Therapies, seen.Therapies);
    }
}
