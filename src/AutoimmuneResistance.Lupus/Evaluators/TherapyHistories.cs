using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// One therapy's courses and cycles judged together: how the therapy went over time and what that means for
/// resistance. Successive courses of the same drug are one story, so a response to a first course followed by no
/// response to a later one is a secondary loss of response, not a new primary non-response.
/// </summary>
/// <param name="Therapy">The therapy.</param>
/// <param name="Courses">Its classified courses, in time order (ties in profile order).</param>
/// <param name="Outcome">How it went across the courses, before adherence is weighed (never <see cref="TherapyOutcome.NonAdherence"/>).</param>
/// <param name="Deciding">The index in <paramref name="Courses"/> of the course that decided <paramref name="Outcome"/>.</param>
/// <param name="RespondedBefore">When the outcome is a loss of response across courses, the index of the earlier course that responded; otherwise -1.</param>
internal sealed record JudgedTherapy(
    TherapyId Therapy,
    ImmutableArray<ClassifiedCourse> Courses,
    TherapyOutcome Outcome,
    int Deciding,
    int RespondedBefore)
{
    /// <summary>Gets the course that decided the outcome.</summary>
    public ClassifiedCourse DecidingCourse => Courses[Deciding];

    /// <summary>Gets whether the outcome spans courses: a response to an earlier course, then no response to a later one.</summary>
    public bool AcrossCourses => RespondedBefore >= 0;

    /// <summary>Gets whether the therapy failed: no response, or a response that was lost.</summary>
    public bool Failed => Outcome is TherapyOutcome.PrimaryNonResponse or TherapyOutcome.SecondaryLossOfResponse;

    /// <summary>
    /// Gets the outcome as the verdict reports it: a failure in a patient shown not to take the drug is apparent
    /// resistance explained by non-adherence.
    /// </summary>
    public TherapyOutcome ReportedOutcome =>
        Failed && DecidingCourse.Adherence.Status == AdherenceStatus.NonAdherent ? TherapyOutcome.NonAdherence : Outcome;

    /// <summary>
    /// Gets whether the outcome shows resistance: a failure of an adequate course (duration, and dose where a cited
    /// minimum exists) in a patient shown to take the drug. A failure with adherence unknown, or below the cited dose,
    /// cannot tell yet; a response, a partial response, intolerance or non-adherence is not resistance.
    /// </summary>
    public ResistanceAnswer Resistance => Outcome switch
    {
        TherapyOutcome.PrimaryNonResponse or TherapyOutcome.SecondaryLossOfResponse => DecidingCourse.Adherence.Status switch
        {
            AdherenceStatus.NonAdherent => ResistanceAnswer.NotShown,
            _ when Outcome == TherapyOutcome.PrimaryNonResponse && DecidingCourse.Detail.Dose == DoseAdequacy.Inadequate => ResistanceAnswer.CannotTellYet,
            AdherenceStatus.Adherent => ResistanceAnswer.Shown,
            _ => ResistanceAnswer.CannotTellYet,
        },
        TherapyOutcome.TooEarly or TherapyOutcome.Unknown => ResistanceAnswer.CannotTellYet,
        _ => ResistanceAnswer.NotShown,
    };
}

/// <summary>
/// Groups the classified courses of a lupus profile by therapy and folds each therapy's courses, in time order, into
/// one outcome (computed once per evaluation and shared by the treatment-response evaluator and the verdict).
/// </summary>
/// <remarks>
/// <para>The fold, course by course in time order:</para>
/// <list type="bullet">
/// <item><description>a response or partial response becomes the outcome; a response is remembered;</description></item>
/// <item><description>a primary non-response after a remembered response is a secondary loss of response across courses (the
/// pattern of a response to a first rituximab cycle and no response to a later one: Md Yusof MY et al. Ann Rheum Dis
/// 2017;76(11):1829-36, doi:10.1136/annrheumdis-2017-211191); otherwise it is a primary non-response;</description></item>
/// <item><description>a loss of response within a course becomes the outcome, and so does intolerance unless an earlier course
/// already failed;</description></item>
/// <item><description>a course too early to judge, or without a measurement, becomes the outcome only when no earlier course
/// decided one: a new cycle that has just started does not erase what the earlier cycles showed.</description></item>
/// </list>
/// </remarks>
internal static class TherapyHistories
{
    private static readonly EvaluationPropertyKey<ImmutableArray<JudgedTherapy>> Key = new("sle.therapy-histories");

