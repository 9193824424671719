using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;

// Worked examples of the ACR CRISS over a course, by hand. L = -5.54 - 0.81·ΔmRSS + 0.21·ΔFVC - 0.40·ΔPt - 0.44·ΔMD
// - 3.41·ΔHAQ, P = 1 / (1 + exp(-L)), improved when P >= 0.60 (Khanna 2016; the cut-off a convention). Course of
// mycophenolate mofetil from 2023-01-01: baseline window 2022-10-01 to 2023-01-01; follow-up window 12 ± 3 months,
// 2023-10-01 to 2024-04-01, target 2024-01-01.
public sealed class CrissOnTherapyTests
{
    internal sealed record Visit(string On, decimal Mrss, decimal? Fvc, decimal? Patient, decimal? Physician, decimal? Haq);

    internal static string Profile(IEnumerable<Visit> visits, string subset = "diffuse", string? end = null, bool refills = true)
    {
        static string Score(string instrument, decimal value, string on) =>
            "{\"$kind\":\"core.recorded-score\",\"instrument\":\"" + instrument + "\",\"score\":" + value.ToString(CultureInfo.InvariantCulture) + ",\"on\":\"" + on + "\"}";

        var scores = new List<string>();
        var observations = new List<string>();
        foreach (var v in visits)
        {
            scores.Add(Score("ssc.mrss", v.Mrss, v.On));
            if (v.Patient is { } pt)
            {
                scores.Add(Score("ssc.patient-global", pt, v.On));
            }

            if (v.Physician is { } md)
            {
                scores.Add(Score("ssc.physician-global", md, v.On));
            }

            if (v.Haq is { } haq)
            {
                scores.Add(Score("ssc.haq-di", haq, v.On));
            }

            if (v.Fvc is { } fvc)
            {
                observations.Add("{\"on\":\"" + v.On + "\",\"code\":{\"system\":\"http://loinc.org\",\"code\":\"19872-1\"},\"value\":{\"value\":" + fvc.ToString(CultureInfo.InvariantCulture) + ",\"unit\":\"%\"}}");
            }
        }

        var refill = refills
            ? ",\"refillAdherence\":[{\"therapy\":\"mycophenolate-mofetil\",\"from\":\"2023-01-01\",\"to\":\"2030-12-31\",\"proportionOfDaysCovered\":{\"value\":95,\"unit\":\"%\"}}]"
            : string.Empty;
        return "{\"schemaVersion\":1,\"subject\":\"t\",\"diagnoses\":[{\"disease\":\"ssc\",\"onset\":\"2022-06-01\",\"features\":{\"$kind\":\"ssc.features\",\"subset\":\""
            + subset + "\",\"firstNonRaynaudManifestation\":\"2022-06-01\"}}],\"therapies\":[{\"therapy\":\"mycophenolate-mofetil\",\"class\":\"antimetabolite\",\"route\":\"oral\",\"regimen\":{\"dose\":{\"value\":3000,\"unit\":\"mg\"}},\"start\":\"2023-01-01\""
            + (end is null ? string.Empty : ",\"end\":\"" + end + "\"") + "}],\"observations\":[" + string.Join(",", observations) + "],\"assessments\":[" + string.Join(",", scores) + "]" + refill + "}";
    }

    private static readonly Visit Baseline = new("2023-01-01", 25m, 78m, 6m, 6m, 1.5m);

    // The instrument doc's worked example: L = 6.365, P = 0.9983.
    private static readonly Visit Improving = new("2024-01-01", 15m, 80m, 4m, 4m, 1.0m);

    private static ResistanceAssessment Evaluate(string json, string asOf) =>
        SkinResponseBoundaryTests.Evaluate(json, DateOnly.Parse(asOf, CultureInfo.InvariantCulture));

