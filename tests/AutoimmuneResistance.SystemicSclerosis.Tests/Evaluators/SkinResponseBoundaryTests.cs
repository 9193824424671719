using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;

// Worked examples of the skin response rule at its boundaries, by hand. Default set: a fall of at least 5 units is a
// response (Khanna 2019), a fall of at least 3.2 units a partial response (Khanna 2006), a rise of at least 5 units
// progression; a course is judged from 6 months; mycophenolate mofetil adequate from 2000 mg/day (UNCONFIRMED).
public sealed class SkinResponseBoundaryTests
{
    private static readonly ResistancePipeline Eustar =
        new ResistancePipelineBuilder().AddSystemicSclerosis().UseDefinitionSet(SkinResponseDefinitions.Eustar5Units25Percent.Id).Build();

    private static readonly ResistancePipeline Khanna2006 =
        new ResistancePipelineBuilder().AddSystemicSclerosis().UseDefinitionSet(SkinResponseDefinitions.MidRangeKhanna2006.Id).Build();

    internal static string Profile(
        IEnumerable<(string On, decimal Score)> mrss,
        string therapy = "mycophenolate-mofetil",
        decimal dailyMg = 3000,
        string start = "2023-01-01",
        string? end = null,
        string subset = "diffuse",
        string? secondStart = null,
        bool refills = true)
    {
        static string Course(string therapy, decimal mg, string start, string? end) =>
            "{\"therapy\":\"" + therapy + "\",\"class\":\"antimetabolite\",\"route\":\"oral\",\"regimen\":{\"dose\":{\"value\":"
            + mg.ToString(CultureInfo.InvariantCulture) + ",\"unit\":\"mg\"}},\"start\":\"" + start + "\""
            + (end is null ? string.Empty : ",\"end\":\"" + end + "\"") + "}";

        var courses = Course(therapy, dailyMg, start, end) + (secondStart is null ? string.Empty : "," + Course(therapy, dailyMg, secondStart, null));
        var scores = string.Join(",", mrss.Select(m =>
            "{\"$kind\":\"core.recorded-score\",\"instrument\":\"ssc.mrss\",\"score\":" + m.Score.ToString(CultureInfo.InvariantCulture) + ",\"on\":\"" + m.On + "\"}"));
        var refill = refills
            ? ",\"refillAdherence\":[{\"therapy\":\"" + therapy + "\",\"from\":\"" + start + "\",\"to\":\"2030-12-31\",\"proportionOfDaysCovered\":{\"value\":95,\"unit\":\"%\"}}]"
            : string.Empty;
        return "{\"schemaVersion\":1,\"subject\":\"t\",\"diagnoses\":[{\"disease\":\"ssc\",\"onset\":\"2022-06-01\",\"features\":{\"$kind\":\"ssc.features\",\"subset\":\""
            + subset + "\",\"firstNonRaynaudManifestation\":\"2022-06-01\"}}],\"therapies\":[" + courses + "],\"assessments\":[" + scores + "]" + refill + "}";
    }

    internal static ResistanceAssessment Evaluate(string json, DateOnly asOf, ResistancePipeline? pipeline = null)
    {
        var p = pipeline ?? Ssc.Pipeline;
        var read = p.Json.ReadProfile(json);
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        var assessment = p.Evaluate(read.Profile!, new EvaluationOptions { AsOf = asOf });
        Assert.DoesNotContain(assessment.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return assessment;
    }

    private static Finding Skin(ResistanceAssessment assessment) =>
        Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.ProgressiveSkinOnTherapy);

    private static TherapyVerdict Therapy(ResistanceAssessment assessment) => Assert.Single(assessment.Verdict!.Therapies);

    [Theory]
    [InlineData(25, "ssc.skin.response", TherapyOutcome.Response)] // a fall of exactly the MCID, 5 units
    [InlineData(24, "ssc.skin.response", TherapyOutcome.Response)] // one unit more, 6
    [InlineData(26, "ssc.skin.partial-response", TherapyOutcome.PartialResponse)] // one unit less, 4: at least 3.2
    [InlineData(27, "ssc.skin.no-improvement", TherapyOutcome.PrimaryNonResponse)] // a fall of 3, below 3.2
    [InlineData(30, "ssc.skin.no-improvement", TherapyOutcome.PrimaryNonResponse)] // no change
    [InlineData(34, "ssc.skin.no-improvement", TherapyOutcome.PrimaryNonResponse)] // a rise of 4, one short of progression
    [InlineData(35, "ssc.skin.progression", TherapyOutcome.PrimaryNonResponse)] // a rise of exactly 5
    public void Default_set_from_30_at_the_mcid_and_one_unit_either_side(decimal followUp, string rule, TherapyOutcome outcome)
    {
        var assessment = Evaluate(Profile([("2023-01-01", 30m), ("2024-01-01", followUp)]), new DateOnly(2024, 1, 1));

        Assert.Equal(rule, Skin(assessment).Rule.Value);
        Assert.Equal(outcome, Therapy(assessment).Outcome);
        Assert.Equal(outcome == TherapyOutcome.PrimaryNonResponse ? ResistanceAnswer.Shown : ResistanceAnswer.NotShown, Therapy(assessment).Resistance);
    }

