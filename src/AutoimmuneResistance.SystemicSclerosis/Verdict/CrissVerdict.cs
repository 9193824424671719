using System.Collections.Immutable;
using System.Globalization;
using static AutoimmuneResistance.SystemicSclerosis.SscCourseReadings;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// How the verdict reads a therapy's ACR CRISS findings (<see cref="CrissOnTherapyEvaluator"/>) and how they combine
/// with the lung and the skin. Read like the skin: the latest course with a CRISS finding decides; not improved is a
/// primary non-response, or a secondary loss of response when an earlier course of the same therapy improved; improved
/// is a response; too early and unknown stay so. A failure is resistance only in a patient shown by refill records to
/// take the drug (docs/verdict.md). Combined with the lung and skin verdict by the same rule the contributor uses for
/// lung and skin: the reading whose answer weighs most (shown, then cannot tell yet, then not shown) leads, the lung
/// and skin on a tie, and the other's statement follows (docs/evaluators/ssc.verdict.md).
/// </summary>
internal static class CrissVerdict
{
    private const string Title = "Not improved by the ACR CRISS on therapy";

    /// <summary>The therapy's CRISS reading as a verdict, or <see langword="null"/> when no course has a CRISS finding.</summary>
    public static TherapyVerdict? Read(
        EvaluationContext context,
        TherapyId therapy,
        ImmutableArray<(TherapyCourse Course, string Path)> courses,
        IReadOnlyList<Finding> findings)
    {
        var name = SscProfile.Name(context, therapy);
        var outcomes = ImmutableArray.CreateBuilder<CourseOutcome>(courses.Length);
        Finding? deciding = null;
        var improvedBefore = false;
        var improved = false;
        foreach (var (course, path) in courses)
        {
            var finding = findings.FirstOrDefault(f => f.Mechanism == SscMechanisms.CrissNotImprovedOnTherapy && f.Course == path && f.Id is not null);
            outcomes.Add(new CourseOutcome { Course = path, Start = course.Start, End = course.End, Outcome = finding is null ? TherapyOutcome.Unknown : CrissOnTherapyEvaluator.OutcomeOf(finding), Finding = finding?.Id });
            if (finding is not null)
            {
                improvedBefore = improved;
                improved |= finding.Rule == CrissOnTherapyEvaluator.Improved;
                deciding = finding;
            }
        }

        if (deciding is null)
        {
            return null;
        }

        var judged = CrissOnTherapyEvaluator.OutcomeOf(deciding);
        if (judged == TherapyOutcome.PrimaryNonResponse && improvedBefore)
        {
            judged = TherapyOutcome.SecondaryLossOfResponse;
        }

        var (adherence, outcome, resistance) = SscCourseReadings.Read(context, therapy, courses, judged);
        var probability = deciding.Thresholds.Length > 0 ? deciding.Thresholds[0] : null;
        var reading = probability is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"predicted probability of improvement {probability.Observed:0.0000}, {probability.Limit:0.00} or more counting as improved");
        var windows = CrissOnTherapyEvaluator.SelectedWindows(context);
        var statement = (judged, adherence) switch
        {
            (TherapyOutcome.Response, _) => $"{name}: improved by the ACR CRISS over a year ({reading}).",
            (TherapyOutcome.PrimaryNonResponse, SscCourseReadings.RefillAdherence.Adherent or SscCourseReadings.RefillAdherence.GivenInClinic) => $"{name}: not improved by the ACR CRISS over a year ({reading}) although {SscCourseReadings.TakenBasis(adherence)}, a primary non-response.",
            (TherapyOutcome.SecondaryLossOfResponse, SscCourseReadings.RefillAdherence.Adherent or SscCourseReadings.RefillAdherence.GivenInClinic) => $"{name}: improved by the ACR CRISS on an earlier course, but not on the latest ({reading}) although {SscCourseReadings.TakenBasis(adherence)}, a secondary loss of response.",
            (_, SscCourseReadings.RefillAdherence.NonAdherent) => $"{name}: not improved by the ACR CRISS over a year ({reading}), but {RefillAdherenceCheck.BelowBasis}: apparent resistance, explained by non-adherence.",
            (_, SscCourseReadings.RefillAdherence.NotRecorded) => $"{name}: not improved by the ACR CRISS over a year ({reading}), but adherence is not recorded, so resistance cannot be called yet; refill records for the course would settle it.",
            (TherapyOutcome.TooEarly, _) => string.Create(CultureInfo.InvariantCulture, $"{name}: too early to apply the ACR CRISS, which compares a baseline with a follow-up {windows.FollowUpMonths} ± {windows.FollowUpWindowMonths} months after the start of the course."),
            _ => $"{name}: the ACR CRISS cannot be applied; {deciding.Gap?.Datum ?? "the five core measures"} would settle it.",
        };
        var failed = IsFailure(judged) && adherence != SscCourseReadings.RefillAdherence.NonAdherent;
        return new TherapyVerdict
        {
            Therapy = therapy,
            Name = name,
            Disease = SystemicSclerosisIds.Ssc,
            Outcome = outcome,
            Resistance = resistance,
            Statement = statement,
            Courses = outcomes.MoveToImmutable(),
            Findings = [deciding.Id!],
            ExplainedBy = deciding.Status == FindingStatus.Supported
                ? [new MechanismLink { Mechanism = SscMechanisms.CrissNotImprovedOnTherapy, Title = Title, Status = deciding.Status, Findings = [deciding.Id!] }]
                : [],
            Options = failed ? SscOptions.ForSkin(context) : [],
        };
    }

    /// <summary>
    /// The lung and skin verdict combined with the CRISS reading: the CRISS leads only when its answer weighs more
    /// (or the lung and skin found nothing); the other statement follows after a semicolon. An undecided CRISS (too
    /// early, measures missing) joins only a therapy the lung and skin say nothing about.
    /// </summary>
    public static TherapyVerdict Combine(TherapyVerdict organs, TherapyVerdict? criss)
    {
        if (criss is null)
        {
            return organs;
        }

        if (organs.Findings.IsEmpty)
        {
            return criss;
        }

        // An undecided CRISS (too early, or a core measure missing) leaves a lung or skin reading as it is: its finding
        // and data gap stay in the assessment, but missing global assessments must not unsettle a decided organ.
        if (criss.Outcome is TherapyOutcome.TooEarly or TherapyOutcome.Unknown)
        {
            return organs;
        }

        return SscCourseReadings.Merge(organs, criss);
    }
}