    /// <summary>Returns every judged non-glucocorticoid therapy of the context's patient, in time order of its first course.</summary>
    public static ImmutableArray<JudgedTherapy> Of(EvaluationContext context) => context.GetOrAdd(Key, static c => Judge(CourseClassifier.Classify(c)));

    /// <summary>Folds classified courses (in profile order) into one judgement per therapy, in time order of the first course.</summary>
    public static ImmutableArray<JudgedTherapy> Judge(ImmutableArray<ClassifiedCourse> classified)
    {
        if (classified.IsEmpty)
        {
            return [];
        }

        // Stable by start date, so courses starting the same day keep their profile order (an insertion sort: a
        // patient has a handful of courses).
        var ordered = classified.ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var course = ordered[i];
            var j = i - 1;
            for (; j >= 0 && ordered[j].Course.Start > course.Course.Start; j--)
            {
                ordered[j + 1] = ordered[j];
            }

            ordered[j + 1] = course;
        }

        // Therapies in the order of their first course; each therapy's courses in that order.
        var taken = new bool[ordered.Length];
        var result = ImmutableArray.CreateBuilder<JudgedTherapy>();
        for (var i = 0; i < ordered.Length; i++)
        {
            if (taken[i])
            {
                continue;
            }

            var therapy = ordered[i].Course.Therapy;
            var courses = ImmutableArray.CreateBuilder<ClassifiedCourse>();
            for (var j = i; j < ordered.Length; j++)
            {
                if (!taken[j] && ordered[j].Course.Therapy == therapy)
                {
                    taken[j] = true;
                    courses.Add(ordered[j]);
                }
            }

            result.Add(Fold(therapy, courses.DrainToImmutable()));
        }

        return result.DrainToImmutable();
    }

    private static JudgedTherapy Fold(TherapyId therapy, ImmutableArray<ClassifiedCourse> courses)
    {
        var outcome = TherapyOutcome.Unknown;
        var deciding = -1;
        var responded = -1;
        var respondedBefore = -1;
        for (var i = 0; i < courses.Length; i++)
        {
            var own = courses[i].Detail.Response;
            switch (own)
            {
                case TherapyOutcome.Response:
                    (outcome, deciding, responded, respondedBefore) = (own, i, i, -1);
                    break;
                case TherapyOutcome.PartialResponse:
                    (outcome, deciding, respondedBefore) = (own, i, -1);
                    break;
                case TherapyOutcome.PrimaryNonResponse when responded >= 0:
                    (outcome, deciding, respondedBefore) = (TherapyOutcome.SecondaryLossOfResponse, i, responded);
                    break;
                case TherapyOutcome.Intolerance when outcome is TherapyOutcome.PrimaryNonResponse or TherapyOutcome.SecondaryLossOfResponse:
                    // Stopping a later course for an adverse event does not undo the failure an earlier course showed.
                    break;
                case TherapyOutcome.TooEarly or TherapyOutcome.Unknown:
                    if (deciding < 0 || outcome is TherapyOutcome.TooEarly or TherapyOutcome.Unknown)
                    {
                        (outcome, deciding, respondedBefore) = (own, i, -1);
                    }

                    break;
                default:
                    (outcome, deciding, respondedBefore) = (own, i, -1);
                    break;
            }
        }

        return new JudgedTherapy(therapy, courses, outcome, deciding, respondedBefore);
    }

    /// <summary>Returns the therapy's display name from the pipeline's catalog, or its id when it is not catalogued.</summary>
    public static string Name(EvaluationContext context, TherapyId therapy) =>
        context.Therapies.TryGet(therapy, out var definition) ? definition.Name : therapy.Value;

    /// <summary>Appends a course's period in words: "from 2019-06-01, ongoing" or "2022-02-01 to 2022-08-01".</summary>
    public static StringBuilder AppendPeriod(StringBuilder text, TherapyCourse course, DateOnly asOf) => course.End is { } end && end <= asOf
        ? text.Append(CultureInfo.InvariantCulture, $"{course.Start:O} to {end:O}")
        : text.Append(CultureInfo.InvariantCulture, $"from {course.Start:O}, ongoing");
}