    [Theory]
    [InlineData("2023-06-30", "ssc.skin.too-early")] // one day short of 6 months on the course
    [InlineData("2023-07-01", "ssc.skin.no-improvement")] // exactly 6 months
    public void A_course_one_day_short_of_six_months_is_too_early(string followUp, string rule)
    {
        var assessment = Evaluate(Profile([("2023-01-01", 30m), (followUp, 31m)]), DateOnly.Parse(followUp, CultureInfo.InvariantCulture));

        Assert.Equal(rule, Skin(assessment).Rule.Value);
        Assert.Equal(rule == "ssc.skin.too-early" ? TherapyOutcome.TooEarly : TherapyOutcome.PrimaryNonResponse, Therapy(assessment).Outcome);
    }

    [Theory]
    [InlineData(1999, "ssc.skin.inadequate-dose", TherapyOutcome.Unknown)]
    [InlineData(2000, "ssc.skin.no-improvement", TherapyOutcome.PrimaryNonResponse)]
    public void Mycophenolate_below_2_g_a_day_is_not_a_non_response(decimal mg, string rule, TherapyOutcome outcome)
    {
        var assessment = Evaluate(Profile([("2023-01-01", 30m), ("2024-01-01", 31m)], dailyMg: mg), new DateOnly(2024, 1, 1));

        Assert.Equal(rule, Skin(assessment).Rule.Value);
        Assert.Equal(outcome, Therapy(assessment).Outcome);
    }

    [Fact]
    public void Another_drug_is_judged_on_duration_alone()
    {
        var assessment = Evaluate(Profile([("2023-01-01", 30m), ("2024-01-01", 31m)], therapy: "methotrexate", dailyMg: 2.5m), new DateOnly(2024, 1, 1));

        Assert.Equal("ssc.skin.no-improvement", Skin(assessment).Rule.Value);
    }

    [Theory]
    [InlineData("2022-10-01", "ssc.skin.no-improvement")] // the baseline exactly 3 months before the start
    [InlineData("2022-09-30", "ssc.skin.mrss-missing")] // a day earlier: no baseline
    public void The_baseline_may_be_up_to_3_months_before_the_start(string baseline, string rule)
    {
        var assessment = Evaluate(Profile([(baseline, 30m), ("2024-01-01", 31m)]), new DateOnly(2024, 1, 1));

        var skin = Skin(assessment);
        Assert.Equal(rule, skin.Rule.Value);
        Assert.Equal(rule == "ssc.skin.mrss-missing" ? FindingStatus.Unknown : FindingStatus.Supported, skin.Status);
    }

    [Fact]
    public void No_mrss_on_the_course_is_unknown_naming_the_datum()
    {
        var assessment = Evaluate(Profile([("2023-01-01", 30m)]), new DateOnly(2024, 1, 1));

        var skin = Skin(assessment);
        Assert.Equal(FindingStatus.Unknown, skin.Status);
        Assert.Equal("ssc.skin.mrss-missing", skin.Rule.Value);
        Assert.Contains("6 months after the start", skin.Gap!.Datum, StringComparison.Ordinal);
        Assert.Equal(TherapyOutcome.Unknown, Therapy(assessment).Outcome);
    }

    [Fact]
    public void Limited_disease_without_any_mrss_says_nothing()
    {
        var assessment = Evaluate(Profile([], subset: "limited"), new DateOnly(2024, 1, 1));

        Assert.DoesNotContain(assessment.Findings, f => f.Mechanism == SscMechanisms.ProgressiveSkinOnTherapy);
        Assert.Empty(assessment.Verdict!.Domains);
    }

