using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The ACR CRISS over a therapy course (issue 11, treatment response over time; seed claim S4): for every
/// immunosuppressive course (not antimalarials or nintedanib) in diffuse cutaneous SSc, the five CRISS core measures
/// at a baseline up to <see cref="CrissCourseDefinitions.BaselineWindowMonths"/> months before the start and at a
/// follow-up nearest to <see cref="CrissCourseDefinitions.FollowUpMonths"/> months after it (12 ± 3 by default), put
/// through <see cref="CrissInstrument"/> under the selected <see cref="CrissDefinitions"/> (Khanna D, Berrocal VJ,
/// Giannini EH, et al. Arthritis Rheumatol 2016;68(2):299-311, doi:10.1002/art.39501; Arthritis Care Res
/// 2016;68(2):167-78, doi:10.1002/acr.22804, Table 4). One finding per course:
/// <list type="bullet">
/// <item>improved (probability at least the set's cut-off, 0.60 by convention): not supported;</item>
/// <item>not improved: supported, a composite non-response over a year of the course;</item>
/// <item>too early: the follow-up window has not opened by the assessment date, or is still open with a measure
/// missing (unknown);</item>
/// <item>unknown: a measure missing at baseline, or at follow-up once the window has closed, naming each.</item>
/// </list>
/// Where the measures live: mRSS as a recorded score of <c>ssc.mrss</c>; FVC % predicted as an observation (LOINC
/// 19872-1); the patient and physician global assessments (0–10) and the HAQ Disability Index (0–3) as recorded scores
/// of <c>ssc.patient-global</c>, <c>ssc.physician-global</c> and <c>ssc.haq-di</c>. Step 1 events (new renal crisis,
/// left-ventricular failure, pulmonary arterial hypertension, confirmed FVC decline) are not recorded in a profile; the
/// finding says so, since any would make an improved course not improved. A course that ended before its follow-up
/// window opened is not judged. Silent for subsets other than diffuse.
/// </summary>
internal sealed class CrissOnTherapyEvaluator() : SscEvaluator(
    "ssc.criss-on-therapy",
    "ACR CRISS over each immunosuppressive course",
    [SscMechanisms.CrissNotImprovedOnTherapy],
    [SscCitations.Khanna2016Criss, SscCitations.Khanna2016CrissCareRes])
{
    public static readonly RuleId Improved = RuleId.Create("ssc.criss.improved");
    public static readonly RuleId NotImproved = RuleId.Create("ssc.criss.not-improved");
    public static readonly RuleId TooEarly = RuleId.Create("ssc.criss.too-early");
    public static readonly RuleId MeasuresMissing = RuleId.Create("ssc.criss.measures-missing");

    /// <summary>The course outcome a CRISS finding's rule stands for.</summary>
    public static TherapyOutcome OutcomeOf(Finding finding) =>
        finding.Rule == Improved ? TherapyOutcome.Response
        : finding.Rule == NotImproved ? TherapyOutcome.PrimaryNonResponse
        : finding.Rule == TooEarly ? TherapyOutcome.TooEarly
        : TherapyOutcome.Unknown;

    public static CrissCourseDefinitions SelectedWindows(EvaluationContext context) =>
        context.Definitions.TryGet<CrissCourseDefinitions>(out var selected) ? selected : CrissCourseDefinitions.TwelveMonths;

    public static CrissDefinitions SelectedCriss(EvaluationContext context) =>
        context.Definitions.TryGet<CrissDefinitions>(out var selected) ? selected : CrissDefinitions.Acr2016;

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var (features, _) = SscProfile.Features(context.Patient);
        if (features?.Subset != CutaneousSubset.Diffuse)
        {
            return;
        }

        var measures = Measures(context);
        var windows = SelectedWindows(context);
        var criss = SelectedCriss(context);
        foreach (var (course, path) in SscProfile.DiseaseModifyingCourses(context))
        {
            if (SkinResponseEvaluator.Judges(course) && Judge(context, course, path, measures, windows, criss) is { } finding)
            {
                output.Add(finding);
            }
        }
    }

    private sealed record Value(CrissMeasure Measure, DateOnly On, decimal Amount, string Path);

    private static List<Value> Measures(EvaluationContext context)
    {
        var values = new List<Value>();
        var assessments = context.Patient.Assessments;
        for (var i = 0; i < assessments.Length; i++)
        {
            if (assessments[i] is RecordedScore { } score && score.On <= context.AsOf && MeasureOf(score.Instrument) is { } measure)
            {
                values.Add(new Value(measure, score.On, score.Score, ProfilePaths.Assessment(i)));
            }
        }

        foreach (var (o, path) in SscProfile.PercentPredicted(context, SscProfile.FvcPercentPredictedLoinc))
        {
            values.Add(new Value(CrissMeasure.Fvc, o.On, o.Value.Value, path));
        }

        return values;
    }

    private static CrissMeasure? MeasureOf(InstrumentId instrument) =>
        instrument == SystemicSclerosisIds.ModifiedRodnanSkinScore ? CrissMeasure.Mrss
        : instrument == SystemicSclerosisIds.PatientGlobal ? CrissMeasure.PatientGlobal
        : instrument == SystemicSclerosisIds.PhysicianGlobal ? CrissMeasure.PhysicianGlobal
        : instrument == SystemicSclerosisIds.HaqDi ? CrissMeasure.HaqDi
        : null;

    private static readonly ImmutableArray<CrissMeasure> AllMeasures =
        [CrissMeasure.Mrss, CrissMeasure.Fvc, CrissMeasure.PatientGlobal, CrissMeasure.PhysicianGlobal, CrissMeasure.HaqDi];

    /// <summary>The measure in words, for sentences and data gaps.</summary>
    public static string NameOf(CrissMeasure measure) => measure switch
    {
        CrissMeasure.Mrss => "modified Rodnan skin score",
        CrissMeasure.Fvc => "FVC % predicted",
        CrissMeasure.PatientGlobal => "patient global assessment (0 to 10)",
        CrissMeasure.PhysicianGlobal => "physician global assessment (0 to 10)",
        _ => "HAQ Disability Index",
    };

    private Finding? Judge(EvaluationContext context, TherapyCourse course, string coursePath, List<Value> values, CrissCourseDefinitions w, CrissDefinitions d)
    {
        var (open, target, close, window) = w.FollowUpWindow(course.Start);
        if (course.End is { } ended && ended < open)
        {
            return null;
        }

        var name = SscProfile.InSentence(SscProfile.Name(context, course.Therapy));
        if (context.AsOf < open)
        {
            return Unknown(SscMechanisms.CrissNotImprovedOnTherapy, TooEarly,
                    $"Too early to apply the ACR CRISS to {name}: it compares a baseline with a follow-up at {window}, and the assessment date comes before that.",
                    EvidenceGrade.RandomizedTrial,
                    new DataGap { Datum = string.Create(CultureInfo.InvariantCulture, $"the five CRISS core measures at {window}"), Path = "$.assessments" })
                with
            { Therapy = course.Therapy, Course = coursePath, On = context.AsOf, Facts = [coursePath], Citations = [SscCitations.Khanna2016Criss, SscCitations.Khanna2016CrissCareRes] };
        }

        var last = Min(Min(close, course.End ?? close), context.AsOf);
        var from = course.Start.AddMonths(-w.BaselineWindowMonths);
        var baseline = new Dictionary<CrissMeasure, Value>();
        var followUp = new Dictionary<CrissMeasure, Value>();
        foreach (var measure in AllMeasures)
        {
            if (values.Where(v => v.Measure == measure && v.On >= from && v.On <= course.Start).OrderBy(v => v.On).LastOrDefault() is { } b)
            {
                baseline[measure] = b;
            }

            // The nearest to the target; on a tie, the earlier.
            if (values.Where(v => v.Measure == measure && v.On >= open && v.On <= last)
                    .OrderBy(v => Math.Abs(v.On.DayNumber - target.DayNumber)).ThenBy(v => v.On).FirstOrDefault() is { } f)
            {
                followUp[measure] = f;
            }
        }

        ImmutableArray<string> facts = [coursePath, .. baseline.Values.Select(v => v.Path), .. followUp.Values.Select(v => v.Path)];
        var missingBaseline = AllMeasures.Where(m => !baseline.ContainsKey(m)).ToList();
        var missingFollowUp = AllMeasures.Where(m => !followUp.ContainsKey(m)).ToList();
        if (missingBaseline.Count > 0 || missingFollowUp.Count > 0)
        {
            var stillOpen = missingBaseline.Count == 0 && context.AsOf < close && course.End is null;
            var parts = new List<string>();
            if (missingBaseline.Count > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", missingBaseline.Select(NameOf))} at baseline (up to {w.BaselineWindowMonths} months before the start of the course)"));
            }

            if (missingFollowUp.Count > 0)
            {
                parts.Add($"{string.Join(", ", missingFollowUp.Select(NameOf))} at {window}");
            }

            var gap = new DataGap { Datum = string.Join("; ", parts), Path = "$.assessments" };
            var finding = stillOpen
                ? Unknown(SscMechanisms.CrissNotImprovedOnTherapy, TooEarly,
                    $"Too early to apply the ACR CRISS to {name}: the follow-up window ({window}) is still open and lacks {gap.Datum}.",
                    EvidenceGrade.RandomizedTrial, gap)
                : Unknown(SscMechanisms.CrissNotImprovedOnTherapy, MeasuresMissing,
                    $"Whether {name} improved by the ACR CRISS is unknown: missing {gap.Datum}.",
                    EvidenceGrade.RandomizedTrial, gap);
            return finding with { Therapy = course.Therapy, Course = coursePath, On = last, Facts = facts, Citations = [SscCitations.Khanna2016Criss, SscCitations.Khanna2016CrissCareRes] };
        }

        var input = new CrissInput
        {
            Baseline = MeasuresAt(baseline),
            FollowUp = MeasuresAt(followUp),
        };
        var result = CrissInstrument.ComputeValid(input, d);
        var on = followUp.Values.Max(v => v.On);
        var changes = string.Join(", ", result.Terms.Select(t => string.Create(CultureInfo.InvariantCulture, $"{Short(t.Measure)} {t.Baseline:0.##} to {t.FollowUp:0.##}")));
        var reading = string.Create(CultureInfo.InvariantCulture,
            $"predicted probability of improvement {result.Probability:0.0000} ({changes}; {baseline.Values.Min(v => v.On):O} to {on:O}), a probability of at least {d.ImprovedAtLeast:0.00} counting as improved");
        var finding2 = result.Improved
            ? NotSupported(SscMechanisms.CrissNotImprovedOnTherapy, Improved,
                $"Improved by the ACR CRISS over a year of {name}: {reading}. Step 1 organ events (a new renal crisis, left-ventricular failure, pulmonary arterial hypertension or a confirmed FVC decline) are not recorded in the profile, and any would make it not improved.",
                EvidenceGrade.RandomizedTrial)
            : Supported(SscMechanisms.CrissNotImprovedOnTherapy, NotImproved,
                $"Not improved by the ACR CRISS over a year of {name}: {reading}.",
                EvidenceGrade.RandomizedTrial);
        return finding2 with
        {
            Therapy = course.Therapy,
            Course = coursePath,
            On = on,
            Facts = facts,
            Thresholds =
            [
                new AppliedThreshold
                {
                    Name = "ACR CRISS predicted probability of improvement counted as improved (a convention of later observational analyses)",
                    Operator = ComparisonOperator.GreaterThanOrEqual,
                    Limit = d.ImprovedAtLeast,
                    Observed = Math.Round((decimal)result.Probability, 4),
                },
                new AppliedThreshold
                {
                    Name = "completed months on the course at the follow-up",
                    Operator = ComparisonOperator.GreaterThanOrEqual,
                    Limit = w.FollowUpMonths - w.FollowUpWindowMonths,
                    Observed = CalendarMonths.Completed(course.Start, on),
                },
            ],
            Citations = d.Sources,
        };
    }

    private static CrissMeasures MeasuresAt(Dictionary<CrissMeasure, Value> at) => new()
    {
        Mrss = (int)Math.Round(at[CrissMeasure.Mrss].Amount, MidpointRounding.AwayFromZero),
        Fvc = PercentPredicted.FromPercent(at[CrissMeasure.Fvc].Amount),
        PatientGlobal = at[CrissMeasure.PatientGlobal].Amount,
        PhysicianGlobal = at[CrissMeasure.PhysicianGlobal].Amount,
        HaqDi = at[CrissMeasure.HaqDi].Amount,
    };

    private static string Short(CrissMeasure measure) => measure switch
    {
        CrissMeasure.Mrss => "mRSS",
        CrissMeasure.Fvc => "FVC % predicted",
        CrissMeasure.PatientGlobal => "patient global",
        CrissMeasure.PhysicianGlobal => "physician global",
        _ => "HAQ-DI",
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
