namespace AutoimmuneResistance.Tests.Verdicts;

// A rule checked at every visit, folded into one finding: MetCount is how many dates met the condition.
public sealed class EvidenceTimelineTests
{
    private static TimelinePoint Point(int month, bool? met) => new(new DateOnly(2023, month, 1), met is null ? null : 10m, met, null);

    [Fact]
    public void MetCount_counts_the_dates_that_met_the_condition()
    {
        var timeline = new EvidenceTimeline { Name = "daily dose", Points = [Point(1, true), Point(2, false), Point(3, true), Point(4, true)] };

        Assert.Equal(3, timeline.MetCount);
    }

    [Fact]
    public void A_date_with_the_datum_missing_is_not_counted_as_met()
    {
        var timeline = new EvidenceTimeline { Name = "daily dose", Points = [Point(1, null), Point(2, true), Point(3, null)] };

        Assert.Equal(1, timeline.MetCount);
        Assert.Equal(3, timeline.Points.Length);
    }

    [Fact]
    public void An_empty_or_never_met_timeline_counts_zero()
    {
        Assert.Equal(0, new EvidenceTimeline { Name = "daily dose" }.MetCount);
        Assert.Equal(0, new EvidenceTimeline { Name = "daily dose", Points = default }.MetCount);
        Assert.Equal(0, new EvidenceTimeline { Name = "daily dose", Points = [Point(1, false), Point(2, null)] }.MetCount);
    }

    [Fact]
    public void MetCount_follows_the_points_of_a_copy()
    {
        var timeline = new EvidenceTimeline { Name = "daily dose", Points = [Point(1, true)] };

        var more = timeline with { Points = timeline.Points.Add(Point(2, true)) };

        Assert.Equal((1, 2), (timeline.MetCount, more.MetCount));
    }
}