    private static Finding Criss(ResistanceAssessment assessment) =>
        Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.CrissNotImprovedOnTherapy);

    [Fact]
    public void The_instrument_docs_worked_example_over_a_year_is_improved()
    {
        var finding = Criss(Evaluate(Profile([Baseline, Improving]), "2024-01-01"));

        Assert.Equal("ssc.criss.improved", finding.Rule.Value);
        Assert.Equal(FindingStatus.NotSupported, finding.Status);
        Assert.Equal(0.9983m, finding.Thresholds[0].Observed);
        Assert.Equal(0.60m, finding.Thresholds[0].Limit);
        Assert.Equal(ComparisonOperator.GreaterThanOrEqual, finding.Thresholds[0].Operator);
        Assert.Equal(12m, finding.Thresholds[1].Observed);
        Assert.Equal(11, finding.Facts.Length); // the course and the ten values
        Assert.Contains("mRSS 25 to 15, FVC % predicted 78 to 80, patient global 6 to 4, physician global 6 to 4, HAQ-DI 1.5 to 1", finding.Summary, StringComparison.Ordinal);
    }

    // mRSS 25 -> 18 (ΔmRSS -7, +5.67) and FVC 78 -> 79.3 (+1.3, +0.273), the rest unchanged: L = -5.54 + 5.67 + 0.273 =
    // 0.403, P = 1 / (1 + e^-0.403) = 1 / 1.668312 = 0.5994, not improved. FVC 78 -> 79.4 (+0.294): L = 0.424,
    // P = 1 / 1.654424 = 0.6044, improved. The cut-off P = 0.60 lies at L = ln 1.5 = 0.4055.
    [Theory]
    [InlineData(79.3, "ssc.criss.not-improved", 0.5994)]
    [InlineData(79.4, "ssc.criss.improved", 0.6044)]
    public void Either_side_of_the_probability_cut_off(decimal fvc, string rule, decimal probability)
    {
        var finding = Criss(Evaluate(Profile([Baseline, new Visit("2024-01-01", 18m, fvc, 6m, 6m, 1.5m)]), "2024-01-01"));

        Assert.Equal(rule, finding.Rule.Value);
        Assert.Equal(probability, finding.Thresholds[0].Observed);
    }

    [Theory]
    [InlineData("2022-10-01", "2024-01-01", "2024-01-01", "ssc.criss.improved")] // baseline on the first day of its window
    [InlineData("2022-09-30", "2024-01-01", "2024-01-01", "ssc.criss.measures-missing")] // one day before it
    [InlineData("2023-01-01", "2023-10-01", "2023-10-01", "ssc.criss.improved")] // follow-up on the day the window opens
    [InlineData("2023-01-01", "2023-09-30", "2023-09-30", "ssc.criss.too-early")] // the window opens the next day
    [InlineData("2023-01-01", "2023-09-30", "2024-06-01", "ssc.criss.measures-missing")] // the same, judged after the window closed
    [InlineData("2023-01-01", "2024-04-01", "2024-04-01", "ssc.criss.improved")] // follow-up on the day the window closes
    [InlineData("2023-01-01", "2024-04-02", "2024-04-02", "ssc.criss.measures-missing")] // one day after it
    [InlineData("2023-01-01", "2023-12-01", "2023-12-01", "ssc.criss.improved")] // inside the window
    public void Visit_window_boundaries(string baselineOn, string followUpOn, string asOf, string rule)
    {
        var finding = Criss(Evaluate(Profile([Baseline with { On = baselineOn }, Improving with { On = followUpOn }]), asOf));

        Assert.Equal(rule, finding.Rule.Value);
    }

    [Fact]
    public void The_window_still_open_with_a_measure_missing_is_too_early_not_missing()
    {
        var finding = Criss(Evaluate(Profile([Baseline, Improving with { On = "2023-11-01", Haq = null }]), "2024-02-01"));

        Assert.Equal("ssc.criss.too-early", finding.Rule.Value);
        Assert.Contains("HAQ Disability Index", finding.Gap!.Datum, StringComparison.Ordinal);
    }

    [Fact]
    public void The_follow_up_nearest_the_one_year_target_is_used()
    {
        // 2023-11-01 is 61 days before the target, 2024-01-15 14 days after it: the improving visit is used.
        var notImproving = new Visit("2023-11-01", 25m, 78m, 6m, 6m, 1.5m);
        var finding = Criss(Evaluate(Profile([Baseline, notImproving, Improving with { On = "2024-01-15" }]), "2024-03-01"));

        Assert.Equal("ssc.criss.improved", finding.Rule.Value);
        Assert.Equal(new DateOnly(2024, 1, 15), finding.On);
    }

    [Fact]
    public void Without_global_assessments_or_HAQ_DI_the_course_is_unknown_naming_them_and_the_skin_decides_the_verdict()
    {
        var assessment = Evaluate(Profile([Baseline with { Patient = null, Physician = null, Haq = null }, Improving with { Patient = null, Physician = null, Haq = null }]), "2024-06-01");
        var finding = Criss(assessment);

        Assert.Equal("ssc.criss.measures-missing", finding.Rule.Value);
        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.StartsWith("patient global assessment (0 to 10), physician global assessment (0 to 10), HAQ Disability Index at baseline", finding.Gap!.Datum, StringComparison.Ordinal);
        var therapy = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.Response, therapy.Outcome);
        Assert.DoesNotContain("CRISS", therapy.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Limited_cutaneous_disease_is_not_judged()
    {
        var assessment = Evaluate(Profile([Baseline, Improving], subset: "limited"), "2024-01-01");

        Assert.DoesNotContain(assessment.Findings, f => f.Mechanism == SscMechanisms.CrissNotImprovedOnTherapy);
    }

    [Fact]
    public void A_course_that_ended_before_its_follow_up_window_opened_is_not_judged()
    {
        var assessment = Evaluate(Profile([Baseline, Improving with { On = "2023-09-30" }], end: "2023-09-30"), "2024-06-01");

        Assert.DoesNotContain(assessment.Findings, f => f.Mechanism == SscMechanisms.CrissNotImprovedOnTherapy);
    }

    [Theory]
    [InlineData("ssc.patient-global", 10, null)]
    [InlineData("ssc.patient-global", 10.1, "AIR3302")]
    [InlineData("ssc.physician-global", -0.1, "AIR3302")]
    [InlineData("ssc.haq-di", 3, null)]
    [InlineData("ssc.haq-di", 3.01, "AIR3303")]
    public void Recorded_global_assessments_and_HAQ_DI_are_range_checked(string instrument, decimal score, string? code)
    {
        var json = "{\"schemaVersion\":1,\"subject\":\"t\",\"diagnoses\":[{\"disease\":\"ssc\",\"onset\":\"2022-06-01\"}],\"assessments\":[{\"$kind\":\"core.recorded-score\",\"instrument\":\""
            + instrument + "\",\"score\":" + score.ToString(CultureInfo.InvariantCulture) + ",\"on\":\"2023-01-01\"}]}";
        var read = Ssc.Pipeline.Json.ReadProfile(json);
        var assessment = Ssc.Pipeline.Evaluate(read.Profile!, new EvaluationOptions { AsOf = new DateOnly(2023, 6, 1) });

        var errors = assessment.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code).ToList();
        if (code is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal([code], errors);
        }
    }
}

