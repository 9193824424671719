namespace AutoimmuneResistance.Lupus.Tests.Vignettes;

// Vignette V2 read as a clinician would read the verdict: class IV lupus nephritis failed two standard inductions in an
// adherent patient, so resistance is shown to both and refractory lupus nephritis is met, with the options to consider.
public sealed class V2VerdictTests
{
    private static readonly ResistanceAssessment Assessment = VignetteProfiles.EvaluateThroughJson(VignetteProfiles.V2());
    private static readonly ResistanceVerdict Verdict = Assessment.Verdict!;

    [Fact]
    public void Resistance_is_shown_to_both_inductions_and_in_the_kidney()
    {
        Assert.Equal(ResistanceAnswer.Shown, Verdict.Answer);
        Assert.Equal([TherapyId.MycophenolateMofetil, TherapyId.Cyclophosphamide], Verdict.Concerns.Therapies.ToArray());
        Assert.Equal([OrganDomain.Renal], Verdict.Concerns.Domains.ToArray());
    }

    [Theory]
    [InlineData("mycophenolate-mofetil", "Mycophenolate mofetil: no response (no renal response by 2022-08-01), taken as prescribed (hydroxychloroquine levels).")]
    [InlineData("cyclophosphamide", "Cyclophosphamide: no response (no renal response by 2023-03-01), taken as prescribed (given in clinic).")]
    public void Each_induction_failed_in_an_adherent_patient(string therapy, string statement)
    {
        var verdict = Assert.Single(Verdict.Therapies, t => t.Therapy.Value == therapy);

        Assert.Equal(TherapyOutcome.PrimaryNonResponse, verdict.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, verdict.Resistance);
        Assert.Equal(statement, verdict.Statement);
    }

    [Fact]
    public void Refractory_lupus_nephritis_is_met_with_the_vignettes_options_in_order()
    {
        var renal = Assert.Single(Verdict.Domains);

        Assert.Equal(OrganDomain.Renal, renal.Domain);
        Assert.Equal(ResistanceAnswer.Shown, renal.Answer);
        Assert.Equal(
            ["Rituximab or obinutuzumab", "Add-on belimumab", "A calcineurin inhibitor (voclosporin or tacrolimus)", "CD19 CAR T-cell therapy (emerging)"],
            renal.Options.Where(o => !o.Has(TreatmentOptionTag.AlreadyTried)).Select(o => o.Title));
        Assert.True(renal.Options[^1].Has(TreatmentOptionTag.AlreadyTried));
    }

    [Fact]
    public void The_summary_leads_with_the_answer_and_names_the_drugs()
    {
        Assert.StartsWith(
            "Resistance shown to mycophenolate mofetil and cyclophosphamide; refractory lupus nephritis (Arora 2022) is met. Mycophenolate mofetil: no response",
            Verdict.Summary,
            StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bsle\.|[a-z][A-Z]|mycophenolate-mofetil", Verdict.Summary);
    }
}
