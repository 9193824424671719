using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Disease activity over a therapy course (issue 11, treatment response over time): for every immunosuppressive course
/// (not antimalarials or nintedanib), the revised EUSTAR activity index (Valentini G, Iudici M, Walker UA, et al. Ann
/// Rheum Dis 2017;76(1):270-6, doi:10.1136/annrheumdis-2016-209768; active at a score of at least 2.5,
/// <see cref="EustarActivityIndex.ActiveAtLeast"/>) recorded as a total (<c>core.recorded-score</c> of
/// <c>ssc.eustar-activity-index</c>, 0 to 10) at a baseline and a follow-up in the windows of the selected
/// <see cref="CrissCourseDefinitions"/> (up to 3 months before the start; 12 ± 3 months after it). One finding per
/// course, linked to its therapy:
/// <list type="bullet">
/// <item>active at baseline and still active at follow-up: activity persisting on therapy (supported);</item>
/// <item>inactive at baseline, active at follow-up: activity arising on therapy (supported);</item>
/// <item>inactive at follow-up: not supported (settled, or inactive throughout);</item>
/// <item>too early, or a score missing at baseline or follow-up: unknown.</item>
/// </list>
/// Silent for a patient with no activity index on record (the items Δ-skin, digital ulcers and tendon friction rubs have
/// no place in a profile, so the index is not rebuilt from parts).
/// </summary>
internal sealed class ActivityOnTherapyEvaluator() : SscEvaluator(
    "ssc.activity-on-therapy",
    "Disease activity (revised EUSTAR index) over each immunosuppressive course",
    [SscMechanisms.ActivityPersistingOnTherapy],
    [SscCitations.Valentini2017])
{
    public static readonly RuleId Persisting = RuleId.Create("ssc.activity.persisting");
    public static readonly RuleId Arising = RuleId.Create("ssc.activity.arising");
    public static readonly RuleId Settled = RuleId.Create("ssc.activity.settled");
    public static readonly RuleId Inactive = RuleId.Create("ssc.activity.inactive");
    public static readonly RuleId TooEarly = RuleId.Create("ssc.activity.too-early");
    public static readonly RuleId ScoreMissing = RuleId.Create("ssc.activity.score-missing");

    private const decimal Maximum = 10m;

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var scores = new List<(DateOnly On, decimal Score, string Path)>();
        var assessments = context.Patient.Assessments;
        for (var i = 0; i < assessments.Length; i++)
        {
            if (assessments[i] is RecordedScore { } s && s.Instrument == SystemicSclerosisIds.EustarActivityIndex && s.On <= context.AsOf && s.Score is >= 0m and <= Maximum)
            {
                scores.Add((s.On, s.Score, ProfilePaths.Assessment(i)));
            }
        }

        if (scores.Count == 0)
        {
            return;
        }

        var w = CrissOnTherapyEvaluator.SelectedWindows(context);
        foreach (var (course, path) in SscProfile.DiseaseModifyingCourses(context))
        {
            if (SkinResponseEvaluator.Judges(course) && Judge(context, course, path, scores, w) is { } finding)
            {
                output.Add(finding);
            }
        }
    }

    private Finding? Judge(EvaluationContext context, TherapyCourse course, string coursePath, List<(DateOnly On, decimal Score, string Path)> scores, CrissCourseDefinitions w)
    {
        var (open, target, close, window) = w.FollowUpWindow(course.Start);
        if (course.End is { } ended && ended < open)
        {
            return null;
        }

        var name = SscProfile.InSentence(SscProfile.Name(context, course.Therapy));
        var baselines = scores.Where(s => s.On >= course.Start.AddMonths(-w.BaselineWindowMonths) && s.On <= course.Start).OrderBy(s => s.On).ToList();
        var last = course.End is { } end && end < context.AsOf ? (end < close ? end : close) : (context.AsOf < close ? context.AsOf : close);
        var followUps = scores.Where(s => s.On >= open && s.On <= last)
            .OrderBy(s => Math.Abs(s.On.DayNumber - target.DayNumber)).ThenBy(s => s.On).ToList();
        ImmutableArray<string> facts = [coursePath, .. baselines.TakeLast(1).Select(s => s.Path), .. followUps.Take(1).Select(s => s.Path)];
        Finding finding;
        if (baselines.Count == 0 || followUps.Count == 0)
        {
            var stillOpen = baselines.Count > 0 && context.AsOf < close && course.End is null;
            var datum = baselines.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"revised EUSTAR activity index up to {w.BaselineWindowMonths} months before the start of the course")
                : $"revised EUSTAR activity index at {window}";
            var gap = new DataGap { Datum = datum, Path = "$.assessments" };
            finding = context.AsOf < open || stillOpen
                ? Unknown(SscMechanisms.ActivityPersistingOnTherapy, TooEarly, $"Too early to read disease activity over {name}: the follow-up is read at {window}.", EvidenceGrade.Observational, gap)
                : Unknown(SscMechanisms.ActivityPersistingOnTherapy, ScoreMissing, $"Whether disease activity persisted on {name} is unknown: no {datum}.", EvidenceGrade.Observational, gap);
            return finding with { Therapy = course.Therapy, Course = coursePath, On = last, Facts = facts, Citations = [SscCitations.Valentini2017] };
        }

        var b = baselines[^1];
        var f = followUps[0];
        var wasActive = b.Score >= EustarActivityIndex.ActiveAtLeast;
        var isActive = f.Score >= EustarActivityIndex.ActiveAtLeast;
        var change = string.Create(CultureInfo.InvariantCulture,
            $"revised EUSTAR activity index {b.Score:0.##} to {f.Score:0.##} ({b.On:O} to {f.On:O}), a score of at least {EustarActivityIndex.ActiveAtLeast:0.0} being active disease");
        finding = (wasActive, isActive) switch
        {
            (true, true) => Supported(SscMechanisms.ActivityPersistingOnTherapy, Persisting, $"Disease activity persisted on {name}: {change}.", EvidenceGrade.Observational),
            (false, true) => Supported(SscMechanisms.ActivityPersistingOnTherapy, Arising, $"Disease became active on {name}: {change}.", EvidenceGrade.Observational),
            (true, false) => NotSupported(SscMechanisms.ActivityPersistingOnTherapy, Settled, $"Disease activity settled on {name}: {change}.", EvidenceGrade.Observational),
            _ => NotSupported(SscMechanisms.ActivityPersistingOnTherapy, Inactive, $"Disease was not active on {name}: {change}.", EvidenceGrade.Observational),
        };
        return finding with
        {
            Therapy = course.Therapy,
            Course = coursePath,
            On = f.On,
            Facts = facts,
            Thresholds =
            [
                new AppliedThreshold { Name = "revised EUSTAR activity index at the start of the course, active disease", Operator = ComparisonOperator.GreaterThanOrEqual, Limit = EustarActivityIndex.ActiveAtLeast, Observed = b.Score },
                new AppliedThreshold { Name = "revised EUSTAR activity index at the follow-up, active disease", Operator = ComparisonOperator.GreaterThanOrEqual, Limit = EustarActivityIndex.ActiveAtLeast, Observed = f.Score },
            ],
            Citations = [SscCitations.Valentini2017],
        };
    }

    /// <summary>The therapy verdict with the mechanism linked when a course of the therapy has a supported activity finding.</summary>
    public static TherapyVerdict Link(TherapyVerdict verdict, ImmutableArray<(TherapyCourse Course, string Path)> courses, IReadOnlyList<Finding> findings)
    {
        var supported = findings.Where(f => f.Mechanism == SscMechanisms.ActivityPersistingOnTherapy && f.Status == FindingStatus.Supported && f.Id is not null && courses.Any(c => c.Path == f.Course)).ToList();
        return supported.Count == 0
            ? verdict
            : verdict with
            {
                ExplainedBy =
                [
                    .. verdict.ExplainedBy,
                    new MechanismLink
                    {
                        Mechanism = SscMechanisms.ActivityPersistingOnTherapy,
                        Title = "Disease activity persisting on therapy",
                        Status = FindingStatus.Supported,
                        Findings = [.. supported.Select(f => f.Id!)],
                        Statement = supported[^1].Summary.TrimEnd('.'),
                    },
                ],
            };
    }
}