// End to end through ResistancePipeline: the CRISS in the therapy verdict, with the skin.
public sealed class CrissVerdictTests
{
    private static TherapyVerdict Therapy(string json, string asOf) =>
        Assert.Single(SkinResponseBoundaryTests.Evaluate(json, DateOnly.Parse(asOf, CultureInfo.InvariantCulture)).Verdict!.Therapies);

    private static readonly CrissOnTherapyTests.Visit Baseline = new("2023-01-01", 25m, 78m, 6m, 6m, 1.5m);

    [Fact]
    public void Not_improved_by_the_CRISS_on_an_adequate_course_taken_as_prescribed_leads_the_verdict_over_a_skin_response()
    {
        // mRSS 25 -> 18 is a skin response (a fall of 7 >= 5); FVC 78 -> 79.3 is no ILD progression; P = 0.5994 is not
        // improved (worked in CrissOnTherapyTests). Shown outweighs not shown, so the CRISS leads; lung, then skin follow.
        var therapy = Therapy(CrissOnTherapyTests.Profile([Baseline, new("2024-01-01", 18m, 79.3m, 6m, 6m, 1.5m)]), "2024-01-01");

        Assert.Equal(TherapyOutcome.PrimaryNonResponse, therapy.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, therapy.Resistance);
        Assert.Equal(
            "Mycophenolate mofetil: not improved by the ACR CRISS over a year (predicted probability of improvement 0.5994, 0.60 or more counting as improved) although refills covered at least 80 % of days, a primary non-response; interstitial lung disease did not progress on it (Progressive fibrosing ILD, INBUILD (24 months; relative FVC decline >= 10 %, or 5-10 % with symptoms or fibrosis, or symptoms and fibrosis)); the skin responded (mRSS 25 to 18 over 12 months; a response is a fall of at least 5 units, the minimal clinically important difference in diffuse cutaneous SSc, Khanna 2019).",
            therapy.Statement);
        Assert.Equal(3, therapy.Findings.Length); // the CRISS, the lung (INBUILD), the skin
        Assert.Contains(therapy.ExplainedBy, l => l.Mechanism == SscMechanisms.CrissNotImprovedOnTherapy);
        Assert.NotEmpty(therapy.Options);
    }

    [Fact]
    public void Not_improved_without_refill_records_cannot_be_called_yet()
    {
        var therapy = Therapy(CrissOnTherapyTests.Profile([Baseline, new("2024-01-01", 18m, 79.3m, 6m, 6m, 1.5m)], refills: false), "2024-01-01");

        Assert.Equal(TherapyOutcome.PrimaryNonResponse, therapy.Outcome);
        Assert.Equal(ResistanceAnswer.CannotTellYet, therapy.Resistance);
        Assert.StartsWith("Mycophenolate mofetil: not improved by the ACR CRISS over a year (predicted probability of improvement 0.5994, 0.60 or more counting as improved), but adherence is not recorded", therapy.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Improved_with_a_skin_response_is_a_response_and_the_CRISS_follows_the_lung_and_skin_on_a_tie()
    {
        var therapy = Therapy(CrissOnTherapyTests.Profile([Baseline, new("2024-01-01", 15m, 80m, 4m, 4m, 1.0m)]), "2024-01-01");

        Assert.Equal(TherapyOutcome.Response, therapy.Outcome);
        Assert.Equal(ResistanceAnswer.NotShown, therapy.Resistance);
        Assert.Equal(
            "Mycophenolate mofetil: interstitial lung disease did not progress on it (Progressive fibrosing ILD, INBUILD (24 months; relative FVC decline >= 10 %, or 5-10 % with symptoms or fibrosis, or symptoms and fibrosis)); the skin responded (mRSS 25 to 15 over 12 months; a response is a fall of at least 5 units, the minimal clinically important difference in diffuse cutaneous SSc, Khanna 2019); improved by the ACR CRISS over a year (predicted probability of improvement 0.9983, 0.60 or more counting as improved).",
            therapy.Statement);
    }
}
