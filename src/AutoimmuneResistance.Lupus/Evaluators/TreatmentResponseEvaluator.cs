using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Treatment response (seed claims L1 and L4): one finding per non-glucocorticoid course, carrying its
/// <see cref="CourseClassificationDetail"/>, and one per therapy whose courses together tell a secondary loss of
/// response (a response to an earlier course, then none to a later one; see <see cref="TherapyHistories"/>).
/// </summary>
/// <remarks>
/// <para>
/// Primary non-response is a resistance finding only when the trial was adequate and adherence was shown: with
/// adherence unknown the finding is unknown and names the datum that would settle it (for hydroxychloroquine a
/// whole-blood level; for another drug taken at home its refill records, or a hydroxychloroquine level read as a marker
/// while both are taken); with non-adherence shown it is not supported, because non-adherence explains it. A drug the
/// care team gives (recorded administrations, or intravenous infusions) is shown to be taken by its administration.
/// Secondary loss of response is reported likewise.
/// </para>
/// <para>
/// Thresholds and windows come from <see cref="TreatmentTrialDefinitions"/> (SLEDAI-2K response: a fall of at least 4
/// points, the SRI-4 component, Furie RA et al. Arthritis Rheum 2009;61(9):1143-51, doi:10.1002/art.24698; or a total at
/// or below the LLDAS limit of 4, Franklyn K et al. Ann Rheum Dis 2016;75(9):1615-21) and
/// <see cref="NephritisResponseDefinitions"/> (EULAR/ERA-EDTA 2019, Fanouriakis A et al. Ann Rheum Dis
/// 2020;79:713-23, doi:10.1136/annrheumdis-2020-216924).
/// </para>
/// </remarks>
internal sealed class TreatmentResponseEvaluator() : LupusEvaluator(
    "sle.treatment-response",
    "Response to each therapy course, and to each therapy across its courses",
    [LupusMechanisms.PrimaryNonResponse, LupusMechanisms.SecondaryLossOfResponse],
    [LupusSources.FurieSri, LupusSources.FranklynLldas, TargetCitations.Fanouriakis2020, TargetCitations.Arora2022, LupusSources.MdYusofRituximab])
{
    /// <summary>The course responded and the response held.</summary>
    internal static readonly RuleId Responded = RuleId.Create("sle.course.response");

    /// <summary>The course brought a partial response.</summary>
    internal static readonly RuleId Partial = RuleId.Create("sle.course.partial-response");

    /// <summary>An adequate course did not respond in an adherent patient.</summary>
    internal static readonly RuleId PrimaryShown = RuleId.Create("sle.course.primary-non-response");

    /// <summary>The course did not respond, and adherence during it is unknown.</summary>
    internal static readonly RuleId PrimaryAdherenceUnknown = RuleId.Create("sle.course.primary-non-response.adherence-unknown");

    /// <summary>The course did not respond, and the patient was shown not to take the drug.</summary>
    internal static readonly RuleId PrimaryNonAdherent = RuleId.Create("sle.course.primary-non-response.non-adherent");

    /// <summary>The course did not respond, but its dose was below the cited induction dose.</summary>
    internal static readonly RuleId PrimaryInadequateDose = RuleId.Create("sle.course.primary-non-response.inadequate-dose");

    /// <summary>The course responded, then lost the response, in an adherent patient.</summary>
    internal static readonly RuleId SecondaryShown = RuleId.Create("sle.course.secondary-loss-of-response");

    /// <summary>The course lost its response, and adherence is unknown.</summary>
    internal static readonly RuleId SecondaryAdherenceUnknown = RuleId.Create("sle.course.secondary-loss-of-response.adherence-unknown");

    /// <summary>The course lost its response, explained by non-adherence.</summary>
    internal static readonly RuleId SecondaryNonAdherent = RuleId.Create("sle.course.secondary-loss-of-response.non-adherent");

    /// <summary>The course was stopped for an adverse event.</summary>
    internal static readonly RuleId Intolerant = RuleId.Create("sle.course.intolerance");

    /// <summary>The course has not run long enough to judge.</summary>
    internal static readonly RuleId Early = RuleId.Create("sle.course.too-early");

    /// <summary>No activity measurement during the course.</summary>
    internal static readonly RuleId NoActivity = RuleId.Create("sle.course.no-activity-data");

    /// <summary>A response to an earlier course of the therapy, then no response to a later one (secondary loss of response across courses).</summary>
    internal static readonly RuleId LostAcrossCourses = RuleId.Create("sle.therapy.secondary-loss-across-courses");

    private static readonly ImmutableArray<Citation> CourseCitations = [LupusSources.FurieSri, LupusSources.FranklynLldas, TargetCitations.Fanouriakis2020, TargetCitations.Arora2022];
    private static readonly ImmutableArray<Citation> AcrossCoursesCitations = [LupusSources.MdYusofRituximab, LupusSources.FurieSri, LupusSources.FranklynLldas];

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var hydroxychloroquineCourses = ProfileQueries.Courses(context.Patient, TherapyId.Hydroxychloroquine, context.AsOf);
        foreach (var classified in CourseClassifier.Classify(context))
        {
            output.Add(CourseFinding(context, classified, hydroxychloroquineCourses));
        }

        foreach (var therapy in TherapyHistories.Of(context))
        {
            if (therapy.AcrossCourses)
            {
                output.Add(AcrossCoursesFinding(context, therapy, hydroxychloroquineCourses));
            }
        }
    }

    private Finding CourseFinding(EvaluationContext context, ClassifiedCourse c, IReadOnlyList<(TherapyCourse Course, string Path)> hydroxychloroquine)
    {
        var therapy = c.Course.Therapy;
        var detail = c.Detail;
        var text = SummaryBuilder.Rent();
        text.Append(TherapyHistories.Name(context, therapy)).Append(" (");
        TherapyHistories.AppendPeriod(text, c.Course, context.AsOf).Append("): ");

        // The parts of the finding are decided first and the record built once (no copy to add the course's facts).
        var mechanism = LupusMechanisms.PrimaryNonResponse;
        FindingStatus status;
        RuleId rule;
        var grade = EvidenceGrade.ExpertOpinion;
        DataGap? gap = null;
        switch (detail.Response)
        {
            case TherapyOutcome.Response:
                AppendEvidence(text.Append("responded ("), c).Append(") and the response held.");
                (status, rule) = (FindingStatus.NotSupported, Responded);
                break;
            case TherapyOutcome.PartialResponse:
                AppendEvidence(text.Append("partial response ("), c).Append("): activity fell, but not to the response level.");
                (status, rule) = (FindingStatus.NotSupported, Partial);
                break;
            case TherapyOutcome.PrimaryNonResponse when detail.Dose == DoseAdequacy.Inadequate:
                AppendEvidence(text.Append("no response ("), c).Append("), but the dose was below the cited induction dose, so the trial was not adequate.");
                (status, rule, grade) = (FindingStatus.Unknown, PrimaryInadequateDose, EvidenceGrade.Guideline);
                gap = new DataGap { Datum = $"a course of {Prose(context, therapy)} at the cited induction dose", Path = c.Path + ".regimen" };
                break;
            case TherapyOutcome.PrimaryNonResponse:
                AppendEvidence(text.Append("no response ("), c).Append(')');
                (status, rule, gap) = ByAdherence(context, c, text, PrimaryShown, PrimaryNonAdherent, PrimaryAdherenceUnknown, " after an adequate course", hydroxychloroquine);
                break;
            case TherapyOutcome.SecondaryLossOfResponse:
                AppendEvidence(text.Append(detail.SecondaryNonDepletion ? "no response at retreatment (" : "responded, then lost the response ("), c).Append(')');
                mechanism = LupusMechanisms.SecondaryLossOfResponse;
                (status, rule, gap) = ByAdherence(context, c, text, SecondaryShown, SecondaryNonAdherent, SecondaryAdherenceUnknown, string.Empty, hydroxychloroquine);
                break;
            case TherapyOutcome.Intolerance:
                text.Append("stopped for an adverse event; intolerance is not resistance.");
                (status, rule) = (FindingStatus.NotSupported, Intolerant);
                break;
            case TherapyOutcome.TooEarly:
                text.Append(CultureInfo.InvariantCulture, $"too early to call ({detail.Months} of {detail.MinimumMonths} months).");
                (status, rule) = (FindingStatus.Unknown, Early);
                gap = new DataGap
                {
                    Datum = string.Create(CultureInfo.InvariantCulture, $"a {(detail.Renal ? "proteinuria measurement" : "SLEDAI-2K assessment")} after {detail.MinimumMonths} months of {Prose(context, therapy)}"),
                    Path = detail.Renal ? "$.observations" : "$.assessments",
                };
                break;
            default:
                text.Append(detail.Renal ? "no proteinuria measurement before and during the course, so the renal response cannot be judged." : "no SLEDAI-2K assessment during the course, so the response cannot be judged.");
                (status, rule) = (FindingStatus.Unknown, NoActivity);
                gap = new DataGap
                {
                    Datum = detail.Renal ? "urine protein/creatinine ratio (LOINC 2890-2) before and during the course" : $"a SLEDAI-2K assessment during the {Prose(context, therapy)} course",
                    Path = detail.Renal ? "$.observations" : "$.assessments",
                };
                break;
        }

        return new Finding(Id, mechanism, rule, status, SummaryBuilder.Return(text), grade, gap)
        {
            Therapy = therapy,
            Course = c.Path,
            On = c.AssessedOn,
            Facts = Concat(c.Path, c.ActivityFacts, c.Adherence.Facts),
            Thresholds = c.Adherence.Thresholds.IsEmpty ? c.Thresholds : [.. c.Thresholds, .. c.Adherence.Thresholds],
            Citations = CourseCitations,
            Detail = detail,
        };
    }

    // [first, .. a, .. b] in one array.
    private static ImmutableArray<string> Concat(string first, ImmutableArray<string> a, ImmutableArray<string> b)
    {
        var facts = new string[1 + a.Length + b.Length];
        facts[0] = first;
        a.CopyTo(facts, 1);
        b.CopyTo(facts, 1 + a.Length);
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(facts);
    }

    // How adherence decides a course that did not respond: the status, the rule and, when unknown, the datum to collect.
    private static (FindingStatus Status, RuleId Rule, DataGap? Gap) ByAdherence(
        EvaluationContext context,
        ClassifiedCourse c,
        StringBuilder text,
        RuleId shown,
        RuleId nonAdherent,
        RuleId unknown,
        string adequate,
        IReadOnlyList<(TherapyCourse Course, string Path)> hydroxychloroquine)
    {
        switch (c.Adherence.Status)
        {
            case AdherenceStatus.Adherent:
                text.Append(adequate).Append(", taken as prescribed (").Append(c.Adherence.Basis).Append(").");
                return (FindingStatus.Supported, shown, null);
            case AdherenceStatus.NonAdherent:
                text.Append(", explained by non-adherence (").Append(c.Adherence.Basis).Append("), so resistance is not shown.");
                return (FindingStatus.NotSupported, nonAdherent, null);
            default:
                text.Append(", but whether it was taken was never checked, so resistance cannot be concluded yet.");
                return (FindingStatus.Unknown, unknown, AdherenceGap(context, c, hydroxychloroquine));
        }
    }

    private Finding AcrossCoursesFinding(EvaluationContext context, JudgedTherapy therapy, IReadOnlyList<(TherapyCourse Course, string Path)> hydroxychloroquine)
    {
        var earlier = therapy.Courses[therapy.RespondedBefore];
        var later = therapy.DecidingCourse;
        var text = SummaryBuilder.Rent();
        text.Append(TherapyHistories.Name(context, therapy.Therapy)).Append(": responded to the course ");
        TherapyHistories.AppendPeriod(text, earlier.Course, context.AsOf).Append(" (");
        AppendEvidence(text, earlier).Append("), then did not respond to the later course ");
        TherapyHistories.AppendPeriod(text, later.Course, context.AsOf).Append(" (");
        AppendEvidence(text, later).Append("): secondary loss of response");
        var (status, rule, gap) = ByAdherence(context, later, text, LostAcrossCourses, LostAcrossCourses, LostAcrossCourses, string.Empty, hydroxychloroquine);
        return new Finding(Id, LupusMechanisms.SecondaryLossOfResponse, rule, status, SummaryBuilder.Return(text), EvidenceGrade.ExpertOpinion, gap)
        {
            Therapy = therapy.Therapy,
            On = later.AssessedOn,
            Facts = [earlier.Path, later.Path, .. earlier.ActivityFacts, .. later.ActivityFacts, .. later.Adherence.Facts],
            Thresholds = later.Adherence.Thresholds.IsEmpty ? later.Thresholds : [.. later.Thresholds, .. later.Adherence.Thresholds],
            Citations = AcrossCoursesCitations,
        };
    }

    // What the course's activity showed, in a few words.
    internal static StringBuilder AppendEvidence(StringBuilder text, ClassifiedCourse c)
    {
        var detail = c.Detail;
        if (detail.SecondaryNonDepletion)
        {
            return text.Append("an infusion reaction and incomplete B-cell depletion at retreatment: secondary non-depletion non-response");
        }

        var stopped = c.Course.StopReason == StopReason.Inefficacy ? "; stopped for inefficacy" : string.Empty;
        if (detail.Renal)
        {
            return detail.RenalResponse switch
            {
                NephritisResponseCategory.Complete => text.Append(CultureInfo.InvariantCulture, $"complete renal response by {c.AssessedOn:O}{stopped}"),
                NephritisResponseCategory.Partial => text.Append(CultureInfo.InvariantCulture, $"partial renal response by {c.AssessedOn:O}{stopped}"),
                NephritisResponseCategory.NoResponse => text.Append(CultureInfo.InvariantCulture, $"no renal response by {c.AssessedOn:O}{stopped}"),
                _ => text.Append(c.Course.StopReason == StopReason.Inefficacy ? "stopped for inefficacy" : "renal response not yet assessable"),
            };
        }

        if (detail.LatestSledai is not { } latest)
        {
            return text.Append(c.Course.StopReason == StopReason.Inefficacy ? "stopped for inefficacy; no SLEDAI-2K assessment during the course" : "no SLEDAI-2K assessment during the course");
        }

        return detail.BaselineSledai is { } baseline
            ? text.Append(CultureInfo.InvariantCulture, $"SLEDAI-2K {baseline} at baseline, {latest} on {c.AssessedOn:O}{stopped}")
            : text.Append(CultureInfo.InvariantCulture, $"SLEDAI-2K {latest} on {c.AssessedOn:O}, no baseline visit{stopped}");
    }

    // The datum that would show whether the drug was taken during the course. Drugs given in clinic never get here.
    private static DataGap AdherenceGap(EvaluationContext context, ClassifiedCourse c, IReadOnlyList<(TherapyCourse Course, string Path)> hydroxychloroquine)
    {
        var therapy = c.Course.Therapy;
        if (therapy == TherapyId.Hydroxychloroquine)
        {
            return new DataGap { Datum = "whole-blood hydroxychloroquine level", Test = HydroxychloroquineLevel, Path = "$.drugLevels" };
        }

        var name = Prose(context, therapy);
        var end = c.Course.End ?? context.AsOf;
        foreach (var (course, _) in hydroxychloroquine)
        {
            if (course.Start <= end && (course.End ?? context.AsOf) >= c.Course.Start)
            {
                return new DataGap
                {
                    Datum = $"refill records for {name} during the course, or a whole-blood hydroxychloroquine level then (read as a marker of adherence to both)",
                    Test = HydroxychloroquineLevel,
                    Path = "$.refillAdherence",
                };
            }
        }

        return new DataGap { Datum = $"refill records (proportion of days covered) for {name} during the course", Path = "$.refillAdherence" };
    }

    private static readonly ClinicalCode HydroxychloroquineLevel = ClinicalCode.Loinc(HydroxychloroquineInstrument.WholeBloodLoinc, "Hydroxychloroquine [Mass/volume] in Blood");

    private static string Prose(EvaluationContext context, TherapyId therapy) => ClinicalProse.InSentence(TherapyHistories.Name(context, therapy));
}
