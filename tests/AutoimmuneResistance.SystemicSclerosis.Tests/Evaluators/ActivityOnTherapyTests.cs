using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;

// Worked examples of disease activity over a course, by hand: the revised EUSTAR activity index (Valentini 2017) is
// active at >= 2.5; baseline up to 3 months before the start (2022-10-01 to 2023-01-01), follow-up nearest 12 months
// after it within ± 3 months (2023-10-01 to 2024-04-01). Mycophenolate mofetil from 2023-01-01.
public sealed class ActivityOnTherapyTests
{
    private static string Profile(params (string On, decimal Score)[] scores)
    {
        var json = CrissOnTherapyTests.Profile([]);
        var entries = string.Join(",", scores.Select(s =>
            "{\"$kind\":\"core.recorded-score\",\"instrument\":\"ssc.eustar-activity-index\",\"score\":" + s.Score.ToString(CultureInfo.InvariantCulture) + ",\"on\":\"" + s.On + "\"}"));
        return json.Replace("\"assessments\":[]", "\"assessments\":[" + entries + "]", StringComparison.Ordinal);
    }

    private static ResistanceAssessment Evaluate(string json, string asOf) =>
        SkinResponseBoundaryTests.Evaluate(json, DateOnly.Parse(asOf, CultureInfo.InvariantCulture));

    private static Finding Activity(ResistanceAssessment assessment) =>
        Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.ActivityPersistingOnTherapy);

    [Theory]
    [InlineData(3.0, 2.5, "ssc.activity.persisting", FindingStatus.Supported)] // still active, exactly at the threshold
    [InlineData(3.0, 2.49, "ssc.activity.settled", FindingStatus.NotSupported)] // just below it
    [InlineData(2.49, 2.5, "ssc.activity.arising", FindingStatus.Supported)] // inactive at baseline, active at follow-up
    [InlineData(2.0, 1.0, "ssc.activity.inactive", FindingStatus.NotSupported)]
    public void Active_at_2_5_and_above(decimal baseline, decimal followUp, string rule, FindingStatus status)
    {
        var finding = Activity(Evaluate(Profile(("2023-01-01", baseline), ("2024-01-01", followUp)), "2024-01-01"));

        Assert.Equal(rule, finding.Rule.Value);
        Assert.Equal(status, finding.Status);
        Assert.Equal(followUp, finding.Thresholds[1].Observed);
    }

    [Theory]
    [InlineData("2023-09-30", "2023-09-30", "ssc.activity.too-early")] // the window opens the next day
    [InlineData("2023-10-01", "2023-10-01", "ssc.activity.persisting")] // it opens
    [InlineData("2024-04-01", "2024-04-01", "ssc.activity.persisting")] // it closes
    [InlineData("2024-04-02", "2024-04-02", "ssc.activity.score-missing")] // one day after
    public void Follow_up_window_boundaries(string followUpOn, string asOf, string rule)
    {
        var finding = Activity(Evaluate(Profile(("2023-01-01", 4m), (followUpOn, 4m)), asOf));

        Assert.Equal(rule, finding.Rule.Value);
    }

    [Fact]
    public void No_activity_index_on_record_says_nothing()
    {
        var assessment = Evaluate(Profile(), "2024-01-01");

        Assert.DoesNotContain(assessment.Findings, f => f.Mechanism == SscMechanisms.ActivityPersistingOnTherapy);
    }

    [Fact]
    public void Persisting_activity_is_linked_to_the_therapy_verdict()
    {
        var assessment = Evaluate(Profile(("2023-01-01", 4.5m), ("2024-01-01", 3.75m)), "2024-01-01");
        var therapy = Assert.Single(assessment.Verdict!.Therapies);

        var link = Assert.Single(therapy.ExplainedBy, l => l.Mechanism == SscMechanisms.ActivityPersistingOnTherapy);
        Assert.Equal(
            "Disease activity persisted on mycophenolate mofetil: revised EUSTAR activity index 4.5 to 3.75 (2023-01-01 to 2024-01-01), a score of at least 2.5 being active disease",
            link.Statement);
        Assert.Equal(FindingStatus.Supported, link.Status);
    }
}
