using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;

// Worked examples of the established damage rule at its boundaries, by hand. Defaults: late disease from 60 completed
// months after the first non-Raynaud manifestation (early below 60); the skin stable when the mRSS changed by less than
// 5 units (Khanna 2019) between the latest score and the earliest one 9 to 15 months before it; the lung stable when FVC
// did not progress under INBUILD between the latest FVC and the earliest one at least 9 months before it; inactive when
// every revised EUSTAR activity index over the interval is below 2.5 (Valentini 2017), or, without one, unknown unless
// the items on record (mRSS > 18: 1.5, CRP > 1 mg/dL: 2.25, DLCO < 70 %: 1.0) already reach 2.5.
public sealed class DamageVersusActivityTests
{
    internal sealed record Case
    {
        public string? Onset { get; init; } = "2015-01-01";
        public string Subset { get; init; } = "diffuse";
        public string? Ild { get; init; }
        public IReadOnlyList<(string On, decimal Score)> Mrss { get; init; } = [("2023-01-01", 24), ("2024-01-01", 23)];
        public IReadOnlyList<(string On, decimal Score)> Activity { get; init; } = [("2023-06-01", 1.5m)];
        public IReadOnlyList<(string On, decimal Fvc, decimal? Dlco)> Lung { get; init; } = [];
        public IReadOnlyList<(string On, decimal MgPerL)> Crp { get; init; } = [];
        public string Rhc { get; init; } = string.Empty;
        public bool Refills { get; init; } = true;
        public string Start { get; init; } = "2023-01-01";
        public string? Calprotectin { get; init; }

        public string Json()
        {
            static string D(decimal d) => d.ToString(CultureInfo.InvariantCulture);
            var features = "\"$kind\":\"ssc.features\",\"subset\":\"" + Subset + "\""
                + (Onset is null ? string.Empty : ",\"firstNonRaynaudManifestation\":\"" + Onset + "\"")
                + (Ild is null ? string.Empty : ",\"interstitialLungDisease\":" + Ild)
                + (Rhc.Length == 0 ? string.Empty : ",\"rightHeartCatheterisations\":[" + Rhc + "]")
                + (Calprotectin is null ? string.Empty : ",\"faecalCalprotectinRaised\":" + Calprotectin);
            var assessments = Mrss.Select(m => "{\"$kind\":\"core.recorded-score\",\"instrument\":\"ssc.mrss\",\"score\":" + D(m.Score) + ",\"on\":\"" + m.On + "\"}")
                .Concat(Activity.Select(a => "{\"$kind\":\"core.recorded-score\",\"instrument\":\"ssc.eustar-activity-index\",\"score\":" + D(a.Score) + ",\"on\":\"" + a.On + "\"}"));
            var observations = Lung.SelectMany(l => new[]
                {
                    "{\"on\":\"" + l.On + "\",\"code\":{\"system\":\"http://loinc.org\",\"code\":\"19872-1\"},\"value\":{\"value\":" + D(l.Fvc) + ",\"unit\":\"%\"}}",
                    l.Dlco is { } dlco ? "{\"on\":\"" + l.On + "\",\"code\":{\"system\":\"http://loinc.org\",\"code\":\"98130-8\"},\"value\":{\"value\":" + D(dlco) + ",\"unit\":\"%\"}}" : null,
                }.OfType<string>())
                .Concat(Crp.Select(c => "{\"on\":\"" + c.On + "\",\"code\":{\"system\":\"http://loinc.org\",\"code\":\"1988-5\"},\"value\":{\"value\":" + D(c.MgPerL) + ",\"unit\":\"mg/L\"}}"));
            var refills = Refills
                ? ",\"refillAdherence\":[{\"therapy\":\"mycophenolate-mofetil\",\"from\":\"" + Start + "\",\"to\":\"2024-12-31\",\"proportionOfDaysCovered\":{\"value\":95,\"unit\":\"%\"}}]"
                : string.Empty;
            return "{\"schemaVersion\":1,\"subject\":\"damage\",\"diagnoses\":[{\"disease\":\"ssc\",\"onset\":\"2015-01-01\",\"features\":{" + features + "}}],"
                + "\"therapies\":[{\"therapy\":\"mycophenolate-mofetil\",\"class\":\"antimetabolite\",\"route\":\"oral\",\"regimen\":{\"dose\":{\"value\":3000,\"unit\":\"mg\"}},\"start\":\"" + Start + "\"}],"
                + "\"observations\":[" + string.Join(",", observations) + "],\"assessments\":[" + string.Join(",", assessments) + "]" + refills + "}";
        }
    }