    [Fact]
    public void Improvement_on_a_first_course_then_none_on_a_second_is_a_secondary_loss_of_response()
    {
        var assessment = Evaluate(
            Profile([("2023-01-01", 30m), ("2023-12-01", 22m), ("2024-06-01", 22m), ("2025-06-01", 27m)], end: "2023-12-31", secondStart: "2024-06-01"),
            new DateOnly(2025, 6, 1));

        var skin = assessment.Findings.Where(f => f.Mechanism == SscMechanisms.ProgressiveSkinOnTherapy).ToList();
        Assert.Equal(["ssc.skin.response", "ssc.skin.progression"], skin.Select(f => f.Rule.Value)); // 22 to 27 on the second course, a rise of 5
        var mmf = Therapy(assessment);
        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, mmf.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, mmf.Resistance);
        Assert.Equal([TherapyOutcome.Response, TherapyOutcome.PrimaryNonResponse], mmf.Courses.Select(c => c.Outcome));
        Assert.Contains("a secondary loss of response of the skin", mmf.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Late_diffuse_disease_is_not_offered_transplantation()
    {
        var json = Profile([("2023-01-01", 30m), ("2024-01-01", 31m)]).Replace("2022-06-01", "2015-01-01", StringComparison.Ordinal);
        var assessment = Evaluate(json, new DateOnly(2024, 1, 1));

        Assert.Equal(["Rituximab", "Tocilizumab"], Therapy(assessment).Options.Select(o => o.Title));
    }

    [Fact]
    public void Rituximab_already_had_is_flagged_as_already_tried()
    {
        var json = Profile([("2023-01-01", 30m), ("2024-01-01", 31m)]).Replace(
            "\"therapies\":[",
            "\"therapies\":[{\"therapy\":\"rituximab\",\"class\":\"anti-cd20\",\"route\":\"intravenous\",\"start\":\"2022-07-01\",\"end\":\"2022-07-15\"},",
            StringComparison.Ordinal);
        var assessment = Evaluate(json, new DateOnly(2024, 1, 1));

        var mmf = Assert.Single(assessment.Verdict!.Therapies, t => t.Therapy == TherapyId.MycophenolateMofetil);
        var rituximab = Assert.Single(mmf.Options, o => o.Title == "Rituximab");
        Assert.Contains(TreatmentOptionTag.AlreadyTried, rituximab.Flags);
    }

    [Theory]
    [InlineData(30, 24, "ssc.skin.no-improvement")] // a fall of 6 (more than 5) but 20 %
    [InlineData(30, 22, "ssc.skin.response")] // a fall of 8 and 26.7 %
    [InlineData(20, 15, "ssc.skin.no-improvement")] // 25 % but a fall of exactly 5: more than 5 needed
    [InlineData(24, 18, "ssc.skin.response")] // a fall of 6 and exactly 25 %
    [InlineData(24, 30, "ssc.skin.progression")] // a rise of 6 and exactly 25 %
    [InlineData(24, 29, "ssc.skin.no-improvement")] // a rise of 5
    public void Eustar_set_needs_more_than_5_units_and_25_percent(decimal baseline, decimal followUp, string rule)
    {
        var assessment = Evaluate(Profile([("2023-01-01", baseline), ("2024-01-01", followUp)]), new DateOnly(2024, 1, 1), Eustar);

        var skin = Skin(assessment);
        Assert.Equal(rule, skin.Rule.Value);
        Assert.Contains(skin.Citations, c => c.Doi == "10.1136/annrheumdis-2018-213455");
    }

    [Fact]
    public void Eustar_set_judges_a_course_from_9_months()
    {
        var assessment = Evaluate(Profile([("2023-01-01", 30m), ("2023-09-30", 20m)]), new DateOnly(2023, 9, 30), Eustar);

        Assert.Equal("ssc.skin.too-early", Skin(assessment).Rule.Value);
    }

    [Theory]
    [InlineData(24.7, "ssc.skin.response")] // a fall of 5.3
    [InlineData(24.8, "ssc.skin.partial-response")] // 5.2
    [InlineData(26.8, "ssc.skin.partial-response")] // 3.2
    [InlineData(26.9, "ssc.skin.no-improvement")] // 3.1
    public void Khanna_2006_range_3_2_to_5_3(decimal followUp, string rule)
    {
        var assessment = Evaluate(Profile([("2023-01-01", 30m), ("2024-01-01", followUp)]), new DateOnly(2024, 1, 1), Khanna2006);

        Assert.Equal(rule, Skin(assessment).Rule.Value);
    }
}
