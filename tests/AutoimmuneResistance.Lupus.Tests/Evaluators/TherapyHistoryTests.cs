using System.Collections.Immutable;
using static AutoimmuneResistance.Lupus.Tests.Evaluators.CourseClassificationBoundaryTests;
using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

// The fold of one therapy's courses (TherapyHistories, see its XML doc) and what the folded outcome means for
// resistance (JudgedTherapy): first as a table over classified courses, then as worked examples through the pipeline.
public sealed class TherapyHistoryTests
{
    private static readonly DateOnly Start = new(2022, 1, 1);

    private static TherapyOutcome Outcome(char letter) => letter switch
    {
        'R' => TherapyOutcome.Response,
        'P' => TherapyOutcome.PartialResponse,
        'N' => TherapyOutcome.PrimaryNonResponse,
        'L' => TherapyOutcome.SecondaryLossOfResponse,
        'I' => TherapyOutcome.Intolerance,
        'E' => TherapyOutcome.TooEarly,
        'U' => TherapyOutcome.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(letter)),
    };

    private static ClassifiedCourse Classified(
        int index, DateOnly start, TherapyOutcome outcome, CourseAdherence adherence = CourseAdherence.Unknown,
        DoseAdequacy dose = DoseAdequacy.NotAssessed, TherapyId? therapy = null)
    {
        var path = $"$.therapies[{index}]";
        var course = new TherapyCourse { Therapy = therapy ?? TherapyId.Rituximab, Class = TherapyClass.AntiCd20, Start = start };
        var detail = new CourseClassificationDetail
        {
            Course = path,
            Response = outcome,
            Months = 6,
            MinimumMonths = 3,
            Dose = dose,
            Adherence = adherence,
        };
        var status = adherence switch
        {
            CourseAdherence.Adherent => AdherenceStatus.Adherent,
            CourseAdherence.NonAdherent => AdherenceStatus.NonAdherent,
            _ => AdherenceStatus.Unknown,
        };
        return new ClassifiedCourse(course, path, detail, new AdherenceEvidence(status, [], [], "test"), [], [], start);
    }

    // Courses of one therapy, one letter each, six months apart in profile order.
    private static JudgedTherapy Fold(string letters) =>
        Assert.Single(TherapyHistories.Judge([.. letters.Select((c, i) => Classified(i, Start.AddMonths(6 * i), Outcome(c)))]));

    // ---- the fold ----

    [Theory]
    [InlineData("R", 'R', 0, -1)]
    [InlineData("P", 'P', 0, -1)]
    [InlineData("N", 'N', 0, -1)]
    [InlineData("L", 'L', 0, -1)]
    [InlineData("I", 'I', 0, -1)]
    [InlineData("E", 'E', 0, -1)]
    [InlineData("U", 'U', 0, -1)]
    [InlineData("RN", 'L', 1, 0)]   // response, then no response to a later course: secondary loss across courses
    [InlineData("RRN", 'L', 2, 1)]  // the latest response is the one lost
    [InlineData("RPN", 'L', 2, 0)]  // a partial response in between does not erase the response
    [InlineData("NRN", 'L', 2, 1)]
    [InlineData("RNR", 'R', 2, -1)] // a later response decides
    [InlineData("PN", 'N', 1, -1)]  // a partial response is not a response to lose
    [InlineData("PR", 'R', 1, -1)]
    [InlineData("NP", 'P', 1, -1)]
    [InlineData("RL", 'L', 1, -1)]  // a loss within the later course: its own outcome, not across courses
    [InlineData("NI", 'N', 0, -1)]  // intolerance after a failure does not undo the failure
    [InlineData("LI", 'L', 0, -1)]
    [InlineData("RNI", 'L', 1, 0)]
    [InlineData("RI", 'I', 1, -1)]  // intolerance after a response decides
    [InlineData("IN", 'N', 1, -1)]
    [InlineData("NE", 'N', 0, -1)]  // a new course too early to judge does not erase a failure
    [InlineData("NU", 'N', 0, -1)]
    [InlineData("NNE", 'N', 1, -1)] // whichever course decided, a later one too early to judge does not replace it
    [InlineData("RNE", 'L', 1, 0)]
    [InlineData("RE", 'R', 0, -1)]
    [InlineData("IE", 'I', 0, -1)]
    [InlineData("EN", 'N', 1, -1)]
    [InlineData("EE", 'E', 1, -1)]  // nothing decided yet: the latest course too early to judge decides
    [InlineData("UE", 'E', 1, -1)]
    [InlineData("EU", 'U', 1, -1)]
    public void Courses_fold_in_time_order_as_documented(string courses, char outcome, int deciding, int respondedBefore)
    {
        var judged = Fold(courses);

        Assert.Equal(Outcome(outcome), judged.Outcome);
        Assert.Equal(deciding, judged.Deciding);
        Assert.Equal(respondedBefore, judged.RespondedBefore);
        Assert.Equal(respondedBefore >= 0, judged.AcrossCourses);
        Assert.Same(judged.Courses[deciding], judged.DecidingCourse);
    }

    [Fact]
    public void Courses_are_folded_in_time_order_whatever_their_profile_order()
    {
        // Profile order: the later course (no response) first, the earlier (response) second.
        var judged = Assert.Single(TherapyHistories.Judge(
        [
            Classified(0, Start.AddMonths(12), TherapyOutcome.PrimaryNonResponse),
            Classified(1, Start, TherapyOutcome.Response),
        ]));

        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, judged.Outcome);
        Assert.Equal(["$.therapies[1]", "$.therapies[0]"], judged.Courses.Select(c => c.Path));
        Assert.Equal("$.therapies[0]", judged.DecidingCourse.Path);
    }

    [Fact]
    public void Courses_starting_the_same_day_keep_their_profile_order()
    {
        var judged = Assert.Single(TherapyHistories.Judge(
        [
            Classified(0, Start, TherapyOutcome.Response),
            Classified(1, Start, TherapyOutcome.PrimaryNonResponse),
        ]));

        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, judged.Outcome);
        Assert.Equal("$.therapies[1]", judged.DecidingCourse.Path);
    }

    [Fact]
    public void Each_therapy_is_judged_on_its_own_courses_in_order_of_its_first_course()
    {
        var judged = TherapyHistories.Judge(
        [
            Classified(0, Start.AddMonths(6), TherapyOutcome.PrimaryNonResponse, therapy: TherapyId.Azathioprine),
            Classified(1, Start.AddMonths(1), TherapyOutcome.PrimaryNonResponse, therapy: TherapyId.Rituximab),
            Classified(2, Start, TherapyOutcome.Response, therapy: TherapyId.Azathioprine),
        ]);

        Assert.Equal([TherapyId.Azathioprine, TherapyId.Rituximab], judged.Select(t => t.Therapy));
        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, judged[0].Outcome);
        Assert.Equal(["$.therapies[2]", "$.therapies[0]"], judged[0].Courses.Select(c => c.Path));
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, judged[1].Outcome);
        Assert.Equal(["$.therapies[1]"], judged[1].Courses.Select(c => c.Path));
    }

    [Fact]
    public void No_courses_no_therapies()
    {
        Assert.Empty(TherapyHistories.Judge([]));
    }

    // ---- what the outcome means for resistance ----

    [Theory]
    [InlineData('N', CourseAdherence.Adherent, DoseAdequacy.NotAssessed, ResistanceAnswer.Shown, 'N')]
    [InlineData('N', CourseAdherence.Adherent, DoseAdequacy.Adequate, ResistanceAnswer.Shown, 'N')]
    [InlineData('N', CourseAdherence.Adherent, DoseAdequacy.Inadequate, ResistanceAnswer.CannotTellYet, 'N')]    // below the cited dose
    [InlineData('N', CourseAdherence.NonAdherent, DoseAdequacy.Inadequate, ResistanceAnswer.NotShown, 'A')]      // non-adherence explains it first
    [InlineData('N', CourseAdherence.NonAdherent, DoseAdequacy.Adequate, ResistanceAnswer.NotShown, 'A')]
    [InlineData('N', CourseAdherence.Unknown, DoseAdequacy.Adequate, ResistanceAnswer.CannotTellYet, 'N')]
    [InlineData('N', CourseAdherence.Unknown, DoseAdequacy.Inadequate, ResistanceAnswer.CannotTellYet, 'N')]
    [InlineData('L', CourseAdherence.Adherent, DoseAdequacy.Inadequate, ResistanceAnswer.Shown, 'L')]            // the dose rule is for primary non-response
    [InlineData('L', CourseAdherence.NonAdherent, DoseAdequacy.Adequate, ResistanceAnswer.NotShown, 'A')]
    [InlineData('L', CourseAdherence.Unknown, DoseAdequacy.Adequate, ResistanceAnswer.CannotTellYet, 'L')]
    [InlineData('E', CourseAdherence.Adherent, DoseAdequacy.Adequate, ResistanceAnswer.CannotTellYet, 'E')]
    [InlineData('U', CourseAdherence.Adherent, DoseAdequacy.Adequate, ResistanceAnswer.CannotTellYet, 'U')]
    [InlineData('R', CourseAdherence.NonAdherent, DoseAdequacy.Inadequate, ResistanceAnswer.NotShown, 'R')]       // not a failure: not non-adherence either
    [InlineData('P', CourseAdherence.NonAdherent, DoseAdequacy.Adequate, ResistanceAnswer.NotShown, 'P')]
    [InlineData('I', CourseAdherence.NonAdherent, DoseAdequacy.Adequate, ResistanceAnswer.NotShown, 'I')]
    [InlineData('I', CourseAdherence.Adherent, DoseAdequacy.Adequate, ResistanceAnswer.NotShown, 'I')]
    public void The_outcome_adherence_and_dose_decide_whether_resistance_is_shown(char outcome, CourseAdherence adherence, DoseAdequacy dose, ResistanceAnswer expected, char reported)
    {
        var judged = Assert.Single(TherapyHistories.Judge([Classified(0, Start, Outcome(outcome), adherence, dose)]));

        Assert.Equal(expected, judged.Resistance);
        Assert.Equal(reported == 'A' ? TherapyOutcome.NonAdherence : Outcome(reported), judged.ReportedOutcome);
        Assert.Equal(outcome is 'N' or 'L', judged.Failed);
    }

    [Theory]
    [InlineData(CourseAdherence.NonAdherent, CourseAdherence.Adherent, ResistanceAnswer.Shown)]
    [InlineData(CourseAdherence.Adherent, CourseAdherence.NonAdherent, ResistanceAnswer.NotShown)]
    [InlineData(CourseAdherence.Adherent, CourseAdherence.Unknown, ResistanceAnswer.CannotTellYet)]
    public void Across_courses_the_adherence_of_the_later_course_decides(CourseAdherence earlier, CourseAdherence later, ResistanceAnswer expected)
    {
        var judged = Assert.Single(TherapyHistories.Judge(
        [
            Classified(0, Start, TherapyOutcome.Response, earlier),
            Classified(1, Start.AddMonths(6), TherapyOutcome.PrimaryNonResponse, later, DoseAdequacy.Inadequate),
        ]));

        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, judged.Outcome);
        Assert.Equal(expected, judged.Resistance);
    }

    // ---- worked examples through the pipeline: azathioprine, a first course on days 0-180, a second from day 300 ----

    private static DateOnly Day(int days) => Start.AddDays(days);

    private static TherapyCourse First(StopReason? stop = StopReason.Other) =>
        Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, Start, Day(180), stop);

    private static TherapyCourse Second(int startDay = 300, DateOnly? end = null, StopReason? stop = null) =>
        Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, Day(startDay), end, stop);

    private static PatientProfile Azathioprine(TherapyCourse[] courses, params (int Day, int Total)[] visits) => Patient(courses) with
    {
        Assessments = [.. visits.Select(v => (InstrumentAssessment)Total(Day(v.Day), v.Total))],
    };

    private static RefillAdherence Refills(int fromDay, int toDay) => new()
    {
        Therapy = TherapyId.Azathioprine,
        From = Day(fromDay),
        To = Day(toDay),
        ProportionOfDaysCovered = Percentage.FromPercent(95m),
    };

    private static TherapyVerdict Verdict(ResistanceAssessment assessment) =>
        Assert.Single(assessment.Verdict!.Therapies, t => t.Therapy == TherapyId.Azathioprine);

    [Fact]
    public void Response_then_no_response_to_a_later_course_is_a_secondary_loss_across_courses()
    {
        // First course: 12 -> 4 on day 120 (response). Second: baseline 12 on day 290, 12 on day 420 (no response,
        // more than three months after day 300). Refills cover the second course: resistance shown.
        var patient = Azathioprine([First(), Second()], (-10, 12), (120, 4), (290, 12), (420, 12)) with { RefillAdherence = [Refills(300, 420)] };

        var assessment = Evaluate(patient, Day(450));
        var verdict = Verdict(assessment);
        var across = Assert.Single(assessment.Findings, f => f.Rule.Value == "sle.therapy.secondary-loss-across-courses");

        Assert.Equal([TherapyOutcome.Response, TherapyOutcome.PrimaryNonResponse], verdict.Courses.Select(c => c.Outcome));
        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, verdict.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, verdict.Resistance);
        Assert.Equal(FindingStatus.Supported, across.Status);
        Assert.Equal<string>([across.Id!], verdict.Findings);
        Assert.StartsWith("Azathioprine: responded to the course from 2022-01-01, then not to the course from 2022-10-28", verdict.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Courses_listed_out_of_time_order_tell_the_same_story()
    {
        var patient = Azathioprine([Second(), First()], (-10, 12), (120, 4), (290, 12), (420, 12));

        var verdict = Verdict(Evaluate(patient, Day(450)));

        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, verdict.Outcome);
        Assert.Equal(ResistanceAnswer.CannotTellYet, verdict.Resistance); // adherence never checked
        Assert.Equal(["$.therapies[1]", "$.therapies[0]"], verdict.Courses.Select(c => c.Course));
    }

    [Fact]
    public void Partial_response_then_no_response_is_a_primary_non_response()
    {
        // First course: 12 -> 10 (partial). Second: 12 -> 12.
        var assessment = Evaluate(Azathioprine([First(), Second()], (-10, 12), (120, 10), (290, 12), (420, 12)), Day(450));
        var verdict = Verdict(assessment);

        Assert.Equal([TherapyOutcome.PartialResponse, TherapyOutcome.PrimaryNonResponse], verdict.Courses.Select(c => c.Outcome));
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, verdict.Outcome);
        Assert.DoesNotContain(assessment.Findings, f => f.Rule.Value == "sle.therapy.secondary-loss-across-courses");
    }

    [Fact]
    public void Failure_then_intolerance_stays_a_failure()
    {
        // First course: 12 -> 12 (no response). Second: stopped for an adverse event on day 330.
        var assessment = Evaluate(Azathioprine([First(), Second(end: Day(330), stop: StopReason.AdverseEvent)], (-10, 12), (120, 12), (290, 12)), Day(450));
        var verdict = Verdict(assessment);
        var firstFinding = Assert.Single(CourseFindings(assessment), f => f.Course == "$.therapies[0]");

        Assert.Equal([TherapyOutcome.PrimaryNonResponse, TherapyOutcome.Intolerance], verdict.Courses.Select(c => c.Outcome));
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, verdict.Outcome);
        Assert.Equal<string>([firstFinding.Id!], verdict.Findings);
    }

    [Fact]
    public void Failure_then_a_course_too_early_to_judge_stays_a_failure()
    {
        // Second course from day 400, evaluated on day 450: too early.
        var verdict = Verdict(Evaluate(Azathioprine([First(), Second(400)], (-10, 12), (120, 12), (390, 12)), Day(450)));

        Assert.Equal([TherapyOutcome.PrimaryNonResponse, TherapyOutcome.TooEarly], verdict.Courses.Select(c => c.Outcome));
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, verdict.Outcome);
    }

    [Fact]
    public void Of_two_courses_too_early_to_judge_the_later_decides()
    {
        // First course stopped on day 30, second from day 400 (evaluated on day 460): neither judged; the statement
        // reports the later one's months.
        var first = Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, Start, Day(30), StopReason.Other);
        var verdict = Verdict(Evaluate(Azathioprine([first, Second(400)]), Day(460)));

        Assert.Equal(TherapyOutcome.TooEarly, verdict.Outcome);
        Assert.Equal("Azathioprine: too early to judge (2 of 3 months).", verdict.Statement);
    }
}