    internal static readonly DateOnly AsOf = new(2024, 1, 1);

    internal static ResistanceAssessment Evaluate(Case c, ResistancePipeline? pipeline = null, DateOnly? asOf = null) =>
        SkinResponseBoundaryTests.Evaluate(c.Json(), asOf ?? AsOf, pipeline);

    internal static Finding? Damage(ResistanceAssessment assessment, RuleId rule) =>
        assessment.Findings.SingleOrDefault(f => f.Rule == rule);

    [Fact]
    public void Late_stable_inactive_skin_is_established_damage_with_its_thresholds_and_timeline()
    {
        var skin = Damage(Evaluate(new Case()), DamageVersusActivityEvaluator.Skin)!;

        Assert.Equal(FindingStatus.Supported, skin.Status);
        Assert.Equal(SscMechanisms.EstablishedDamage, skin.Mechanism);
        Assert.Contains("108 months from the first non-Raynaud manifestation", skin.Summary, StringComparison.Ordinal);
        Assert.Contains("mRSS 24 to 23 (2023-01-01 to 2024-01-01, 12 months)", skin.Summary, StringComparison.Ordinal);
        Assert.Contains("revised EUSTAR activity index at most 1.5 over the interval, below 2.5", skin.Summary, StringComparison.Ordinal);
        Assert.Contains("not active disease resisting treatment", skin.Summary, StringComparison.Ordinal);
        Assert.Equal([108m, 1.5m, 1m], skin.Thresholds.Select(t => t.Observed!.Value));
        Assert.Equal([60m, 2.5m, 5m], skin.Thresholds.Select(t => t.Limit));
        Assert.All(skin.Thresholds, t => Assert.True(t.IsMet));
        Assert.Equal([24m, 23m], skin.Timeline!.Points.Select(p => p.Observed!.Value));
        Assert.Equal(["$.diagnoses[0].features", "$.assessments[0]", "$.assessments[1]", "$.assessments[2]"], skin.Facts.ToArray());
        Assert.Contains(skin.Citations, c => c.Doi == "10.1136/annrheumdis-2016-209768");
        Assert.Contains(skin.Citations, c => c.Doi == "10.1186/s13075-019-1809-y");
    }

