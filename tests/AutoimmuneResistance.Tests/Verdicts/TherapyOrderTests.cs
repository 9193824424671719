namespace AutoimmuneResistance.Tests.Verdicts;

// Therapy verdicts come in time order of their first course, whatever order the contributor reported them in;
// verdicts without courses come last, by therapy id.
public sealed class TherapyOrderTests
{
    [Fact]
    public void Therapies_are_in_time_order_of_their_first_course()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, new DateOnly(2023, 3, 1)));
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, new DateOnly(2018, 5, 1)));
            v.Add(Scripted.Therapy(TherapyId.MycophenolateMofetil, ResistanceAnswer.CannotTellYet, new DateOnly(2020, 11, 1)));
        });

        Assert.Equal(
            [TherapyId.Hydroxychloroquine, TherapyId.MycophenolateMofetil, TherapyId.Rituximab],
            verdict.Therapies.Select(t => t.Therapy));
    }

    [Fact]
    public void Therapies_starting_the_same_day_are_ordered_by_id()
    {
        var day = new DateOnly(2021, 1, 1);
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Tacrolimus, ResistanceAnswer.NotShown, day));
            v.Add(Scripted.Therapy(TherapyId.Belimumab, ResistanceAnswer.NotShown, day));
            v.Add(Scripted.Therapy(TherapyId.MycophenolateMofetil, ResistanceAnswer.NotShown, day));
        });

        Assert.Equal(["belimumab", "mycophenolate-mofetil", "tacrolimus"], verdict.Therapies.Select(t => t.Therapy.Value));
    }

    [Fact]
    public void Verdicts_without_courses_come_last_by_therapy_id()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Voclosporin, ResistanceAnswer.CannotTellYet));
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.NotShown, new DateOnly(2023, 1, 1)));
            v.Add(Scripted.Therapy(TherapyId.Azathioprine, ResistanceAnswer.CannotTellYet));
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, new DateOnly(2019, 1, 1)));
        });

        Assert.Equal(
            [TherapyId.Hydroxychloroquine, TherapyId.Rituximab, TherapyId.Azathioprine, TherapyId.Voclosporin],
            verdict.Therapies.Select(t => t.Therapy));
    }

    [Fact]
    public void A_therapy_is_placed_by_its_earliest_course_even_when_its_courses_were_reported_out_of_order()
    {
        CourseOutcome Course(int year, int index) =>
            new() { Course = $"$.therapies[{index}]", Start = new DateOnly(year, 1, 1), Outcome = TherapyOutcome.Response };

        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Belimumab, ResistanceAnswer.NotShown, new DateOnly(2020, 1, 1)));

            // Rituximab's cycles of 2022 and 2018, in that order: its first course is the one of 2018.
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.NotShown) with { Courses = [Course(2022, 2), Course(2018, 1)] });
        });

        Assert.Equal([TherapyId.Rituximab, TherapyId.Belimumab], verdict.Therapies.Select(t => t.Therapy));
    }

    [Fact]
    public void Concerns_follow_the_same_order()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Tacrolimus, ResistanceAnswer.Shown));
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, new DateOnly(2023, 1, 1)));
            v.Add(Scripted.Therapy(TherapyId.Cyclophosphamide, ResistanceAnswer.Shown, new DateOnly(2019, 1, 1)));
        });

        Assert.Equal([TherapyId.Cyclophosphamide, TherapyId.Rituximab, TherapyId.Tacrolimus], verdict.Concerns.Therapies.AsEnumerable());
    }
}
