using AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;
using Xunit.Abstractions;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Scenarios;

// Established damage and pulmonary hypertension end to end through the pipeline: what the verdict says of them.
public sealed class DamageAndInterferenceVerdictTests(ITestOutputHelper output)
{
    private static readonly DamageVersusActivityTests.Case LateStableInactive = new();

    [Fact]
    public void A_skin_non_response_in_late_inactive_stable_disease_is_explained_by_established_damage()
    {
        // Diffuse SSc from 2015 (108 months), mycophenolate mofetil 3 g/day from 2023-01-01 taken (refills 95 %), mRSS 24
        // -> 23 over 12 months, revised EUSTAR activity index 1.5: the skin did not improve, and it is damage.
        var assessment = DamageVersusActivityTests.Evaluate(LateStableInactive);
        var verdict = assessment.Verdict!;
        output.WriteLine(verdict.Summary);

        var damage = Assert.Single(assessment.Findings, f => f.Rule == DamageVersusActivityEvaluator.Skin);
        var mmf = Assert.Single(verdict.Therapies);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, mmf.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, mmf.Resistance);
        Assert.Contains("a primary non-response of the skin; the disease is late and inactive and the skin stable, so this non-response of the skin is explained by established damage (fibrosis that no longer changes) rather than by resistance of active disease.", mmf.Statement, StringComparison.Ordinal);
        var link = Assert.Single(mmf.ExplainedBy, l => l.Mechanism == SscMechanisms.EstablishedDamage);
        Assert.Equal(FindingStatus.Supported, link.Status);
        Assert.Equal([damage.Id!], link.Findings.ToArray());
        Assert.Equal("Established damage rather than active disease", link.Title);
        Assert.Contains("explained by established damage (fibrosis that no longer changes) rather than by resistance of active disease", verdict.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(verdict.ExplainedBy, l => l.Mechanism == SscMechanisms.EstablishedDamage);
        var domain = Assert.Single(verdict.Domains);
        Assert.Equal(ResistanceAnswer.Shown, domain.Answer);
        Assert.EndsWith("progressive skin disease despite adequate therapy; in late, inactive disease with a stable skin score this is established damage rather than active disease resisting treatment.", domain.Statement, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Supported, Assert.Single(domain.ExplainedBy, l => l.Mechanism == SscMechanisms.EstablishedDamage).Status);
        Assert.DoesNotContain("ssc.", verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_non_response_in_active_disease_is_not_explained_by_damage()
    {
        var assessment = DamageVersusActivityTests.Evaluate(LateStableInactive with { Activity = [("2023-06-01", 3m)] });

        var mmf = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(ResistanceAnswer.Shown, mmf.Resistance);
        Assert.DoesNotContain("established damage", mmf.Statement, StringComparison.Ordinal);
        var link = Assert.Single(mmf.ExplainedBy, l => l.Mechanism == SscMechanisms.EstablishedDamage);
        Assert.Equal(FindingStatus.NotSupported, link.Status);
        Assert.Null(link.Statement);
    }

    [Fact]
    public void Established_inactive_interstitial_lung_disease_is_named_as_damage_in_the_lung_verdict()
    {
        // Limited SSc without skin scores: only the lung speaks. FVC 70 -> 68 on mycophenolate mofetil, not progressive.
        var c = LateStableInactive with { Subset = "limited", Mrss = [], Ild = "true", Lung = [("2023-01-01", 70, null), ("2024-01-01", 68, null)] };
        var assessment = DamageVersusActivityTests.Evaluate(c);
        output.WriteLine(assessment.Verdict!.Summary);

        var mmf = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.Response, mmf.Outcome);
        Assert.Equal(ResistanceAnswer.NotShown, mmf.Resistance);
        Assert.StartsWith("Mycophenolate mofetil: interstitial lung disease did not progress on it (", mmf.Statement, StringComparison.Ordinal);
        Assert.EndsWith("); the interstitial lung disease is established and inactive, with stable lung function: what remains of it is damage rather than active disease.", mmf.Statement, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Supported, Assert.Single(mmf.ExplainedBy, l => l.Mechanism == SscMechanisms.EstablishedDamage).Status);
        Assert.Contains("what remains of it is damage rather than active disease", assessment.Verdict.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(26, true)]
    [InlineData(25, false)]
    public void Pulmonary_hypertension_above_25_mmHg_is_named_on_the_transplant_option(decimal mpap, bool noted)
    {
        var json = (V3SkinTests.V3 + V3SkinTests.Refills).Replace(
            "\"firstNonRaynaudManifestation\":\"2023-03-01\"}",
            "\"firstNonRaynaudManifestation\":\"2023-03-01\",\"rightHeartCatheterisations\":[" + PulmonaryHypertensionTests.Rhc(mpap, "2024-06-01") + "]}",
            StringComparison.Ordinal);
        var assessment = VignetteTests.Evaluate(json, new DateOnly(2024, 9, 1));
        var verdict = assessment.Verdict!;
        output.WriteLine(verdict.Summary);

        var hsct = Assert.Single(Assert.Single(verdict.Therapies).Options, o => o.Key == "ssc.skin.autologous-hsct");
        Assert.Equal(noted, hsct.Notes.Any(n => n.StartsWith("Excluded by the patient's pulmonary hypertension: mean pulmonary arterial pressure " + mpap + " mmHg at rest on 2024-06-01, above the 25 mmHg", StringComparison.Ordinal)));
        Assert.Equal(noted, Assert.Single(verdict.Domains).Options.Single(o => o.Key == "ssc.skin.autologous-hsct").Notes.Length == 1);
        var link = Assert.Single(verdict.ExplainedBy, l => l.Mechanism == SscMechanisms.PulmonaryHypertension);
        Assert.Equal(FindingStatus.Supported, link.Status);
        Assert.Equal(
            "pulmonary hypertension on right-heart catheterisation (mean pulmonary arterial pressure " + mpap + " mmHg), which can lower DLCO by itself" + (noted ? ", and too high for autologous stem-cell transplantation under the standard protocols" : string.Empty),
            link.Statement);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_lung_progression_decided_by_dlco_is_qualified_by_pulmonary_hypertension(bool hypertension)
    {
        // SSc composite: FVC 80 -> 74 (relative 7.5 %, short of 10) with DLCO 60 -> 50 (16.7 %, at least 15): progressive
        // only through DLCO, which pulmonary hypertension (mean pressure 30 mmHg) can lower by itself.
        var composite = new ResistancePipelineBuilder().AddSystemicSclerosis().UseDefinitionSet(ProgressiveIldDefinitions.SscComposite.Id).Build();
        var c = LateStableInactive with
        {
            Subset = "limited",
            Mrss = [],
            Ild = "true",
            Lung = [("2023-01-01", 80, 60), ("2024-01-01", 74, 50)],
            Rhc = hypertension ? PulmonaryHypertensionTests.Rhc(30) : string.Empty,
        };
        var assessment = DamageVersusActivityTests.Evaluate(c, composite);
        output.WriteLine(assessment.Verdict!.Summary);

        var mmf = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, mmf.Outcome);
        Assert.Equal(hypertension, mmf.Statement.Contains("the FVC decline alone falls short and DLCO decided it, which pulmonary hypertension on record can lower by itself", StringComparison.Ordinal));
        Assert.Equal(hypertension, mmf.ExplainedBy.Any(l => l.Mechanism == SscMechanisms.PulmonaryHypertension));
        Assert.Equal(FindingStatus.NotSupported, Assert.Single(mmf.ExplainedBy, l => l.Mechanism == SscMechanisms.EstablishedDamage).Status);
    }
}
