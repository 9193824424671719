using System.Reflection;
using System.Text;
using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evidence;

/// <summary>
/// The published results behind the biomarker findings and the treatment options, as data: each figure pinned to the
/// publication (read by hand from the cited abstract or table), carried by the finding or option that rests on it, and
/// written to and read back from JSON with its citation by key.
/// </summary>
public sealed class LupusEvidenceTests
{
    private const string Biomarkers = "sle.biomarkers";
    private static readonly DateOnly Visit = new(2023, 6, 1);

    // Every effect the module declares (reflection in a test only: the library does not use it).
    private static IEnumerable<PublishedEffect> All() =>
        typeof(LupusEvidence).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => (PublishedEffect)p.GetValue(null)!);

    private static PatientProfile Active(params InstrumentAssessment[] more) => Patient() with
    {
        Assessments = [Sledai(Visit, Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash), .. more],
    };

    [Theory]
    [InlineData(true, 18.2, 10.5, 25.8, 298, 47.6, 302, 29.4)] // Vital 2022, Table 1, IFNGS-high
    [InlineData(false, 9.3, -8.0, 26.5, 62, 46.8, 64, 37.5)] // IFNGS-low
    public void The_interferon_finding_carries_the_tulip_subgroup_result(
        bool high, double difference, double low, double upper, int treated, double treatedPercent, int placebo, double placeboPercent)
    {
        var finding = Assert.Single(
            Findings(Active(new InterferonGeneSignature { On = Visit, High = high }), Biomarkers),
            f => f.Mechanism == LupusMechanisms.TypeIInterferon);

        var effect = Assert.Single(finding.Effects);
        Assert.Equal(EffectMeasure.RiskDifference, effect.Measure);
        Assert.Equal((decimal)difference, effect.Value);
        Assert.Equal("%", effect.Unit);
        Assert.Equal((decimal)low, effect.ConfidenceLow);
        Assert.Equal((decimal)upper, effect.ConfidenceHigh);
        Assert.Equal(high ? "type I interferon gene signature high" : "type I interferon gene signature low", effect.Group);
        Assert.Equal([treated, placebo], effect.Arms.Select(a => a.Participants!.Value));
        Assert.Equal([(decimal)treatedPercent, (decimal)placeboPercent], effect.Arms.Select(a => a.Value!.Value));
        Assert.Equal(treated + placebo, effect.Participants);
        Assert.Equal(EvidenceGrade.PostHocAnalysis, effect.Design);
        Assert.Contains(effect.Citation, finding.Citations);
    }

    [Theory]
    [InlineData(2.00, 24.1, 257)] // Roth 2016: SRI difference at BLyS >= 2 ng/mL, 121 + 136 patients
    [InlineData(1.99, 6.5, 851)] // below 2 ng/mL: no PGA worsening, 432 + 419 patients
    public void The_blys_finding_carries_the_stratum_it_falls_in(double nanograms, double difference, int participants)
    {
        var patient = Active(new BlysLevel { On = Visit, Level = Concentration.NanogramsPerMilliliter((decimal)nanograms) });

        var finding = Assert.Single(Findings(patient, Biomarkers), f => f.Mechanism == LupusMechanisms.BlysAndSerology);

        var effect = finding.Effects[0];
        Assert.Equal((decimal)difference, effect.Value);
        Assert.Equal(participants, effect.Participants);
        Assert.Equal(LupusSources.RothBlys, effect.Citation);
        Assert.All(finding.Effects, e => Assert.Contains(e.Citation, finding.Citations));
    }

    [Fact]
    public void Active_serology_carries_the_bliss_subgroup_result_from_its_own_publication()
    {
        var patient = Patient() with
        {
            Assessments = [Sledai(Visit, Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.IncreasedDnaBinding)],
        };

        var finding = Assert.Single(Findings(patient, Biomarkers), f => f.Mechanism == LupusMechanisms.BlysAndSerology);

        var effect = Assert.Single(finding.Effects);
        Assert.Equal(19.8m, effect.Value);
        Assert.Equal([51.5m, 31.7m], effect.Arms.Select(a => a.Value!.Value));
        Assert.Equal([305, 287], effect.Arms.Select(a => a.Participants!.Value));
        Assert.Equal(LupusSources.VanVollenhovenBliss, effect.Citation);
        Assert.Contains(LupusSources.VanVollenhovenBliss, finding.Citations);
    }

    [Fact]
    public void An_unadjusted_risk_difference_is_the_difference_of_its_arms_as_printed()
    {
        // REGENCY's 13.4 is an adjusted difference (46.4 - 33.1 = 13.3), so it is not among these.
        PublishedEffect[] unadjusted =
        [
            LupusEvidence.AnifrolumabInterferonHigh, LupusEvidence.AnifrolumabInterferonLow, LupusEvidence.BelimumabBlysLow,
            LupusEvidence.BelimumabBlysHighGlobalAssessment, LupusEvidence.BelimumabSerologicallyActive, LupusEvidence.Tulip2,
        ];

        Assert.All(unadjusted, e => Assert.Equal(e.Value, e.Arms[0].Value!.Value - e.Arms[1].Value!.Value));
        Assert.Equal(13.4m, LupusEvidence.Regency.Value);
    }

    [Fact]
    public void Every_declared_effect_is_complete_and_consistent()
    {
        var effects = All().ToList();
        Assert.Equal(16, effects.Count);
        Assert.All(effects, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Citation.Doi));
            Assert.True(e.Participants is null || e.Arms.All(a => a.Participants is null) || e.Participants == e.Arms.Sum(a => a.Participants ?? 0));
            Assert.True(e.ConfidenceLow is null || (e.ConfidenceLow <= e.Value && e.Value <= e.ConfidenceHigh));
            Assert.All(e.Arms, a => Assert.Equal(a.Value is null, a.Unit is null));
            if (e.Design == EvidenceGrade.CaseSeries)
            {
                Assert.True(e.Participants <= 12);
            }
        });
    }

    [Fact]
    public void Case_series_and_small_cohorts_have_their_own_grade_with_the_number_of_patients()
    {
        Assert.Equal(EvidenceGrade.CaseSeries, TreatmentOptionCatalog.AfterAntiRituximabAntibodies.Grade);
        Assert.Equal(5, Assert.Single(TreatmentOptionCatalog.AfterAntiRituximabAntibodies.Effects, e => e.Design == EvidenceGrade.CaseSeries).Participants);
        Assert.Equal(12, LupusEvidence.RituximabFcgr3a.Participants);
        Assert.Equal(EvidenceGrade.CaseSeries, LupusEvidence.RituximabFcgr3a.Design);
    }

    [Fact]
    public void Effects_survive_json_with_their_citations_written_once_by_key()
    {
        var pipeline = Pipeline;
        var profile = Active(
            new InterferonGeneSignature { On = Visit, High = true },
            new BlysLevel { On = Visit, Level = Concentration.NanogramsPerMilliliter(2.4m) });
        var assessment = pipeline.Evaluate(profile);
        var withEffects = assessment.Findings.Where(f => !f.Effects.IsEmpty).ToList();
        Assert.Equal(2, withEffects.Count);

        var json = pipeline.Json.Serialize(assessment);
        var read = pipeline.Json.DeserializeAssessment(Encoding.UTF8.GetBytes(json));

        Assert.Equal(
            withEffects.SelectMany(f => f.Effects).Select(Describe),
            read.Findings.SelectMany(f => f.Effects).Select(Describe));
        Assert.Contains("\"citation\":\"10.1136/annrheumdis-2021-221425\"", json, StringComparison.Ordinal);
        Assert.Contains("\"measure\":\"risk-difference\"", json, StringComparison.Ordinal);

        var expanded = pipeline.Json.Serialize(assessment, AssessmentJsonForm.Expanded);
        Assert.Contains("\"citation\":{", expanded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_results_file_writes_a_declared_option_s_effects_once_in_its_header()
    {
        var pipeline = Pipeline;
        var profile = Vignettes.VignetteProfiles.V2();
        var input = new MemoryStream();
        await pipeline.Json.WriteJsonLinesAsync([profile], input);
        input.Position = 0;
        var results = new MemoryStream();

        await pipeline.EvaluateJsonLinesAsync(input, results, options: null);

        var lines = Encoding.UTF8.GetString(results.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"effects\"", lines[0], StringComparison.Ordinal);
        var record = System.Text.Json.Nodes.JsonNode.Parse(lines[1])!;
        var options = record["assessment"]!["verdict"]!["domains"]!.AsArray().SelectMany(d => d!["options"]?.AsArray() ?? []).ToList();
        Assert.NotEmpty(options);
        Assert.All(options, o => Assert.Null(o!["effects"]));

        results.Position = 0;
        var outcomes = new List<CohortOutcome>();
        await foreach (var outcome in pipeline.Json.ReadResultsAsync(results))
        {
            outcomes.Add(outcome);
        }

        var renal = Assert.Single(Assert.Single(outcomes).Assessment!.Verdict!.Domains, d => d.Domain == OrganDomain.Renal);
        var antiCd20 = Assert.Single(renal.Options, o => o.Key == TreatmentOptionCatalog.AntiCd20);
        Assert.Equal(Describe(LupusEvidence.Regency), Describe(Assert.Single(antiCd20.Effects)));
    }

    private static string Describe(PublishedEffect e) =>
        FormattableString.Invariant($"{e.Study}|{e.Endpoint}|{e.Group}|{e.Measure}|{e.Value}|{e.Unit}|{e.ConfidenceLow}|{e.ConfidenceHigh}|{e.Participants}|{e.Design}|{e.Citation.Key}|{string.Join(";", e.Arms.Select(a => $"{a.Label}:{a.Participants}:{a.Value}:{a.Unit}"))}");
}
