using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Skin response over time (issue 11 §2, seed claim S4): for every immunosuppressive course (not glucocorticoids,
/// antimalarials or nintedanib), the modified Rodnan skin score (recorded scores of <c>ssc.mrss</c>) at its start and
/// at its latest assessment on it, judged under the selected <see cref="SkinResponseDefinitions"/> (default: a change
/// of at least 5 units, the minimal clinically important difference in diffuse cutaneous SSc, Khanna 2019). One finding
/// per course, with the mRSS points on the course as its timeline:
/// <list type="bullet">
/// <item>response or partial response: the mRSS fell by the set's threshold (not supported);</item>
/// <item>no improvement or progression on an adequate course: supported, a primary non-response of the skin; a
/// mycophenolate mofetil dose below the set's adequate dose is not a non-response (not supported);</item>
/// <item>too early: the latest assessment came before the set's minimum course duration (unknown);</item>
/// <item>unknown: no mRSS at the start of the course or none on it, or the mycophenolate mofetil dose not recorded.</item>
/// </list>
/// Silent for a patient with no mRSS on record and a subset other than diffuse.
/// </summary>
internal sealed class SkinResponseEvaluator() : SscEvaluator(
    "ssc.skin-response-on-therapy",
    "Skin response to each immunosuppressive course",
    [SscMechanisms.ProgressiveSkinOnTherapy],
    [SkinCitations.Khanna2019MrssMcid, SkinCitations.Khanna2006MrssMid, SkinCitations.Dobrota2016, SkinCitations.Wu2019, SkinCitations.SlsII])
{
    public static readonly RuleId Response = RuleId.Create("ssc.skin.response");
    public static readonly RuleId PartialResponse = RuleId.Create("ssc.skin.partial-response");
    public static readonly RuleId NoImprovement = RuleId.Create("ssc.skin.no-improvement");
    public static readonly RuleId Progression = RuleId.Create("ssc.skin.progression");
    public static readonly RuleId InadequateDose = RuleId.Create("ssc.skin.inadequate-dose");
    public static readonly RuleId TooEarly = RuleId.Create("ssc.skin.too-early");
    public static readonly RuleId MrssMissing = RuleId.Create("ssc.skin.mrss-missing");
    public static readonly RuleId DoseUnknown = RuleId.Create("ssc.skin.dose-unknown");

    /// <summary>The course outcome a skin finding's rule stands for.</summary>
    public static TherapyOutcome OutcomeOf(Finding finding)
    {
        var rule = finding.Rule;
        if (rule == Response)
        {
            return TherapyOutcome.Response;
        }

        if (rule == PartialResponse)
        {
            return TherapyOutcome.PartialResponse;
        }

        if (rule == NoImprovement || rule == Progression)
        {
            return TherapyOutcome.PrimaryNonResponse;
        }

        return rule == TooEarly ? TherapyOutcome.TooEarly : TherapyOutcome.Unknown;
    }

    /// <summary>The immunosuppressive courses the rule judges: not glucocorticoids, antimalarials or nintedanib.</summary>
    public static bool Judges(TherapyCourse course) => course.Therapy != TherapyId.Nintedanib && course.Class != TherapyClass.Antimalarial;

    public static SkinResponseDefinitions Selected(EvaluationContext context) =>
        context.Definitions.TryGet<SkinResponseDefinitions>(out var selected) ? selected : SkinResponseDefinitions.McidSls2019;

    /// <summary>A short name of the set for sentences.</summary>
    public static string Short(SkinResponseDefinitions definitions) =>
        definitions.Id == SkinResponseDefinitions.McidSls2019.Id ? "minimal clinically important difference in diffuse cutaneous SSc, Khanna 2019"
        : definitions.Id == SkinResponseDefinitions.MidRangeKhanna2006.Id ? "minimally important difference, Khanna 2006"
        : definitions.Id == SkinResponseDefinitions.Eustar5Units25Percent.Id ? "EUSTAR, Dobrota 2016 and Wu 2019"
        : definitions.Title;

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var mrss = Scores(context).OrderBy(s => s.On).ToList();
        var (features, _) = SscProfile.Features(context.Patient);
        if (mrss.Count == 0 && features?.Subset != CutaneousSubset.Diffuse)
        {
            return;
        }

        var definitions = Selected(context);
        foreach (var (course, path) in SscProfile.DiseaseModifyingCourses(context))
        {
            if (Judges(course))
            {
                output.Add(Judge(context, course, path, mrss, definitions));
            }
        }
    }

    /// <summary>
    /// The finding this evaluator reports for one course under the selected definition set, or <see langword="null"/>
    /// when it reports none (a course it does not judge, or a patient with no mRSS on record and a subset other than
    /// diffuse). Other rules that need the skin's reading of a course (the sequential failure rule) call this, so a
    /// course is judged once.
    /// </summary>
    internal Finding? Judge(EvaluationContext context, TherapyCourse course, string coursePath)
    {
        var mrss = Scores(context).OrderBy(s => s.On).ToList();
        var (features, _) = SscProfile.Features(context.Patient);
        return (mrss.Count == 0 && features?.Subset != CutaneousSubset.Diffuse) || !Judges(course)
            ? null
            : Judge(context, course, coursePath, mrss, Selected(context));
    }

    private static IEnumerable<(DateOnly On, decimal Score, string Path)> Scores(EvaluationContext context)
    {
        var assessments = context.Patient.Assessments;
        for (var i = 0; i < assessments.Length; i++)
        {
            if (assessments[i] is RecordedScore { } score && score.Instrument == SystemicSclerosisIds.ModifiedRodnanSkinScore && score.On <= context.AsOf)
            {
                yield return (score.On, score.Score, ProfilePaths.Assessment(i));
            }
        }
    }

    private Finding Judge(EvaluationContext context, TherapyCourse course, string coursePath, List<(DateOnly On, decimal Score, string Path)> mrss, SkinResponseDefinitions d)
    {
        var name = SscProfile.InSentence(SscProfile.Name(context, course.Therapy));
        var last = course.End is { } end && end < context.AsOf ? end : context.AsOf;
        var judgeable = course.Start.AddMonths(d.MinimumCourseMonths);
        var minimum = string.Create(CultureInfo.InvariantCulture, $"{d.MinimumCourseMonths} months");
        var baselines = mrss.Where(s => s.On <= course.Start && s.On >= course.Start.AddMonths(-d.BaselineWindowMonths)).ToList();
        Finding finding;
        if (baselines.Count == 0)
        {
            finding = Unknown(SscMechanisms.ProgressiveSkinOnTherapy, MrssMissing,
                string.Create(CultureInfo.InvariantCulture, $"Whether the skin responded to {name} is unknown: no modified Rodnan skin score at the start of the course (within {d.BaselineWindowMonths} months before it)."),
                EvidenceGrade.Observational,
                new DataGap { Datum = "modified Rodnan skin score at the start of the course", Path = "$.assessments" });
            return finding with { Therapy = course.Therapy, Course = coursePath, On = course.Start, Facts = [coursePath], Citations = d.Sources };
        }

        var baseline = baselines[^1];
        var onCourse = mrss.Where(s => s.On > baseline.On && s.On > course.Start && s.On <= last).ToList();
        if (onCourse.Count == 0 || onCourse[^1].On < judgeable)
        {
            var tooEarly = (onCourse.Count == 0 ? last : onCourse[^1].On) < judgeable;
            finding = tooEarly
                ? Unknown(SscMechanisms.ProgressiveSkinOnTherapy, TooEarly,
                    string.Create(CultureInfo.InvariantCulture, $"Too early to judge the skin response to {name}: the course is judged after {minimum} ({Short(d)}), and its latest skin score came before that."),
                    EvidenceGrade.Observational,
                    new DataGap { Datum = string.Create(CultureInfo.InvariantCulture, $"modified Rodnan skin score at least {minimum} after the start of the course"), Path = "$.assessments" })
                : Unknown(SscMechanisms.ProgressiveSkinOnTherapy, MrssMissing,
                    string.Create(CultureInfo.InvariantCulture, $"Whether the skin responded to {name} is unknown: no modified Rodnan skin score on the course after its start."),
                    EvidenceGrade.Observational,
                    new DataGap { Datum = string.Create(CultureInfo.InvariantCulture, $"modified Rodnan skin score at least {minimum} after the start of the course"), Path = "$.assessments" });
            return finding with
            {
                Therapy = course.Therapy,
                Course = coursePath,
                On = onCourse.Count == 0 ? last : onCourse[^1].On,
                Facts = [coursePath, baseline.Path, .. onCourse.Select(s => s.Path)],
                Timeline = Timeline(baseline, onCourse, d),
                Thresholds = [Duration(course.Start, onCourse.Count == 0 ? last : onCourse[^1].On, d)],
                Citations = d.Sources,
            };
        }

        var followUp = onCourse[^1];
        var fall = baseline.Score - followUp.Score;
        var rise = -fall;
        var months = CalendarMonths.Completed(course.Start, followUp.On);
        var change = string.Create(CultureInfo.InvariantCulture,
            $"mRSS {baseline.Score:0.#} to {followUp.Score:0.#} ({baseline.On:O} to {followUp.On:O}, {months} months on the course)");
        var threshold = string.Create(CultureInfo.InvariantCulture,
            $"{(d.ExceedsUnits ? "more than" : "at least")} {d.ChangeUnits:0.#} units{(d.RelativeChangePercent is { } r ? $" and at least {r:0.#} %" : string.Empty)}");
        List<AppliedThreshold> thresholds =
        [
            new AppliedThreshold
            {
                Name = $"fall in the modified Rodnan skin score from the start of the course, units ({Short(d)})",
                Operator = d.ExceedsUnits ? ComparisonOperator.GreaterThan : ComparisonOperator.GreaterThanOrEqual,
                Limit = d.ChangeUnits,
                Observed = fall,
            },
        ];
        if (d.RelativeChangePercent is { } percent && baseline.Score > 0)
        {
            thresholds.Add(new AppliedThreshold
            {
                Name = "change in the modified Rodnan skin score, % of the score at the start of the course",
                Operator = ComparisonOperator.GreaterThanOrEqual,
                Limit = percent,
                Observed = Math.Round(Math.Abs(fall) * 100m / baseline.Score, 1),
            });
        }

        thresholds.Add(Duration(course.Start, followUp.On, d));
        if (Meets(fall, baseline.Score, d))
        {
            finding = NotSupported(SscMechanisms.ProgressiveSkinOnTherapy, Response,
                $"The skin responded to {name}: {change}, a fall of {fall:0.#} units, {threshold} being a response ({Short(d)}).", EvidenceGrade.Observational);
        }
        else if (d.PartialImprovementUnits is { } partial && fall >= partial)
        {
            finding = NotSupported(SscMechanisms.ProgressiveSkinOnTherapy, PartialResponse,
                string.Create(CultureInfo.InvariantCulture, $"The skin partly responded to {name}: {change}, a fall of {fall:0.#} units, at least the lowest published estimate of a minimally important difference ({partial:0.#} units, Khanna 2006) but short of {threshold} ({Short(d)})."),
                EvidenceGrade.Observational);
        }
        else
        {
            var progressed = Meets(rise, baseline.Score, d);
            var what = progressed
                ? string.Create(CultureInfo.InvariantCulture, $"the skin progressed on {name}: {change}, a rise of {rise:0.#} units, {threshold} being progression ({Short(d)})")
                : string.Create(CultureInfo.InvariantCulture, $"the skin did not improve on {name}: {change}, {(fall > 0 ? $"a fall of {fall:0.#} units" : fall < 0 ? $"a rise of {rise:0.#} units" : "no change")}, short of the fall of {threshold} that is a response ({Short(d)})");
            var rule = progressed ? Progression : NoImprovement;
            if (course.Therapy == TherapyId.MycophenolateMofetil)
            {
                var regimen = course.RegimenOn(followUp.On);
                if (regimen is null || !regimen.TryGetAverageDailyDose(out var dose) || !dose.TryConvertTo(QuantityUnit.Milligram, out var mg))
                {
                    finding = Unknown(SscMechanisms.ProgressiveSkinOnTherapy, DoseUnknown,
                        $"{Capital(what)}; whether the course was adequate is unknown: the mycophenolate mofetil daily dose is not recorded.",
                        EvidenceGrade.Observational,
                        new DataGap { Datum = "mycophenolate mofetil daily dose", Path = coursePath + ".regimen" });
                    return Complete(finding, course, coursePath, baseline, onCourse, followUp, thresholds, d);
                }

                thresholds.Add(new AppliedThreshold
                {
                    Name = "mycophenolate mofetil daily dose counted as adequate, mg (UNCONFIRMED; SLS II target 3000 mg)",
                    Operator = ComparisonOperator.GreaterThanOrEqual,
                    Limit = d.AdequateMycophenolateMofetilMilligramsPerDay,
                    Observed = mg.Value,
                });
                if (mg.Value < d.AdequateMycophenolateMofetilMilligramsPerDay)
                {
                    finding = NotSupported(SscMechanisms.ProgressiveSkinOnTherapy, InadequateDose,
                        string.Create(CultureInfo.InvariantCulture, $"{Capital(what)}; but at {mg.Value:0.#} mg/day, below the {d.AdequateMycophenolateMofetilMilligramsPerDay:0.#} mg/day counted as an adequate dose, it is not a non-response of the drug."),
                        EvidenceGrade.Observational);
                    return Complete(finding, course, coursePath, baseline, onCourse, followUp, thresholds, d);
                }
            }

            finding = Supported(SscMechanisms.ProgressiveSkinOnTherapy, rule,
                string.Create(CultureInfo.InvariantCulture, $"{Capital(what)}, after an adequate course of at least {minimum}."),
                EvidenceGrade.Observational);
        }

        return Complete(finding, course, coursePath, baseline, onCourse, followUp, thresholds, d);
    }

    private static Finding Complete(
        Finding finding,
        TherapyCourse course,
        string coursePath,
        (DateOnly On, decimal Score, string Path) baseline,
        List<(DateOnly On, decimal Score, string Path)> onCourse,
        (DateOnly On, decimal Score, string Path) followUp,
        List<AppliedThreshold> thresholds,
        SkinResponseDefinitions d) => finding with
        {
            Therapy = course.Therapy,
            Course = coursePath,
            On = followUp.On,
            Facts = [coursePath, baseline.Path, .. onCourse.Select(s => s.Path)],
            Thresholds = [.. thresholds],
            Timeline = Timeline(baseline, onCourse, d),
            Citations = d.Id == SkinResponseDefinitions.Eustar5Units25Percent.Id ? d.Sources : [.. d.Sources, SkinCitations.SlsII, SkinCitations.Namas2018],
        };

    private static AppliedThreshold Duration(DateOnly start, DateOnly on, SkinResponseDefinitions d) => new()
    {
        Name = "completed months on the course at the latest skin score",
        Operator = ComparisonOperator.GreaterThanOrEqual,
        Limit = d.MinimumCourseMonths,
        Observed = CalendarMonths.Completed(start, on),
    };

    /// <summary>A change in the response direction that reaches the set's units (≥ or &gt;) and, when it has one, its percentage of the baseline.</summary>
    internal static bool Meets(decimal change, decimal baseline, SkinResponseDefinitions d)
    {
        var units = d.ExceedsUnits ? change > d.ChangeUnits : change >= d.ChangeUnits;
        if (!units || d.RelativeChangePercent is not { } percent)
        {
            return units;
        }

        return baseline <= 0 || change * 100m >= percent * baseline;
    }

    // Each mRSS from the start of the course to the latest on it; met when the score had fallen by the response threshold.
    private static EvidenceTimeline Timeline((DateOnly On, decimal Score, string Path) baseline, List<(DateOnly On, decimal Score, string Path)> onCourse, SkinResponseDefinitions d) => new()
    {
        Name = "modified Rodnan skin score (0 to 51); met when fallen from the start of the course by a response",
        Points =
        [
            new TimelinePoint(baseline.On, baseline.Score, null, baseline.Path),
            .. onCourse.Select(s => new TimelinePoint(s.On, s.Score, Meets(baseline.Score - s.Score, baseline.Score, d), s.Path)),
        ],
    };

    private static string Capital(string sentence) => char.ToUpperInvariant(sentence[0]) + sentence[1..];
}
