using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Verdicts;

// A contributor names a mechanism by id; the pipeline fills its title from the mechanism catalog when left empty.
public sealed class MechanismTitleTests
{
    [Fact]
    public void Titles_are_filled_from_the_catalog_wherever_a_mechanism_is_linked()
    {
        var pipeline = Scripted.Pipeline([Scripted.Supported()], (_, v) =>
        {
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.NotShown, explainedBy: [Scripted.Link(FindingStatus.Supported, "f1")]));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.NotShown, explainedBy: [Scripted.Link(FindingStatus.Supported, "f1")]));
            v.Explain(Scripted.Link(FindingStatus.Supported, "f1"));
        });
        Assert.True(pipeline.Mechanisms.TryGet(Scripted.Adherence, out var mechanism));

        var verdict = pipeline.Evaluate(Scripted.Patient(Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf }).Verdict!;

        Assert.Equal(mechanism.Title, Assert.Single(verdict.Therapies[0].ExplainedBy).Title);
        Assert.Equal(mechanism.Title, Assert.Single(verdict.Domains[0].ExplainedBy).Title);
        Assert.Equal(mechanism.Title, Assert.Single(verdict.ExplainedBy).Title);
    }

    [Fact]
    public void A_title_the_contributor_gave_is_kept()
    {
        var verdict = Scripted.Verdict([Scripted.Supported()], (_, v) => v.Explain(Scripted.Link(FindingStatus.Supported, "f1") with { Title = "Taken irregularly" }));

        Assert.Equal("Taken irregularly", Assert.Single(verdict.ExplainedBy).Title);
    }

    [Fact]
    public void A_mechanism_of_a_module_is_titled_from_its_module_catalog()
    {
        var verdict = Profiles.Pipeline().Evaluate(Profiles.Toy(level: 150m)).Verdict!;

        Assert.Equal("Low drug level", Assert.Single(verdict.ExplainedBy).Title);
    }

    [Fact]
    public void A_mechanism_no_catalog_defines_keeps_no_title()
    {
        var verdict = Scripted.Verdict([Scripted.Supported()], (_, v) =>
            v.Explain(new MechanismLink { Mechanism = MechanismId.Create("scripted.uncatalogued"), Status = FindingStatus.Supported, Findings = ["f1"] }));

        Assert.Null(Assert.Single(verdict.ExplainedBy).Title);
    }
}
