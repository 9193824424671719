using Xunit.Abstractions;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Scenarios;

// Vignette V3 end to end (shared docs/vignettes.md): early diffuse SSc (18 months), anti-RNA polymerase III, prednisone
// 20 mg/day, mRSS 28 -> 31 on mycophenolate mofetil 3 g/day for 12 months. The vignette calls the course adequate; here
// that includes adherence, shown by a refill record (95 % of days covered) that the vignette's text does not give: the
// module calls a non-response only in a patient shown to take the drug (the same rule as the lung and the lupus module).
public sealed class V3SkinTests(ITestOutputHelper output)
{
    internal const string Refills =
        ""","refillAdherence":[{"therapy":"mycophenolate-mofetil","from":"2023-09-01","to":"2024-08-31","proportionOfDaysCovered":{"value":95,"unit":"%"}}]}""";

    // The vignette's profile (VignetteTests.V3) left open after its last member, so that refill records can follow.
    internal static readonly string V3 = VignetteTests.V3.TrimEnd()[..^1];

    private static readonly DateOnly AsOf = new(2024, 9, 1);

    [Fact]
    public void V3_reads_as_a_clinician_would_primary_non_response_of_the_skin_to_mycophenolate_with_options()
    {
        var assessment = VignetteTests.Evaluate(V3 + Refills, AsOf);
        var verdict = assessment.Verdict!;
        output.WriteLine(verdict.Summary);

        // The skin finding: no improvement (a rise of 3) over an adequate 12-month course, with its thresholds and timeline.
        var skin = Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.ProgressiveSkinOnTherapy);
        Assert.Equal(FindingStatus.Supported, skin.Status);
        Assert.Equal(RuleId.Create("ssc.skin.no-improvement"), skin.Rule);
        Assert.Equal("$.therapies[0]", skin.Course);
        Assert.Equal(-3m, skin.Thresholds[0].Observed);
        Assert.Equal(5m, skin.Thresholds[0].Limit);
        Assert.Contains(skin.Thresholds, t => t.Limit == 2000m && t.Observed == 3000m);
        Assert.Contains(skin.Thresholds, t => t.Limit == 6m && t.Observed == 12m);
        Assert.Equal([28m, 31m], skin.Timeline!.Points.Select(p => p.Observed!.Value));
        Assert.Equal(["$.assessments[0]", "$.assessments[1]"], skin.Timeline.Points.Select(p => p.Fact));
        Assert.Contains(skin.Citations, c => c.Doi == "10.1186/s13075-019-1809-y");

        // The therapy verdict: primary non-response of the skin, resistance shown, options ranked.
        Assert.Equal(ResistanceAnswer.Shown, verdict.Answer);
        var mmf = Assert.Single(verdict.Therapies);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, mmf.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, mmf.Resistance);
        Assert.Equal(skin.Id, Assert.Single(mmf.Findings));
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, Assert.Single(mmf.Courses).Outcome);
        Assert.Contains("the skin did not improve on an adequate course (mRSS 28 to 31 over 12 months", mmf.Statement, StringComparison.Ordinal);
        Assert.Contains("a primary non-response of the skin", mmf.Statement, StringComparison.Ordinal);
        Assert.Equal(
            ["Autologous haematopoietic stem-cell transplantation (selected early diffuse disease)", "Rituximab", "Tocilizumab"],
            mmf.Options.Select(o => o.Title));
        Assert.All(mmf.Options, o => Assert.DoesNotContain(TreatmentOptionTag.AlreadyTried, o.Flags));
        Assert.Equal(0.34m, Assert.Single(mmf.Options[0].Effects, e => e.Study == "ASTIS").Value);

        // The skin as an organ domain, linked to the same finding through its mechanism.
        var domain = Assert.Single(verdict.Domains);
        Assert.Equal(OrganDomain.Skin, domain.Domain);
        Assert.Equal(ResistanceAnswer.Shown, domain.Answer);
        Assert.Equal(TherapyId.MycophenolateMofetil, Assert.Single(domain.Therapies));
        Assert.Equal(skin.Id, Assert.Single(domain.Findings));
        var link = Assert.Single(domain.ExplainedBy);
        Assert.Equal(SscMechanisms.ProgressiveSkinOnTherapy, link.Mechanism);
        Assert.Equal(FindingStatus.Supported, link.Status);
        Assert.Equal(mmf.Options.Select(o => o.Key), domain.Options.Select(o => o.Key));

        // Early diffuse disease, renal crisis risk supported and the taper said in clinical words.
        Assert.Contains(verdict.ExplainedBy, l => l.Mechanism == SscMechanisms.GlucocorticoidRenalCrisisRisk && l.Status == FindingStatus.Supported);
        Assert.Contains("disease duration now 18 months (early diffuse)", Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.LateImmunosuppression).Summary, StringComparison.Ordinal);
        Assert.StartsWith("Resistance shown to mycophenolate mofetil", verdict.Summary, StringComparison.Ordinal);
        Assert.Contains("a primary non-response of the skin", verdict.Summary, StringComparison.Ordinal);
        Assert.Contains("tapering below 15 mg/day", verdict.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("ssc.", verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void V3_as_the_vignette_gives_it_without_refill_records_cannot_call_resistance_and_says_why()
    {
        var assessment = VignetteTests.Evaluate(V3 + "}", AsOf);

        // docs/verdict.md: a primary non-response with adherence unknown is primary non-response / cannot tell yet; the
        // options are offered (the vignette lists them) and the refill records are what would settle it.
        var mmf = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, mmf.Outcome);
        Assert.Equal(ResistanceAnswer.CannotTellYet, mmf.Resistance);
        Assert.Contains("the skin did not improve on it", mmf.Statement, StringComparison.Ordinal);
        Assert.Contains("adherence is not recorded", mmf.Statement, StringComparison.Ordinal);
        Assert.Equal(["ssc.skin.autologous-hsct", "ssc.skin.rituximab", "ssc.skin.tocilizumab"], mmf.Options.Select(o => o.Key));
        Assert.Equal(ResistanceAnswer.CannotTellYet, Assert.Single(assessment.Verdict!.Domains).Answer);
    }

    [Fact]
    public void V3_evaluated_before_six_months_on_mycophenolate_is_too_early()
    {
        var json = (V3 + Refills).Replace("\"score\":31,\"on\":\"2024-09-01\"", "\"score\":31,\"on\":\"2024-02-29\"", StringComparison.Ordinal);
        var assessment = VignetteTests.Evaluate(json, new DateOnly(2024, 2, 29));

        var skin = Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.ProgressiveSkinOnTherapy);
        Assert.Equal(FindingStatus.Unknown, skin.Status);
        Assert.Equal(RuleId.Create("ssc.skin.too-early"), skin.Rule);
        var mmf = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.TooEarly, mmf.Outcome);
        Assert.Equal(ResistanceAnswer.CannotTellYet, mmf.Resistance);
        Assert.Contains(assessment.Verdict!.WouldSharpen, n => n.Datum.Contains("6 months after the start", StringComparison.Ordinal));
    }
}
