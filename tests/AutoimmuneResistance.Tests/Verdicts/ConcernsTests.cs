namespace AutoimmuneResistance.Tests.Verdicts;

// What the answer concerns: for "shown" the verdicts that show resistance, for "cannot tell yet" the undecided ones,
// for "not shown" nothing; therapies in time order of their first course, each once.
public sealed class ConcernsTests
{
    private static readonly DateOnly Early = new(2019, 1, 1);
    private static readonly DateOnly Late = new(2022, 1, 1);

    [Fact]
    public void Resistance_shown_concerns_only_the_verdicts_that_show_it()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, Late));
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.CannotTellYet, Early));
            v.Add(Scripted.Therapy(TherapyId.MycophenolateMofetil, ResistanceAnswer.Shown, Early.AddMonths(6)));
            v.Add(Scripted.Therapy(TherapyId.Azathioprine, ResistanceAnswer.NotShown, Early.AddMonths(1)));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown));
            v.Add(Scripted.Domain(OrganDomain.Skin, ResistanceAnswer.CannotTellYet));
        });

        Assert.Equal(ResistanceAnswer.Shown, verdict.Answer);
        Assert.Equal([TherapyId.MycophenolateMofetil, TherapyId.Rituximab], verdict.Concerns.Therapies.AsEnumerable());
        Assert.Equal([OrganDomain.Renal], verdict.Concerns.Domains.AsEnumerable());
    }

    [Fact]
    public void Cannot_tell_yet_concerns_the_undecided_verdicts()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Belimumab, ResistanceAnswer.CannotTellYet, Late));
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, Early));
            v.Add(Scripted.Domain(OrganDomain.Systemic, ResistanceAnswer.CannotTellYet));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.NotShown));
        });

        Assert.Equal(ResistanceAnswer.CannotTellYet, verdict.Answer);
        Assert.Equal([TherapyId.Belimumab], verdict.Concerns.Therapies.AsEnumerable());
        Assert.Equal([OrganDomain.Systemic], verdict.Concerns.Domains.AsEnumerable());
    }

    [Fact]
    public void A_domain_alone_can_carry_the_answer()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, Early));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown));
        });

        Assert.Empty(verdict.Concerns.Therapies);
        Assert.Equal([OrganDomain.Renal], verdict.Concerns.Domains.AsEnumerable());
    }

    [Fact]
    public void Not_shown_concerns_nothing()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, Early));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.NotShown));
        });

        Assert.Equal(ResistanceAnswer.NotShown, verdict.Answer);
        Assert.Same(VerdictConcerns.None, verdict.Concerns);
    }

    [Fact]
    public void A_therapy_or_domain_judged_twice_is_concerned_once()
    {
        // Two definitions of one domain, and one drug judged under two diseases.
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, Early));
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, Early) with { Disease = DiseaseId.Create("other") });
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown, "first renal definition"));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown, "second renal definition"));
        });

        Assert.Equal([TherapyId.Rituximab], verdict.Concerns.Therapies.AsEnumerable());
        Assert.Equal([OrganDomain.Renal], verdict.Concerns.Domains.AsEnumerable());
        Assert.Equal(2, verdict.Therapies.Length);
        Assert.Equal(2, verdict.Domains.Length);
    }
}
