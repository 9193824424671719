using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Verdicts;

// A module contributes verdicts for its own disease only; the builder says so when it builds.
public sealed class ContributorRegistrationTests
{
    [Fact]
    public void The_builder_rejects_a_contributor_for_another_disease()
    {
        var builder = new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Scripted.Disease, contributors: [new ScriptedContributor(DiseaseId.Create("toy"), (_, _, _) => { })]))
            .AddModule(new ToyModule());

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains(
            "module 'scripted' adds a verdict contributor for disease 'toy'; a module contributes verdicts for its own disease only",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_builder_lists_a_foreign_contributor_with_the_other_problems()
    {
        var builder = new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Scripted.Disease, contributors: [new ScriptedContributor(DiseaseId.Create("elsewhere"), (_, _, _) => { })]))
            .AddModule(new ScriptedModule(Scripted.Disease));

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("disease 'scripted' is registered by 2 modules", error.Message, StringComparison.Ordinal);
        Assert.Contains("adds a verdict contributor for disease 'elsewhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_may_add_several_contributors_for_its_disease()
    {
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Scripted.Disease, contributors:
            [
                new ScriptedContributor(Scripted.Disease, (_, _, v) => v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.NotShown, new DateOnly(2021, 1, 1)))),
                new ScriptedContributor(Scripted.Disease, (_, _, v) => v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown))),
            ]))
            .Build();

        var verdict = pipeline.Evaluate(Scripted.Patient(Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf }).Verdict!;

        Assert.Single(verdict.Therapies);
        Assert.Single(verdict.Domains);
        Assert.Equal(ResistanceAnswer.Shown, verdict.Answer);
    }

    [Fact]
    public void AddVerdictContributor_rejects_null()
    {
        var context = new DiseaseModuleContext(new ToyModule().Disease);

        Assert.Throws<ArgumentNullException>(() => context.AddVerdictContributor(null!));
    }

    [Fact]
    public void The_verdict_builder_rejects_null_verdicts()
    {
        var builder = new VerdictBuilder();

        Assert.Throws<ArgumentNullException>(() => builder.Add((TherapyVerdict)null!));
        Assert.Throws<ArgumentNullException>(() => builder.Add((DomainVerdict)null!));
        Assert.Throws<ArgumentNullException>(() => builder.Explain(null!));
        Assert.Empty(builder.Therapies);
    }
}
