using AutoimmuneResistance.Tests.TestModule;
using AutoimmuneResistance.Tests.Verdicts;

namespace AutoimmuneResistance.Tests.Evaluation;

// The module kit's evaluator base: the descriptor it builds, and findings attributed to the evaluator, through a pipeline.
public sealed class ResistanceEvaluatorTests
{
    [Fact]
    public void The_descriptor_names_the_evaluator_its_disease_mechanisms_and_sources()
    {
        var evaluator = new Reporting();

        Assert.Equal("toy.reporting", evaluator.Descriptor.Id.Value);
        Assert.Equal("Reports one finding of each status", evaluator.Descriptor.Title);
        Assert.Equal(ToyModule.Toy, Assert.Single(evaluator.Descriptor.AppliesTo));
        Assert.Equal(Scripted.Adherence, Assert.Single(evaluator.Descriptor.Mechanisms));
        Assert.Equal(Source, Assert.Single(evaluator.Descriptor.Sources));
    }

    [Fact]
    public void Its_findings_are_attributed_to_it_and_kept_by_the_pipeline()
    {
        var assessment = new ResistancePipelineBuilder().AddModule(new ToyModule()).AddEvaluator(new Reporting()).Build().Evaluate(Profiles.Toy());

        var findings = assessment.Findings.Where(f => f.Evaluator.Value == "toy.reporting").ToList();
        Assert.Equal([FindingStatus.Supported, FindingStatus.NotSupported, FindingStatus.Unknown], findings.Select(f => f.Status));
        Assert.Equal("a drug level", findings[2].Gap!.Datum);
        Assert.DoesNotContain(assessment.Diagnostics, d => d.Code == DiagnosticCodes.FindingMisattributed);
    }

    [Fact]
    public void An_invalid_id_is_refused_when_the_evaluator_is_created() =>
        Assert.Throws<ArgumentException>(() => new Reporting("Not An Id"));

    private static readonly Citation Source = new("Doe J, et al.", 2024, "Example", "Example J 2024;1:1-9", "10.1234/abc.1");

    private sealed class Reporting(string id = "toy.reporting")
        : ResistanceEvaluator(id, "Reports one finding of each status", ToyModule.Toy, [Scripted.Adherence], [Source])
    {
        public override void Evaluate(EvaluationContext context, EvaluationOutput output)
        {
            output.Add(Supported(Scripted.Adherence, Scripted.Rule, "Supported.", EvidenceGrade.ExpertOpinion));
            output.Add(NotSupported(Scripted.Adherence, Scripted.Rule, "Not supported.", EvidenceGrade.ExpertOpinion));
            output.Add(Unknown(Scripted.Adherence, Scripted.Rule, "Unknown.", EvidenceGrade.ExpertOpinion, new DataGap { Datum = "a drug level" }));
        }
    }
}
