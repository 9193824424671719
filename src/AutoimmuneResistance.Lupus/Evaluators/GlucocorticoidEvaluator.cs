using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Glucocorticoid dependence and escalating glucocorticoid need (seed claim L4), judged against the EULAR 2023
/// maintenance target of ≤ 5 mg/day prednisone-equivalent (Fanouriakis A, Kostopoulou M, Andersen J, et al. EULAR
/// recommendations for the management of systemic lupus erythematosus: 2023 update. Ann Rheum Dis 2024;83(1):15-29,
/// doi:10.1136/ard-2023-224762), with doses from <see cref="GlucocorticoidExposureInstrument"/> (systemic routes only;
/// prednisone 5 mg = prednisolone 5 mg = methylprednisolone 4 mg = hydrocortisone 20 mg = dexamethasone 0.75 mg).
/// </summary>
/// <remarks>
/// <para>
/// Three rules, each the library's operationalisation of the EULAR target (graded expert opinion; the target is
/// published, the rules are not):
/// </para>
/// <list type="bullet">
/// <item><description>
/// <c>sle.glucocorticoids.maintenance-target-missed</c> (GcMaintenanceTargetMissed, clinical reference §10.1): judged at
/// every visit beyond the bridging period of the glucocorticoid episode in progress
/// (<see cref="TreatToTargetDefinitions.BridgingPeriodMonths"/>, 6 months by default, also ours), and folded into one
/// finding with the visits as its timeline: missed at a visit when the prednisone-equivalent dose on the visit date is
/// &gt; <see cref="TreatToTargetDefinitions.MaintenanceTargetMilligramsPerDay"/> (5), met when it is at or below it
/// (including 0 after glucocorticoids were stopped); the finding's status is the latest visit's. Visits within the
/// bridging period, and visits before any glucocorticoid, are not judged. Without any usable dose, one unknown finding
/// (under the dependence rule) names the missing dose.
/// </description></item>
/// <item><description>
/// <c>sle.glucocorticoids.dependence</c>: supported when the target was missed at every judged visit of the latest run,
/// and that run of visits spans at least the bridging period; not supported when the dose was at or below the target at
/// the latest judged visit; unknown otherwise, naming the datum (glucocorticoid doses, a visit after the bridging period,
/// a later visit).
/// </description></item>
/// <item><description>
/// <c>sle.glucocorticoids.escalation-after-taper</c> (mechanism secondary loss of response): supported when, within one
/// continuous glucocorticoid exposure, the prednisone-equivalent dose rose after an earlier decrease while the background
/// therapy (antimalarials, conventional immunosuppressants and biologics of the catalog) was the same at the decrease and
/// at the rise.
/// </description></item>
/// </list>
/// <para>Visits are the SLEDAI-2K assessments (item-level or a recorded total); without any, every dated assessment.</para>
/// </remarks>
internal sealed class GlucocorticoidEvaluator() : LupusEvaluator(
    "sle.glucocorticoids",
    "Glucocorticoid maintenance target, dependence and escalation",
    [LupusMechanisms.GlucocorticoidDependence, LupusMechanisms.SecondaryLossOfResponse],
    [LupusSources.Eular2023])
{
    /// <summary>GcMaintenanceTargetMissed: prednisone-equivalent &gt; 5 mg/day at a visit beyond the bridging period.</summary>
    internal static readonly RuleId MaintenanceTargetMissed = RuleId.Create("sle.glucocorticoids.maintenance-target-missed");

    /// <summary>Glucocorticoid dependence: the target missed at every visit beyond the bridging period, over at least the bridging period.</summary>
    internal static readonly RuleId Dependence = RuleId.Create("sle.glucocorticoids.dependence");

    /// <summary>Escalating glucocorticoid need: a rise after a taper within one exposure, on the same background therapy.</summary>
    internal static readonly RuleId Escalation = RuleId.Create("sle.glucocorticoids.escalation-after-taper");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var timeline = GcTimeline.Of(context);
        foreach (var warning in timeline.Skipped)
        {
            output.Report(warning);
        }

        // Like the pharmacogenomic rules, nothing is said about a drug the profile never mentions: two unknown
        // findings for every patient without steroids would bury the ones that matter.
        if (timeline.Courses.IsEmpty)
        {
            return;
        }

        var citations = Descriptor.Sources;
        var firstSystemic = timeline.FirstSystemic;
        if (firstSystemic is null || !timeline.HasUsableDose)
        {
            // One finding, not the same unknown under each rule: the missing dose decides all three.
            var (summary, gap) = NoDoses(timeline, firstSystemic, context.AsOf);
            var paths = ImmutableArray.CreateBuilder<string>(timeline.Courses.Length);
            foreach (var course in timeline.Courses)
            {
                paths.Add(course.Path);
            }

            output.Add(new Finding(Id, LupusMechanisms.GlucocorticoidDependence, Dependence, FindingStatus.Unknown, summary, EvidenceGrade.ExpertOpinion, gap)
            {
                Facts = paths.MoveToImmutable(),
                Citations = citations,
            });
            return;
        }

        // The judged visits live only while the findings are composed: one list per thread is reused for them.
        var judged = t_judged ?? new List<JudgedVisit>();
        t_judged = null;
        JudgeVisits(context, timeline, judged);
        if (judged.Count > 0)
        {
            output.Add(TargetFinding(timeline, judged, citations));
        }

        output.Add(DependenceFinding(context, timeline, judged, citations));
        output.Add(EscalationFinding(context, timeline, citations));
        judged.Clear();
        if (judged.Capacity <= MaxKeptVisits)
        {
            t_judged = judged;
        }
    }

    // A list that grew past this many visits is dropped rather than kept for the thread's next evaluation.
    private const int MaxKeptVisits = 1024;

    [ThreadStatic]
    private static List<JudgedVisit>? t_judged;

    private static (string Summary, DataGap Gap) NoDoses(GcTimeline timeline, GcCourse? first, DateOnly asOf)
    {
        var assumptions = Sentence(timeline.Assumptions(DateOnly.MinValue, asOf));
        if (first is null)
        {
            return (
                "No systemic glucocorticoid course is recorded, so the maintenance target, dependence and escalation cannot be judged (the profile does not say whether none was taken)." + assumptions,
                new DataGap { Datum = "systemic glucocorticoid courses with their daily doses", Path = "$.therapies" });
        }

        var datum = first.Use == GlucocorticoidCourseUseKind.NoEquivalence
            ? $"the prednisone-equivalent daily dose of {GcTimeline.Describe(first)}, which has no equivalence"
            : $"the daily dose of {GcTimeline.Describe(first)}";
        return (
            "Systemic glucocorticoid courses are recorded but none has a daily dose that converts to prednisone-equivalent mg/day, so the maintenance target, dependence and escalation cannot be judged." + assumptions,
            new DataGap { Datum = datum, Path = first.Path + ".regimen" });
    }

    // The visits are the SLEDAI-2K visits, read in place; without any, every dated assessment (one per date).
    private static void JudgeVisits(EvaluationContext context, GcTimeline timeline, List<JudgedVisit> judged)
    {
        var sledai = RefractoryVisits.Of(context).Visits;
        if (!sledai.IsEmpty)
        {
            foreach (var visit in sledai)
            {
                Judge(timeline, visit.On, visit.Path, judged);
            }

            return;
        }

        var byDate = new SortedDictionary<DateOnly, string>();
        for (var i = 0; i < context.Patient.Assessments.Length; i++)
        {
            var assessment = context.Patient.Assessments[i];
            if (assessment is not null && assessment.On <= context.AsOf)
            {
                byDate[assessment.On] = ProfilePaths.Assessment(i);
            }
        }

        foreach (var (on, path) in byDate)
        {
            Judge(timeline, on, path, judged);
        }
    }

    // Judges the maintenance target at one visit, unless the visit is before any glucocorticoid or within the bridging period.
    private static void Judge(GcTimeline timeline, DateOnly on, string path, List<JudgedVisit> judged)
    {
        var target = timeline.Definitions.MaintenanceTargetMilligramsPerDay;
        var dose = timeline.DoseOn(on);
        var missing = timeline.MissingDoseOn(on);
        var episode = timeline.LatestEpisodeOn(on);
        if (episode is null && missing.IsEmpty)
        {
            return; // before any glucocorticoid
        }

        if (dose > 0m && episode is not null && on < episode.BridgingEnds)
        {
            return; // within the bridging period
        }

        if (dose == 0m && !missing.IsEmpty && episode is null)
        {
            // a course runs without a usable dose and nothing else was counted: the bridging period is unknown too
            judged.Add(new JudgedVisit(on, path, dose, FindingStatus.Unknown, episode, missing));
            return;
        }

        var status = dose > target ? FindingStatus.Supported
            : missing.IsEmpty ? FindingStatus.NotSupported
            : FindingStatus.Unknown;
        judged.Add(new JudgedVisit(on, path, dose, status, episode, missing));
    }

    // The maintenance target at every visit beyond the bridging period, folded into one finding: its status is the
    // latest visit's (the current state), and the timeline holds each visit's dose and whether the target was missed.
    private Finding TargetFinding(GcTimeline timeline, List<JudgedVisit> judged, ImmutableArray<Citation> citations)
    {
        var target = timeline.Definitions.MaintenanceTargetMilligramsPerDay;
        var latest = judged[^1];
        var facts = ImmutableArray.CreateBuilder<string>(judged.Count + timeline.Courses.Length);
        var points = ImmutableArray.CreateBuilder<TimelinePoint>(judged.Count);
        var missed = 0;
        foreach (var visit in judged)
        {
            facts.Add(visit.Path);
            missed += visit.Status == FindingStatus.Supported ? 1 : 0;
            points.Add(new TimelinePoint(
                visit.On,
                visit.Dose,
                visit.Status switch { FindingStatus.Supported => true, FindingStatus.NotSupported => false, _ => null },
                visit.Path));
        }

        foreach (var course in timeline.Courses)
        {
            if (course.IsSystemic)
            {
                facts.Add(course.Path);
            }
        }

        var summary = SummaryBuilder.Rent();
        var dose = Decimals.Normalize(latest.Dose);
        var limit = Decimals.Normalize(target);
        switch (latest.Status)
        {
            case FindingStatus.Supported:
                summary.Append("Prednisone-equivalent ");
                AppendTally(summary, limit, missed, judged.Count);
                summary.Append(CultureInfo.InvariantCulture, $"; {dose} mg/day at the latest, {latest.On:O}");
                AppendBridging(summary, timeline, latest);
                summary.Append('.');
                if (!latest.Missing.IsEmpty)
                {
                    summary.Append(" The latest dose is a lower bound: ");
                    AppendMissing(summary, latest.Missing);
                    summary.Append('.');
                }

                break;
            case FindingStatus.NotSupported when latest.Dose == 0m:
                summary.Append(CultureInfo.InvariantCulture, $"No systemic glucocorticoid at the latest visit, {latest.On:O}: the EULAR 2023 maintenance target ({limit} mg/day or less) is met; prednisone-equivalent ");
                AppendTally(summary, limit, missed, judged.Count);
                summary.Append('.');
                break;
            case FindingStatus.NotSupported:
                summary.Append(CultureInfo.InvariantCulture, $"Prednisone-equivalent {dose} mg/day at the latest visit, {latest.On:O}: at or below the EULAR 2023 maintenance target of {limit} mg/day; ");
                AppendTally(summary, limit, missed, judged.Count);
                summary.Append('.');
                break;
            default:
                summary.Append(CultureInfo.InvariantCulture, $"At the latest visit, {latest.On:O}, the counted prednisone-equivalent is {dose} mg/day, but ");
                AppendMissing(summary, latest.Missing);
                summary.Append(CultureInfo.InvariantCulture, $", so whether the target of {limit} mg/day or less was met is unknown; ");
                AppendTally(summary, limit, missed, judged.Count);
                summary.Append('.');
                break;
        }

        var assumptions = timeline.Assumptions(judged[0].On, latest.On);
        if (!assumptions.IsEmpty)
        {
            summary.Append(" Assumptions: ").AppendJoin("; ", assumptions).Append('.');
        }

        var text = SummaryBuilder.Return(summary);
        // Judged visits are supported, not supported or unknown; only an unknown one names a data gap.
        var gap = latest.Status is FindingStatus.Supported or FindingStatus.NotSupported ? null : Gap(latest);
        return new Finding(Id, LupusMechanisms.GlucocorticoidDependence, MaintenanceTargetMissed, latest.Status, text, EvidenceGrade.ExpertOpinion, gap)
        {
            On = latest.On,
            Facts = ProfileQueries.DistinctPaths(facts),
            Thresholds = [Threshold(latest, timeline.Definitions)],
            Timeline = new EvidenceTimeline
            {
                Name = TargetCriterionTexts.For(timeline.Definitions).MaintenanceTargetTimeline,
                Operator = ComparisonOperator.GreaterThan,
                Limit = target,
                Unit = QuantityUnit.Milligram,
                Points = points.MoveToImmutable(),
            },
            Citations = citations,
        };
    }

    // "above the EULAR 2023 maintenance target (5 mg/day or less) at 3 of 4 visits beyond the bridging period"
    private static void AppendTally(StringBuilder summary, decimal limit, int missed, int visits)
    {
        summary.Append(CultureInfo.InvariantCulture, $"above the EULAR 2023 maintenance target ({limit} mg/day or less) at {missed} of {visits}")
            .Append(visits == 1 ? " visit" : " visits")
            .Append(" beyond the bridging period");
    }

    private static void AppendBridging(StringBuilder summary, GcTimeline timeline, JudgedVisit visit)
    {
        if (visit.Episode is { } episode)
        {
            summary.Append(CultureInfo.InvariantCulture, $", beyond the {timeline.Definitions.BridgingPeriodMonths}-month bridging period of the exposure that began {episode.Start:O}");
        }
    }

    private static void AppendMissing(StringBuilder summary, ImmutableArray<(GcCourse Course, string Reason)> missing)
    {
        for (var i = 0; i < missing.Length; i++)
        {
            var (course, reason) = missing[i];
            summary.Append(i == 0 ? string.Empty : "; ").Append(GcTimeline.Describe(course)).Append(" has ").Append(reason);
        }
    }

    private Finding DependenceFinding(EvaluationContext context, GcTimeline timeline, List<JudgedVisit> judged, ImmutableArray<Citation> citations)
    {
        var definitions = timeline.Definitions;
        var months = definitions.BridgingPeriodMonths;
        var target = definitions.MaintenanceTargetMilligramsPerDay;
        var assumptions = Sentence(timeline.Assumptions(DateOnly.MinValue, context.AsOf));
        if (judged.Count == 0)
        {
            var episode = timeline.LatestEpisodeOn(context.AsOf);
            var after = episode?.BridgingEnds ?? context.AsOf;
            return new Finding(Id, LupusMechanisms.GlucocorticoidDependence, Dependence, FindingStatus.Unknown,
                string.Create(CultureInfo.InvariantCulture, $"No visit beyond the {months}-month bridging period (which ends {after:O} for the latest glucocorticoid exposure), so dependence on glucocorticoids cannot be judged; visits within the bridging period are not judged.{assumptions}"),
                EvidenceGrade.ExpertOpinion,
                new DataGap { Datum = string.Create(CultureInfo.InvariantCulture, $"a SLEDAI-2K visit (or other assessment) on or after {after:O}"), Path = "$.assessments" })
            {
                Citations = citations,
                Facts = SystemicPaths(timeline),
            };
        }

        var latest = judged[^1];
        if (latest.Status == FindingStatus.Unknown)
        {
            return new Finding(Id, LupusMechanisms.GlucocorticoidDependence, Dependence, FindingStatus.Unknown,
                $"At the latest visit beyond the bridging period ({Day(latest.On)}) {Missing(latest)}, so dependence on glucocorticoids cannot be judged.{assumptions}",
                EvidenceGrade.ExpertOpinion, Gap(latest))
            {
                Citations = citations,
                On = latest.On,
                Facts = [latest.Path, .. latest.Missing.Select(m => m.Course.Path)],
                Thresholds = [Threshold(latest, definitions)],
            };
        }

        // The latest run of visits with the same outcome.
        var start = judged.Count - 1;
        while (start > 0 && judged[start - 1].Status == latest.Status)
        {
            start--;
        }

        var runCount = judged.Count - start;
        var runStart = judged[start];
        var facts = RunFacts(timeline, judged, start);

        // Each visit's dose is in the maintenance-target finding's timeline; here the latest is the one compared.
        ImmutableArray<AppliedThreshold> thresholds = [Threshold(latest, definitions)];
        var span = runCount == 1 ? Day(runStart.On) : string.Create(CultureInfo.InvariantCulture, $"{runStart.On:O} to {latest.On:O}");
        if (latest.Status == FindingStatus.NotSupported)
        {
            return new Finding(Id, LupusMechanisms.GlucocorticoidDependence, Dependence, FindingStatus.NotSupported,
                string.Create(CultureInfo.InvariantCulture, $"The prednisone-equivalent dose was at or below the EULAR 2023 maintenance target of {Decimals.Normalize(target)} mg/day at the latest visit beyond the bridging period ({runCount} {(runCount == 1 ? "visit" : "visits")} {span}): glucocorticoids were tapered to the target.{assumptions}"),
                EvidenceGrade.ExpertOpinion)
            {
                Citations = citations,
                On = latest.On,
                Facts = facts,
                Thresholds = thresholds,
            };
        }

        var longEnough = runStart.On.AddMonths(months) <= latest.On;
        var which = start == 0
            ? "every visit beyond the bridging period"
            : $"every visit after {Day(judged[start - 1].On)} (when the dose was {(judged[start - 1].Status == FindingStatus.NotSupported ? "at or below the target" : "not known")})";
        return longEnough
            ? new Finding(Id, LupusMechanisms.GlucocorticoidDependence, Dependence, FindingStatus.Supported,
                $"The prednisone-equivalent dose stayed above the EULAR 2023 maintenance target of {Mg(target)} mg/day at {which} ({Visits(runCount)}, {span}, spanning at least {months} months): glucocorticoids could not be tapered to the target.{assumptions}",
                EvidenceGrade.ExpertOpinion)
            {
                Citations = citations,
                On = latest.On,
                Facts = facts,
                Thresholds = thresholds,
            }
            : new Finding(Id, LupusMechanisms.GlucocorticoidDependence, Dependence, FindingStatus.Unknown,
                string.Create(CultureInfo.InvariantCulture, $"The prednisone-equivalent dose was above {Mg(target)} mg/day at {Visits(runCount)} beyond the bridging period ({span}), a span shorter than the {months} months the rule asks for, so dependence cannot be concluded yet.{assumptions}"),
                EvidenceGrade.ExpertOpinion,
                new DataGap { Datum = string.Create(CultureInfo.InvariantCulture, $"a visit on or after {runStart.On.AddMonths(months):O} with the glucocorticoid dose then"), Path = "$.assessments" })
            {
                Citations = citations,
                On = latest.On,
                Facts = facts,
                Thresholds = thresholds,
            };
    }

    // The paths of the systemic courses, in order.
    private static ImmutableArray<string> SystemicPaths(GcTimeline timeline)
    {
        var paths = ImmutableArray.CreateBuilder<string>(timeline.SystemicCount);
        timeline.AddSystemicPaths(paths);
        return paths.MoveToImmutable();
    }

    // The paths of the latest run of visits (from judged[start]), then of the systemic courses; repeats kept.
    private static ImmutableArray<string> RunFacts(GcTimeline timeline, List<JudgedVisit> judged, int start)
    {
        var paths = ImmutableArray.CreateBuilder<string>(judged.Count - start + timeline.SystemicCount);
        for (var i = start; i < judged.Count; i++)
        {
            paths.Add(judged[i].Path);
        }

        timeline.AddSystemicPaths(paths);
        return paths.MoveToImmutable();
    }

    private Finding EscalationFinding(EvaluationContext context, GcTimeline timeline, ImmutableArray<Citation> citations)
    {
        var patient = context.Patient;
        var segments = timeline.Exposure!.Segments;
        var assumptions = Sentence(timeline.Assumptions(DateOnly.MinValue, context.AsOf));
        List<Rise>? rises = null;
        GlucocorticoidExposureSegment? previous = null;
        GlucocorticoidExposureSegment? taper = null;
        GlucocorticoidExposureSegment? beforeTaper = null;
        foreach (var segment in segments)
        {
            var dose = segment.PrednisoneEquivalentMilligramsPerDay;
            if (dose == 0m || previous is null || previous.PrednisoneEquivalentMilligramsPerDay == 0m)
            {
                taper = null; // a new continuous exposure starts (or none is running)
                beforeTaper = null;
            }
            else if (dose < previous.PrednisoneEquivalentMilligramsPerDay)
            {
                taper = segment;
                beforeTaper = previous;
            }
            else if (dose > previous.PrednisoneEquivalentMilligramsPerDay && taper is not null && beforeTaper is not null)
            {
                (rises ??= []).Add(new Rise(beforeTaper, taper, previous, segment));
            }

            previous = segment;
        }

        if (rises is null)
        {
            return new Finding(Id, LupusMechanisms.SecondaryLossOfResponse, Escalation, FindingStatus.NotSupported,
                string.Create(CultureInfo.InvariantCulture, $"The prednisone-equivalent dose never rose again after a taper within one continuous glucocorticoid exposure up to {context.AsOf:O}.{assumptions}"),
                EvidenceGrade.ExpertOpinion)
            {
                Citations = citations,
                Facts = SystemicPaths(timeline),
            };
        }

        Finding? uncertain = null;
        Finding? changed = null;
        for (var i = rises.Count - 1; i >= 0; i--)
        {
            var rise = rises[i];
            var taperOn = rise.Taper.From;
            var riseOn = rise.After.From;
            var coursePaths = timeline.SystemicOn(taperOn).Concat(timeline.SystemicOn(riseOn)).Select(c => c.Path).Distinct(StringComparer.Ordinal);
            var thresholds = ImmutableArray.Create(
                new AppliedThreshold
                {
                    Name = string.Create(CultureInfo.InvariantCulture, $"prednisone-equivalent from {taperOn:O} (taper), mg/day, compared with the dose before it"),
                    Operator = ComparisonOperator.LessThan,
                    Limit = rise.BeforeTaper.PrednisoneEquivalentMilligramsPerDay,
                    Unit = QuantityUnit.Milligram,
                    Observed = rise.Taper.PrednisoneEquivalentMilligramsPerDay,
                },
                new AppliedThreshold
                {
                    Name = string.Create(CultureInfo.InvariantCulture, $"prednisone-equivalent from {riseOn:O} (rise), mg/day, compared with the dose before it"),
                    Operator = ComparisonOperator.GreaterThan,
                    Limit = rise.Before.PrednisoneEquivalentMilligramsPerDay,
                    Unit = QuantityUnit.Milligram,
                    Observed = rise.After.PrednisoneEquivalentMilligramsPerDay,
                });
            var change = $"the prednisone-equivalent dose was tapered from {Mg(rise.BeforeTaper.PrednisoneEquivalentMilligramsPerDay)} to {Mg(rise.Taper.PrednisoneEquivalentMilligramsPerDay)} mg/day on {Day(taperOn)} and rose again from {Mg(rise.Before.PrednisoneEquivalentMilligramsPerDay)} to {Mg(rise.After.PrednisoneEquivalentMilligramsPerDay)} mg/day on {Day(riseOn)}";
            var missingAtTaper = timeline.MissingDoseOn(taperOn);
            var missing = missingAtTaper.AddRange(timeline.MissingDoseOn(riseOn).Where(m => !missingAtTaper.Contains(m)));
            if (!missing.IsEmpty)
            {
                uncertain ??= new Finding(Id, LupusMechanisms.SecondaryLossOfResponse, Escalation, FindingStatus.Unknown,
                    $"Counting only the doses that convert, {change}, but {Describe(missing)}, so the change may not be real.{assumptions}",
                    EvidenceGrade.ExpertOpinion,
                    new DataGap { Datum = $"the daily dose of {GcTimeline.Describe(missing[0].Course)} around {Day(taperOn)} to {Day(riseOn)}", Path = missing[0].Course.Path + ".regimen" })
                {
                    Citations = citations,
                    On = riseOn,
                    Facts = [.. coursePaths],
                    Thresholds = thresholds,
                };
                continue;
            }

            var atTaper = RefractoryVisits.ActiveOn(context, taperOn, TherapyRoles.Background);
            var atRise = RefractoryVisits.ActiveOn(context, riseOn, TherapyRoles.Background);
            var before = atTaper.Select(c => c.Course.Therapy).ToHashSet();
            var now = atRise.Select(c => c.Course.Therapy).ToHashSet();
            var facts = coursePaths.Concat(atTaper.Select(c => c.Path)).Concat(atRise.Select(c => c.Path)).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var therapy = RisingTherapy(timeline, rise);
            if (before.SetEquals(now))
            {
                var more = rises.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({rises.Count} rises after a taper in all.)") : string.Empty;
                return new Finding(Id, LupusMechanisms.SecondaryLossOfResponse, Escalation, FindingStatus.Supported,
                    $"Escalating glucocorticoid need: within one continuous exposure {change}, on the same background therapy ({RefractoryVisits.Names(atRise)}).{more}{assumptions}",
                    EvidenceGrade.ExpertOpinion)
                {
                    Citations = citations,
                    On = riseOn,
                    Therapy = therapy,
                    Facts = facts,
                    Thresholds = thresholds,
                };
            }

            var started = string.Join(", ", now.Except(before).Select(t => t.Value).Order(StringComparer.Ordinal));
            var stopped = string.Join(", ", before.Except(now).Select(t => t.Value).Order(StringComparer.Ordinal));
            var what = (started.Length > 0 ? "started " + started : string.Empty) + (started.Length > 0 && stopped.Length > 0 ? "; " : string.Empty) + (stopped.Length > 0 ? "stopped " + stopped : string.Empty);
            changed ??= new Finding(Id, LupusMechanisms.SecondaryLossOfResponse, Escalation, FindingStatus.NotSupported,
                $"Within one continuous exposure {change}, but the background therapy changed in between ({what}), so the rise is not read as escalating need on the same background.{assumptions}",
                EvidenceGrade.ExpertOpinion)
            {
                Citations = citations,
                On = riseOn,
                Therapy = therapy,
                Facts = facts,
                Thresholds = thresholds,
            };
        }

        return uncertain ?? changed!;
    }

    private static TherapyId? RisingTherapy(GcTimeline timeline, Rise rise)
    {
        TherapyId? best = null;
        var bestIncrease = 0m;
        foreach (var contribution in rise.After.Contributions)
        {
            var before = rise.Before.Contributions.FirstOrDefault(c => c.Course == contribution.Course)?.MilligramsPerDay ?? 0m;
            if (contribution.MilligramsPerDay - before > bestIncrease)
            {
                bestIncrease = contribution.MilligramsPerDay - before;
                best = timeline.Courses[contribution.Course].Course.Therapy;
            }
        }

        return best;
    }

    // The name prints the selected set's target, the limit compared (formatted once per set, not per visit).
    private static AppliedThreshold Threshold(JudgedVisit visit, TreatToTargetDefinitions definitions) => new()
    {
        Name = string.Create(CultureInfo.InvariantCulture, $"{TargetCriterionTexts.For(definitions).MaintenanceTargetThreshold}, {visit.On:O}"),
        Operator = ComparisonOperator.GreaterThan,
        Limit = definitions.MaintenanceTargetMilligramsPerDay,
        Unit = QuantityUnit.Milligram,
        Observed = visit.Dose,
    };

    private static string Missing(JudgedVisit visit) => Describe(visit.Missing);

    private static string Describe(ImmutableArray<(GcCourse Course, string Reason)> missing) =>
        string.Join("; ", missing.Select(m => $"{GcTimeline.Describe(m.Course)} has {m.Reason}"));

    private static DataGap Gap(JudgedVisit visit)
    {
        var (course, _) = visit.Missing[0];
        return new DataGap
        {
            Datum = course.Use == GlucocorticoidCourseUseKind.NoEquivalence
                ? $"the prednisone-equivalent daily dose of {GcTimeline.Describe(course)} on {Day(visit.On)}"
                : $"the daily dose of {GcTimeline.Describe(course)} in force on {Day(visit.On)}",
            Path = course.Path + ".regimen",
        };
    }

    private static string Sentence(ImmutableArray<string> notes) =>
        notes.IsEmpty ? string.Empty : " Assumptions: " + string.Join("; ", notes) + ".";

    private static string Visits(int count) => count == 1 ? "1 visit" : string.Create(CultureInfo.InvariantCulture, $"{count} visits");

    private static string Mg(decimal value) => Decimals.Normalize(value).ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("O", CultureInfo.InvariantCulture);

    private readonly record struct JudgedVisit(DateOnly On, string Path, decimal Dose, FindingStatus Status, GlucocorticoidEpisode? Episode, ImmutableArray<(GcCourse Course, string Reason)> Missing);

    private sealed record Rise(GlucocorticoidExposureSegment BeforeTaper, GlucocorticoidExposureSegment Taper, GlucocorticoidExposureSegment Before, GlucocorticoidExposureSegment After);
}