    [Theory]
    [InlineData("2019-01-01", FindingStatus.Supported)] // 60 completed months on 2024-01-01: no longer below 60, late
    [InlineData("2019-01-02", FindingStatus.NotSupported)] // 59 completed months: early
    public void Late_disease_starts_at_the_early_window_cut_off(string onset, FindingStatus expected)
    {
        var skin = Damage(Evaluate(new Case { Onset = onset }), DamageVersusActivityEvaluator.Skin)!;

        Assert.Equal(expected, skin.Status);
        if (expected == FindingStatus.NotSupported)
        {
            Assert.Contains("early disease (59 months", skin.Summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_press_cut_off_of_24_months_makes_30_months_late()
    {
        var press = new ResistancePipelineBuilder().AddSystemicSclerosis().UseDefinitionSet(EarlyDiffuseDefinitions.Press24Months.Id).Build();
        var c = new Case { Onset = "2021-07-01" }; // 30 months on 2024-01-01

        Assert.Equal(FindingStatus.NotSupported, Damage(Evaluate(c), DamageVersusActivityEvaluator.Skin)!.Status);
        Assert.Equal(FindingStatus.Supported, Damage(Evaluate(c, press), DamageVersusActivityEvaluator.Skin)!.Status);
    }

    [Theory]
    [InlineData(28, FindingStatus.Supported)] // a rise of 4: short of the MCID, stable
    [InlineData(20, FindingStatus.Supported)] // a fall of 4: stable
    [InlineData(29, FindingStatus.NotSupported)] // a rise of 5: the MCID, changing
    [InlineData(19, FindingStatus.NotSupported)] // a fall of 5: changing (a response)
    public void The_skin_is_stable_below_the_minimal_clinically_important_difference(decimal latest, FindingStatus expected)
    {
        var skin = Damage(Evaluate(new Case { Mrss = [("2023-01-01", 24), ("2024-01-01", latest)] }), DamageVersusActivityEvaluator.Skin)!;

        Assert.Equal(expected, skin.Status);
        if (expected == FindingStatus.NotSupported)
        {
            Assert.Contains("the skin changed", skin.Summary, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1, FindingStatus.Supported)] // some thickening remains
    [InlineData(0, FindingStatus.NotSupported)] // normal skin at every site: nothing to be damage
    public void An_mrss_of_0_leaves_no_skin_damage(decimal latest, FindingStatus expected)
    {
        var skin = Damage(Evaluate(new Case { Mrss = [("2023-01-01", latest), ("2024-01-01", latest)] }), DamageVersusActivityEvaluator.Skin)!;

        Assert.Equal(expected, skin.Status);
        Assert.Equal(expected == FindingStatus.NotSupported, skin.Summary.Contains("no skin thickening remains", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2023-04-01", true)] // 9 months before the latest score: inside 12 ± 3 months
    [InlineData("2023-04-02", false)] // one day less: no pair, silent
    [InlineData("2022-10-01", true)] // 15 months: inside
    [InlineData("2022-09-30", false)] // one day more: outside, silent
    public void Stability_needs_a_score_9_to_15_months_before_the_latest(string reference, bool judged)
    {
        var c = new Case { Mrss = [(reference, 24), ("2024-01-01", 23)], Activity = [("2023-12-01", 1m)] };

        Assert.Equal(judged, Damage(Evaluate(c), DamageVersusActivityEvaluator.Skin) is not null);
    }

    [Theory]
    [InlineData(2.49, FindingStatus.Supported)] // below 2.5: inactive
    [InlineData(2.5, FindingStatus.NotSupported)] // 2.5: active (≥ 2.5)
    public void A_recorded_activity_index_of_2_5_is_active(decimal score, FindingStatus expected)
    {
        var skin = Damage(Evaluate(new Case { Activity = [("2023-03-01", 1m), ("2023-09-01", score)] }), DamageVersusActivityEvaluator.Skin)!;

        Assert.Equal(expected, skin.Status);
        Assert.Equal(score, skin.Thresholds[1].Observed);
    }

    [Fact]
    public void An_activity_index_before_the_interval_does_not_count()
    {
        // Active on 2022-12-31, the day before the reference score: the interval has no index, so the items decide.
        var skin = Damage(Evaluate(new Case { Activity = [("2022-12-31", 4m)] }), DamageVersusActivityEvaluator.Skin)!;

        Assert.Equal(FindingStatus.Unknown, skin.Status);
    }

    [Fact]
    public void Without_an_index_the_items_on_record_short_of_2_5_leave_activity_unknown_naming_the_items()
    {
        // mRSS 23 > 18 scores 1.5; DLCO 70 % is not below 70; CRP 10 mg/L is exactly 1 mg/dL, not above: 1.5 in all.
        var c = new Case { Activity = [], Lung = [("2023-06-01", 90, 70)], Crp = [("2023-06-01", 10)], Ild = "false" };
        var skin = Damage(Evaluate(c), DamageVersusActivityEvaluator.Skin)!;

        Assert.Equal(FindingStatus.Unknown, skin.Status);
        Assert.Equal(1.5m, skin.Thresholds[1].Observed);
        Assert.Equal("revised EUSTAR activity index over the interval, or its items: patient-reported skin worsening in the previous month, digital ulcers and tendon friction rubs", skin.Gap!.Datum);
        Assert.Contains("the items on record score 1.5, short of 2.5", skin.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_item_the_gap_names_every_item()
    {
        var skin = Damage(Evaluate(new Case { Activity = [], Mrss = [("2023-01-01", 12), ("2024-01-01", 12)] }), DamageVersusActivityEvaluator.Skin)!;

        Assert.Equal(FindingStatus.Unknown, skin.Status);
        Assert.Equal(0m, skin.Thresholds[1].Observed);
        Assert.Equal("revised EUSTAR activity index over the interval, or its items: C-reactive protein, DLCO % predicted, patient-reported skin worsening in the previous month, digital ulcers and tendon friction rubs", skin.Gap!.Datum);
    }

    [Theory]
    [InlineData(69, FindingStatus.NotSupported)] // mRSS 23 > 18 (1.5) and DLCO 69 < 70 (1.0): 2.5, active from the items alone
    [InlineData(70, FindingStatus.Unknown)] // DLCO 70 does not score: 1.5, unknown
    public void The_items_on_record_reaching_2_5_are_active(decimal dlco, FindingStatus expected)
    {
        var c = new Case { Activity = [], Lung = [("2023-06-01", 90, dlco)], Ild = "false" };

        Assert.Equal(expected, Damage(Evaluate(c), DamageVersusActivityEvaluator.Skin)!.Status);
    }

    [Theory]
    [InlineData(11, FindingStatus.NotSupported)] // 11 mg/L = 1.1 mg/dL > 1 (2.25) with mRSS 23 (1.5): 3.75, active
    [InlineData(10, FindingStatus.Unknown)] // exactly 1 mg/dL: 1.5 only
    public void A_crp_above_1_mg_dl_scores_2_25(decimal mgPerL, FindingStatus expected)
    {
        var skin = Damage(Evaluate(new Case { Activity = [], Crp = [("2023-06-01", mgPerL)] }), DamageVersusActivityEvaluator.Skin)!;

        Assert.Equal(expected, skin.Status);
        if (expected == FindingStatus.NotSupported)
        {
            Assert.Contains("C-reactive protein 1.1 mg/dL above 1", skin.Summary, StringComparison.Ordinal);
            Assert.Equal(3.75m, skin.Thresholds[1].Observed);
        }
    }

    [Fact]
    public void Without_the_first_non_raynaud_manifestation_late_disease_is_unknown()
    {
        var skin = Damage(Evaluate(new Case { Onset = null }), DamageVersusActivityEvaluator.Skin)!;

        Assert.Equal(FindingStatus.Unknown, skin.Status);
        Assert.Equal("date of the first non-Raynaud manifestation", skin.Gap!.Datum);
        Assert.Equal("$.diagnoses[0].features", skin.Gap.Path);
    }

    [Theory]
    [InlineData(68, "true", FindingStatus.Supported)] // relative decline 2.9 %: not progressive under INBUILD, stable
    [InlineData(63, "true", FindingStatus.NotSupported)] // 10 %: progressive
    [InlineData(66, "true", FindingStatus.Unknown)] // 5.7 %: INBUILD would count it with worse symptoms or HRCT
    [InlineData(68, null, FindingStatus.Unknown)] // stable and inactive, but interstitial lung disease not recorded
    public void The_lung_is_established_damage_when_stable_and_inactive(decimal fvc, string? ild, FindingStatus expected)
    {
        var c = new Case { Ild = ild, Lung = [("2023-01-01", 70, null), ("2024-01-01", fvc, null)] };
        var lung = Damage(Evaluate(c), DamageVersusActivityEvaluator.Lung)!;

        Assert.Equal(expected, lung.Status);
        Assert.Contains(lung.Facts, f => f == "$.observations[0]");
        if (ild is null)
        {
            Assert.Equal("whether HRCT shows interstitial lung disease", lung.Gap!.Datum);
        }
        else if (expected == FindingStatus.Unknown)
        {
            Assert.Equal("change in respiratory symptoms and in fibrosis extent on HRCT over the same interval", lung.Gap!.Datum);
        }
    }

    [Fact]
    public void The_lung_rule_is_silent_without_interstitial_lung_disease_or_a_year_between_fvc_results()
    {
        Assert.Null(Damage(Evaluate(new Case { Ild = "false", Lung = [("2023-01-01", 70, null), ("2024-01-01", 69, null)] }), DamageVersusActivityEvaluator.Lung));
        Assert.Null(Damage(Evaluate(new Case { Ild = "true", Lung = [("2023-04-02", 70, null), ("2024-01-01", 69, null)] }), DamageVersusActivityEvaluator.Lung));
        Assert.NotNull(Damage(Evaluate(new Case { Ild = "true", Lung = [("2023-04-01", 70, null), ("2024-01-01", 69, null)] }), DamageVersusActivityEvaluator.Lung));
    }

    [Fact]
    public void Without_interstitial_lung_disease_recorded_the_lung_speaks_only_when_that_datum_alone_is_missing()
    {
        var lung = new[] { ("2023-01-01", 70m, (decimal?)null), ("2024-01-01", 68m, (decimal?)null) };

        // Early, or activity unknown: silent (the rule is not known to apply).
        Assert.Null(Damage(Evaluate(new Case { Lung = lung, Onset = "2021-01-01" }), DamageVersusActivityEvaluator.Lung));
        Assert.Null(Damage(Evaluate(new Case { Lung = lung, Activity = [] }), DamageVersusActivityEvaluator.Lung));
        Assert.Equal(FindingStatus.Unknown, Damage(Evaluate(new Case { Lung = lung }), DamageVersusActivityEvaluator.Lung)!.Status);

        // Recorded as present: the same early patient is not supported, with its reason.
        Assert.Equal(FindingStatus.NotSupported, Damage(Evaluate(new Case { Lung = lung, Onset = "2021-01-01", Ild = "true" }), DamageVersusActivityEvaluator.Lung)!.Status);
    }

    [Fact]
    public void Without_a_course_over_the_interval_neither_domain_speaks()
    {
        // Mycophenolate mofetil starting after the assessment date: nothing was treated over the interval.
        var c = new Case { Start = "2024-02-01", Ild = "true", Lung = [("2023-01-01", 70, null), ("2024-01-01", 68, null)] };
        var assessment = Evaluate(c);

        Assert.Null(Damage(assessment, DamageVersusActivityEvaluator.Skin));
        Assert.Null(Damage(assessment, DamageVersusActivityEvaluator.Lung));

        // An ongoing course from 2022 overlaps it.
        var ended = Evaluate(c with { Start = "2022-01-01" });
        Assert.NotNull(Damage(ended, DamageVersusActivityEvaluator.Skin));
    }

    [Fact]
    public void The_lung_reads_the_selected_progressive_ild_definition()
    {
        // FVC 80 -> 76 over 12 months: a relative decline of 5 %, an absolute one of 4 points. INBUILD counts 5 to 10 %
        // only with worse symptoms or HRCT (unknown); EUSTAR FVC-only counts 5 % as moderate progression (not damage
        // alone); ATS/ERS/JRS/ALAT 2022 needs an absolute 5 points, so the lung is stable (damage).
        var c = new Case { Ild = "true", Lung = [("2023-01-01", 80, null), ("2024-01-01", 76, null)] };
        var eustar = new ResistancePipelineBuilder().AddSystemicSclerosis().UseDefinitionSet(ProgressiveIldDefinitions.EustarFvcOnly2021.Id).Build();
        var ats = new ResistancePipelineBuilder().AddSystemicSclerosis().UseDefinitionSet(ProgressiveIldDefinitions.AtsErsJrsAlat2022.Id).Build();

        Assert.Equal(FindingStatus.Unknown, Damage(Evaluate(c), DamageVersusActivityEvaluator.Lung)!.Status);
        Assert.Equal(FindingStatus.NotSupported, Damage(Evaluate(c, eustar), DamageVersusActivityEvaluator.Lung)!.Status);
        Assert.Equal(FindingStatus.Supported, Damage(Evaluate(c, ats), DamageVersusActivityEvaluator.Lung)!.Status);
    }
}
