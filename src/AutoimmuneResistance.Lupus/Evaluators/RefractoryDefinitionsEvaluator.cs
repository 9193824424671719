using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The named refractory, high-activity and not-at-target definitions of SLE (clinical reference §10.1), each its own rule
/// and finding, never merged into one "refractory" flag because they disagree:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description>
/// <c>sle.refractory.severe-refractory-sle-aplc-pilot-2025</c> (SevereRefractorySle_APLC_Pilot2025): SLEDAI-2K ≥ 10 at an
/// index visit and at the visit before it, on glucocorticoids and at least one immunosuppressant at both (Kandane-Rathnayake
/// R, Louthrenoo W, Lau CS, et al. Arthritis Res Ther 2025, doi:10.1186/s13075-025-03622-8). "Immunosuppressant" is read
/// as a therapy the catalog marks as a conventional immunosuppressant or a biologic; antimalarials are neither. Met when any
/// visit up to the evaluation date is such an index visit.
/// </description></item>
/// <item><description>
/// <c>sle.refractory.high-disease-activity-status</c> (HighDiseaseActivityStatus): SLEDAI-2K ≥ 10 at the latest visit
/// (Koelmeyer R, et al. Lupus Sci Med 2020;7:e000372, doi:10.1136/lupus-2019-000372; Kandane-Rathnayake R, et al.
/// Arthritis Res Ther 2022, doi:10.1186/s13075-022-02756-3; Rheumatology 2025;64(5):2741-8, doi:10.1093/rheumatology/keae631).
/// The threshold is <see cref="ActivityDefinitions.HighDiseaseActivityThreshold"/> of the selected set (10), which the
/// severe refractory rule uses too.
/// </description></item>
/// <item><description>
/// <c>sle.refractory.not-at-target</c> (NotAtTarget): neither LLDAS (Franklyn K, et al. Ann Rheum Dis 2016;75(9):1615-21,
/// doi:10.1136/annrheumdis-2015-207726) nor DORIS 2021 remission (van Vollenhoven RF, et al. Lupus Sci Med
/// 2021;8:e000538, doi:10.1136/lupus-2021-000538) at a visit, from <see cref="LldasInstrument"/> and
/// <see cref="DorisRemissionInstrument"/> with the selected <see cref="TreatToTargetDefinitions"/>, judged at every visit and
/// folded into one finding whose status is the latest visit's (the current state) and whose timeline holds every visit. The mapping of profile data to the instruments' inputs is the library's; whether
/// background therapy was well tolerated (LLDAS), stable (DORIS) or investigational comes from a
/// <see cref="MaintenanceTherapyReview"/> recorded on the visit date, and is unknown without one (a patient with no
/// background therapy meets both).
/// </description></item>
/// </list>
/// </remarks>
internal sealed class RefractoryDefinitionsEvaluator() : LupusEvaluator(
    "sle.refractory-definitions",
    "Named refractory, high disease activity and not-at-target definitions",
    [SevereRefractoryDisease, HighDiseaseActivity, NotAtTarget],
    [
        RefractoryCitations.KandaneRathnayakeSevereRefractory2025,
        ActivityCitations.Koelmeyer2020,
        ActivityCitations.KandaneRathnayake2022,
        ActivityCitations.KandaneRathnayake2025,
        TargetCitations.Franklyn2016,
        TargetCitations.VanVollenhoven2021,
    ])
{
    /// <summary>Severe refractory SLE as a named definition (<c>sle.severe-refractory-disease</c>); to be registered by the lead.</summary>
    internal static readonly MechanismId SevereRefractoryDisease = MechanismId.Create("sle.severe-refractory-disease");

    /// <summary>High disease activity status (<c>sle.high-disease-activity</c>); to be registered by the lead.</summary>
    internal static readonly MechanismId HighDiseaseActivity = MechanismId.Create("sle.high-disease-activity");

    /// <summary>Not at a treat-to-target state (<c>sle.not-at-target</c>); to be registered by the lead.</summary>
    internal static readonly MechanismId NotAtTarget = MechanismId.Create("sle.not-at-target");

    /// <summary>SevereRefractorySle_APLC_Pilot2025 (Kandane-Rathnayake 2025).</summary>
    internal static readonly RuleId SevereRefractoryPilot = RuleId.Create("sle.refractory.severe-refractory-sle-aplc-pilot-2025");

    /// <summary>HighDiseaseActivityStatus: SLEDAI-2K ≥ 10 at the latest visit (APLC).</summary>
    internal static readonly RuleId HighDiseaseActivityStatus = RuleId.Create("sle.refractory.high-disease-activity-status");

    /// <summary>NotAtTarget: neither LLDAS nor DORIS remission at a visit.</summary>
    internal static readonly RuleId NotAtTargetRule = RuleId.Create("sle.refractory.not-at-target");

    /// <summary>Gets the mechanisms these rules speak to, for the module to register (the lead's <c>LupusMechanisms</c> does not hold them yet).</summary>
    internal static ImmutableArray<ResistanceMechanism> Mechanisms { get; } =
    [
        new()
        {
            Id = SevereRefractoryDisease,
            Title = "Severe refractory SLE (named definitions)",
            Category = MechanismCategory.ResponseClassification,
            Description = "High disease activity persists despite glucocorticoids and immunosuppressants, by a named, parameterised definition (the APLC 2025 pilot); there is no consensus definition of refractory SLE.",
            Claims = [SeedClaimId.Create("L1")],
            Sources = [RefractoryCitations.KandaneRathnayakeSevereRefractory2025],
        },
        new()
        {
            Id = HighDiseaseActivity,
            Title = "High disease activity status",
            Category = MechanismCategory.ResponseClassification,
            Description = "SLEDAI-2K of 10 or more (APLC High Disease Activity Status), a state associated with damage accrual and mortality.",
            Claims = [SeedClaimId.Create("L1")],
            Sources = [ActivityCitations.Koelmeyer2020, ActivityCitations.KandaneRathnayake2022],
        },
        new()
        {
            Id = NotAtTarget,
            Title = "Not at a treat-to-target state",
            Category = MechanismCategory.ResponseClassification,
            Description = "Neither in the Lupus Low Disease Activity State nor in DORIS 2021 remission at a visit.",
            Claims = [SeedClaimId.Create("L1")],
            Sources = [TargetCitations.Franklyn2016, TargetCitations.VanVollenhoven2021, ActivityCitations.KandaneRathnayake2022],
        },
    ];

    // Order in which a missing LLDAS/DORIS input is named as the data gap: inputs both states need come first.
    private static readonly string[] GapPriority =
    [
        "lldas.physician-global-assessment", "doris.physician-global-assessment", "lldas.prednisone-equivalent", "doris.prednisone-equivalent",
        "lldas.no-haemolytic-anaemia", "lldas.no-gastrointestinal-activity", "lldas.no-new-features", "lldas.maintenance-tolerated",
        "lldas.no-investigational-drug", "doris.stable-maintenance-therapy",
    ];

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var activity = RefractoryVisits.Activity(context);
        var (visits, skipped) = RefractoryVisits.Of(context);
        foreach (var warning in skipped)
        {
            output.Report(warning);
        }

        // Without a SLEDAI-2K visit none of these definitions applies (a kidney-only record, say): they say nothing
        // rather than three unknowns that would bury the findings that matter.
        if (visits.IsEmpty)
        {
            return;
        }

        var gc = GcTimeline.Of(context);
        output.Add(SevereRefractory(context, gc, visits, activity.HighDiseaseActivityThreshold));
        output.Add(HighActivity(visits, activity.HighDiseaseActivityThreshold));
        output.Add(TargetStates(context, gc, visits));
    }

    // Not at target at every visit, folded into one finding: the status and summary are the latest visit's (the current
    // state), prefixed with the count over all visits; the timeline holds each visit's SLEDAI-2K total and whether it
    // was at target. Earlier visits are judged without composing their texts.
    private Finding TargetStates(EvaluationContext context, GcTimeline gc, ImmutableArray<RefractoryVisit> visits)
    {
        var points = ImmutableArray.CreateBuilder<TimelinePoint>(visits.Length);
        var (notAtTarget, unknown) = (0, 0);
        for (var i = 0; i < visits.Length - 1; i++)
        {
            var status = StateAt(context, gc, visits, i);
            points.Add(Point(visits[i], status));
            notAtTarget += status == FindingStatus.Supported ? 1 : 0;
            unknown += status == FindingStatus.Unknown ? 1 : 0;
        }

        return TargetState(context, gc, visits, (notAtTarget, unknown), points);
    }

    // The timeline of the not-at-target finding, once the latest visit's point is added.
    private static EvidenceTimeline TargetTimeline(ImmutableArray<TimelinePoint>.Builder points, RefractoryVisit latest, FindingStatus status)
    {
        points.Add(Point(latest, status));
        return new EvidenceTimeline
        {
            Name = "not at target (neither in LLDAS nor in DORIS remission) at each SLEDAI-2K visit; observed: the SLEDAI-2K total",
            Points = points.MoveToImmutable(),
        };
    }

    private static TimelinePoint Point(RefractoryVisit visit, FindingStatus status) => new(
        visit.On,
        visit.Total,
        status switch { FindingStatus.Supported => true, FindingStatus.NotSupported => false, _ => null },
        visit.Path);

    // "Neither in LLDAS nor in DORIS remission at 3 of 3 SLEDAI-2K visits (1 unknown). " before the latest visit's text.
    private static void AppendTally(StringBuilder summary, (int NotAtTarget, int Unknown) earlier, FindingStatus latest, int visits)
    {
        var notAtTarget = earlier.NotAtTarget + (latest == FindingStatus.Supported ? 1 : 0);
        var unknown = earlier.Unknown + (latest == FindingStatus.Unknown ? 1 : 0);
        summary.Append(CultureInfo.InvariantCulture, $"Neither in LLDAS nor in DORIS remission at {notAtTarget} of {Visits(visits)}");
        if (unknown > 0)
        {
            summary.Append(CultureInfo.InvariantCulture, $" ({unknown} undecided)");
        }

        summary.Append(". Latest: ");
    }

    // The pilot definition at every pair of consecutive visits. Whether a visit qualifies is read in place (the total,
    // and whether a systemic glucocorticoid and an immunosuppressant run that day); the courses of a visit are listed
    // only for the visits the finding names.
    private Finding SevereRefractory(EvaluationContext context, GcTimeline gc, ImmutableArray<RefractoryVisit> visits, int threshold)
    {
        var citations = SevereCitations;
        var definition = SevereDefinition(threshold);
        var roles = RefractoryVisits.Roles(context);

        var index = -1;
        var count = 0;
        var firstQualifies = Qualifies(context, gc, roles, visits[0], threshold);
        var previousQualifies = firstQualifies;
        for (var i = 1; i < visits.Length; i++)
        {
            var qualifies = Qualifies(context, gc, roles, visits[i], threshold);
            if (previousQualifies && qualifies)
            {
                index = i;
                count++;
            }

            previousQualifies = qualifies;
        }

        if (index > 0)
        {
            var (before, at) = (visits[index - 1], visits[index]);
            // Composed in the reused builder; the numbers are formatted as string interpolation formats them.
            var text = SummaryBuilder.Rent();
            text.Append("SLEDAI-2K ").Append(at.Total).Append(" on ").Append(Day(at.On)).Append(" and ").Append(before.Total)
                .Append(" at the visit before it (").Append(Day(before.On)).Append("), both on glucocorticoids (");
            AppendGlucocorticoidNames(text, gc, at.On);
            text.Append(") and an immunosuppressant (");
            AppendCourseNames(text, context, roles, at.On, TherapyRoles.Immunosuppressant);
            text.Append("): ").Append(definition).Append(" is met.");
            if (count > 1)
            {
                text.Append(CultureInfo.InvariantCulture, $" ({count} index visits in all; the latest is shown.)");
            }

            return new Finding(Id, SevereRefractoryDisease, SevereRefractoryPilot, FindingStatus.Supported, SummaryBuilder.Return(text), EvidenceGrade.Observational)
            {
                On = at.On,
                Facts = Facts(context, gc, roles, before, at),
                Thresholds = [Sledai(before, threshold), Sledai(at, threshold)],
                Citations = citations,
            };
        }

        var latest = visits[^1];
        var previous = visits.Length > 1 ? visits[^2] : null;
        ImmutableArray<AppliedThreshold> thresholds = previous is null ? [Sledai(latest, threshold)] : [Sledai(previous, threshold), Sledai(latest, threshold)];
        if (firstQualifies)
        {
            var first = visits[0];
            return new Finding(Id, SevereRefractoryDisease, SevereRefractoryPilot, FindingStatus.Unknown,
                $"The first recorded visit ({Day(first.On)}, SLEDAI-2K {first.Total}) qualifies on its own, but the visit before it is not recorded and no later pair of consecutive visits qualifies, so {definition} cannot be decided.",
                EvidenceGrade.Observational,
                new DataGap { Datum = $"the SLEDAI-2K visit before {Day(first.On)}, with the therapies then", Path = "$.assessments" })
            {
                On = first.On,
                Facts = Facts(context, gc, roles, first, null),
                Thresholds = [Sledai(first, threshold)],
                Citations = citations,
            };
        }

        var summary = SummaryBuilder.Rent();
        summary.Append(char.ToUpperInvariant(definition[0])).Append(definition, 1, definition.Length - 1).Append(" is not met: ");
        AppendWhyNot(summary, context, gc, roles, visits, threshold);
        return new Finding(Id, SevereRefractoryDisease, SevereRefractoryPilot, FindingStatus.NotSupported, SummaryBuilder.Return(summary), EvidenceGrade.Observational)
        {
            On = latest.On,
            Facts = previous is null ? Facts(context, gc, roles, latest, null) : Facts(context, gc, roles, previous, latest),
            Thresholds = thresholds,
            Citations = citations,
        };
    }

    private static readonly ImmutableArray<Citation> SevereCitations = [RefractoryCitations.KandaneRathnayakeSevereRefractory2025];

    private static readonly ImmutableArray<Citation> HighActivityCitations = [ActivityCitations.Koelmeyer2020, ActivityCitations.KandaneRathnayake2022, ActivityCitations.KandaneRathnayake2025];

    // The definition in words for the threshold applied, formatted once per threshold (a pipeline applies one).
    private static (int Threshold, string Text)? s_definition;

    private static string SevereDefinition(int threshold)
    {
        if (s_definition is { } last && last.Threshold == threshold)
        {
            return last.Text;
        }

        const string Definition = "the APLC pilot definition of severe refractory SLE (SLEDAI-2K >= {0} at an index visit and the visit before it, on glucocorticoids and at least one immunosuppressant at both)";
        var text = string.Format(CultureInfo.InvariantCulture, Definition, threshold);
        s_definition = (threshold, text);
        return text;
    }

    // A visit qualifies for the pilot definition: SLEDAI-2K at or above the threshold, on a systemic glucocorticoid and
    // at least one immunosuppressant that day.
    private static bool Qualifies(EvaluationContext context, GcTimeline gc, ImmutableArray<TherapyRoles> roles, RefractoryVisit visit, int threshold) =>
        visit.Total >= threshold && gc.AnySystemicOn(visit.On) && AnyActiveOn(context, roles, visit.On, TherapyRoles.Immunosuppressant);

    // Whether a course with any of the roles runs on the day (RefractoryVisits.ActiveOn without the list).
    private static bool AnyActiveOn(EvaluationContext context, ImmutableArray<TherapyRoles> roles, DateOnly day, TherapyRoles wanted)
    {
        var therapies = context.Patient.Therapies;
        for (var i = 0; i < therapies.Length; i++)
        {
            if (therapies[i] is { } course && (roles[i] & wanted) != 0 && course.IsActiveOn(day))
            {
                return true;
            }
        }

        return false;
    }

    // Why the definition is not met, in clauses separated by "; ", ending with a full stop.
    private static void AppendWhyNot(StringBuilder summary, EvaluationContext context, GcTimeline gc, ImmutableArray<TherapyRoles> roles, ImmutableArray<RefractoryVisit> visits, int threshold)
    {
        var (high, highest, pair) = (0, int.MinValue, -1);
        for (var i = 0; i < visits.Length; i++)
        {
            high += visits[i].Total >= threshold ? 1 : 0;
            highest = Math.Max(highest, visits[i].Total);
            if (i > 0 && visits[i - 1].Total >= threshold && visits[i].Total >= threshold)
            {
                pair = i;
            }
        }

        if (high == 0)
        {
            summary.Append(CultureInfo.InvariantCulture, $"SLEDAI-2K never reached {threshold} ({Visits(visits.Length)}, highest {highest})");
        }
        else if (pair < 0)
        {
            summary.Append(CultureInfo.InvariantCulture, $"SLEDAI-2K reached {threshold} or more only on ");
            var separator = false;
            foreach (var visit in visits)
            {
                if (visit.Total >= threshold)
                {
                    summary.Append(separator ? ", " : string.Empty).Append(CultureInfo.InvariantCulture, $"{visit.On:O} ({visit.Total})");
                    separator = true;
                }
            }

            summary.Append(", never at two consecutive visits");
        }
        else
        {
            var (before, at) = (visits[pair - 1], visits[pair]);
            summary.Append(CultureInfo.InvariantCulture, $"SLEDAI-2K was {before.Total} and {at.Total} at the consecutive visits {before.On:O} and {at.On:O}, but with ");
            var separator = false;
            foreach (var visit in (ReadOnlySpan<RefractoryVisit>)[before, at])
            {
                if (!gc.AnySystemicOn(visit.On))
                {
                    summary.Append(separator ? " and " : string.Empty).Append(CultureInfo.InvariantCulture, $"no glucocorticoid on {visit.On:O}");
                    separator = true;
                }

                if (!AnyActiveOn(context, roles, visit.On, TherapyRoles.Immunosuppressant))
                {
                    summary.Append(separator ? " and " : string.Empty).Append(CultureInfo.InvariantCulture, $"no immunosuppressant on {visit.On:O}");
                    separator = true;
                }
            }
        }

        var (anyImmunosuppressant, anyGlucocorticoid) = (false, false);
        foreach (var visit in visits)
        {
            anyImmunosuppressant |= AnyActiveOn(context, roles, visit.On, TherapyRoles.Immunosuppressant);
            anyGlucocorticoid |= gc.AnySystemicOn(visit.On);
        }

        if (!anyImmunosuppressant)
        {
            // The antimalarials taken at any visit, named once each in the order first seen.
            List<string>? antimalarials = null;
            var therapies = context.Patient.Therapies;
            foreach (var visit in visits)
            {
                for (var i = 0; i < therapies.Length; i++)
                {
                    if (therapies[i] is { } course && (roles[i] & TherapyRoles.Antimalarial) != 0 && course.IsActiveOn(visit.On)
                        && !(antimalarials ??= []).Contains(course.Therapy.Value))
                    {
                        antimalarials.Add(course.Therapy.Value);
                    }
                }
            }

            summary.Append("; no immunosuppressant at any visit");
            if (antimalarials is not null)
            {
                summary.Append(" (").AppendJoin(", ", antimalarials).Append(" is an antimalarial, not an immunosuppressant, in this definition)");
            }
        }

        if (!anyGlucocorticoid)
        {
            summary.Append("; no systemic glucocorticoid at any visit");
        }

        summary.Append('.');
    }

    private Finding HighActivity(ImmutableArray<RefractoryVisit> visits, int threshold)
    {
        var citations = HighActivityCitations;
        var latest = visits[^1];
        var recorded = latest.Items is null ? " (a recorded total)" : string.Empty;
        var high = latest.Total >= threshold;
        var summary = high
            ? string.Create(CultureInfo.InvariantCulture, $"SLEDAI-2K {latest.Total}{recorded} at the latest visit ({latest.On:O}): High Disease Activity Status (SLEDAI-2K >= {threshold}).")
            : string.Create(CultureInfo.InvariantCulture, $"SLEDAI-2K {latest.Total}{recorded} at the latest visit ({latest.On:O}): below the High Disease Activity Status threshold of {threshold}.");
        return new Finding(Id, HighDiseaseActivity, HighDiseaseActivityStatus, high ? FindingStatus.Supported : FindingStatus.NotSupported, summary, EvidenceGrade.Observational)
        {
            On = latest.On,
            Facts = [latest.Path],
            Thresholds = [Sledai(latest, threshold)],
            Citations = citations,
        };
    }

    // The not-at-target status at visits[index] alone, for every visit but the latest: the same reading of the profile
    // (TargetReading) and the same LLDAS and DORIS checks (the instruments' state-only path) as the latest visit's
    // finding, without building the instruments' inputs, criteria, results or any text.
    private static FindingStatus StateAt(EvaluationContext context, GcTimeline gc, ImmutableArray<RefractoryVisit> visits, int index)
    {
        var t2t = gc.Definitions;
        var visit = visits[index];
        if (visit.Items is not { } items)
        {
            return RecordedStatus(t2t, visit.Total);
        }

        var reading = TargetReading.Of(context, gc, visits, index, items);
        var regimens = new BackgroundRegimens(context, visit.On);
        var lldas = LldasInstrument.StateOf(t2t, reading.Lldas(t2t), ref regimens);
        var doris = DorisRemissionInstrument.StateOf(t2t, items, reading.Pga, reading.DorisPrednisoneMilligrams(t2t), reading.Stable);
        return Status(lldas, doris);
    }

    // Not at target when neither state holds; at target when either does; unknown otherwise.
    private static FindingStatus Status(CriterionState lldas, CriterionState doris) =>
        lldas == CriterionState.Met || doris == CriterionState.Met ? FindingStatus.NotSupported
        : lldas == CriterionState.NotMet && doris == CriterionState.NotMet ? FindingStatus.Supported
        : FindingStatus.Unknown;

    // The points serology can add to a SLEDAI-2K total (low complement and anti-dsDNA), summed once.
    private static readonly int SerologyWeight = SumSerology();

    private static int SumSerology()
    {
        var sum = 0;
        foreach (var descriptor in Sledai2kDescriptors.All)
        {
            sum += Sledai2kDescriptors.IsSerological(descriptor) ? Sledai2kDescriptors.Weight(descriptor) : 0;
        }

        return sum;
    }

    // A visit with a recorded total only: not at target when the total exceeds both what LLDAS allows and what serology
    // can add to a clinical SLEDAI-2K that DORIS allows; otherwise undecided (the descriptors are needed).
    private static decimal RecordedLimit(TreatToTargetDefinitions t2t) => Math.Max(t2t.LldasMaxSledai2k, SerologyWeight + t2t.DorisClinicalSledai2k);

    private static FindingStatus RecordedStatus(TreatToTargetDefinitions t2t, int total) =>
        AppliedThreshold.Compare(total, ComparisonOperator.GreaterThan, RecordedLimit(t2t)) ? FindingStatus.Supported : FindingStatus.Unknown;

    // Judges the target state at the latest visit and composes its finding, prefixed with the tally of the earlier
    // visits, with the timeline of every visit (the earlier visits' points given).
    private Finding TargetState(
        EvaluationContext context, GcTimeline gc, ImmutableArray<RefractoryVisit> visits, (int NotAtTarget, int Unknown) earlier, ImmutableArray<TimelinePoint>.Builder points)
    {
        var t2t = gc.Definitions;
        var index = visits.Length - 1;
        var visit = visits[index];
        var on = visit.On;
        var citations = TargetStateCitations;
        if (visit.Items is not { } items)
        {
            var serology = SerologyWeight;
            var total = new AppliedThreshold
            {
                Name = string.Create(CultureInfo.InvariantCulture, $"recorded SLEDAI-2K total (LLDAS <= {Decimals.Normalize(t2t.LldasMaxSledai2k)}; DORIS clinical SLEDAI-2K = {Decimals.Normalize(t2t.DorisClinicalSledai2k)}, and serology adds at most {serology})"),
                Operator = ComparisonOperator.GreaterThan,
                Limit = RecordedLimit(t2t),
                Observed = visit.Total,
            };
            var recordedStatus = RecordedStatus(t2t, visit.Total);
            var text = SummaryBuilder.Rent();
            AppendTally(text, earlier, recordedStatus, visits.Length);
            var above = recordedStatus == FindingStatus.Supported;
            var recordedSummary = above
                ? SummaryBuilder.Return(text.Append(CultureInfo.InvariantCulture, $"not at target on {on:O}: the recorded SLEDAI-2K total {visit.Total} is above the LLDAS limit of {t2t.LldasMaxSledai2k}, and above the {serology} points serology can add, so neither LLDAS nor DORIS remission can hold."))
                : SummaryBuilder.Return(text.Append(CultureInfo.InvariantCulture, $"only a SLEDAI-2K total ({visit.Total}) is recorded for {on:O}; LLDAS and DORIS remission need the descriptors (major organ activity, clinical SLEDAI-2K)."));
            var descriptors = above ? null : new DataGap { Datum = string.Create(CultureInfo.InvariantCulture, $"the SLEDAI-2K descriptors of the visit on {on:O}"), Path = visit.Path };
            return new Finding(Id, NotAtTarget, NotAtTargetRule, recordedStatus, recordedSummary, EvidenceGrade.ExpertOpinion, descriptors)
            {
                On = on,
                Facts = [visit.Path],
                Thresholds = [total],
                Citations = citations,
                Timeline = TargetTimeline(points, visit, recordedStatus),
            };
        }

        var patient = context.Patient;
        var reading = TargetReading.Of(context, gc, visits, index, items);
        var roles = RefractoryVisits.Roles(context);

        // The facts: the visit, the same-day assessments read, the systemic glucocorticoids and background courses
        // running that day (counted first, so that the builder becomes the array).
        var factCount = 1 + (reading.PgaIndex >= 0 ? 1 : 0) + (reading.BilagIndex >= 0 ? 1 : 0) + (reading.ReviewIndex >= 0 ? 1 : 0);
        foreach (var course in gc.Courses)
        {
            factCount += course.IsSystemic && course.Course.IsActiveOn(on) ? 1 : 0;
        }

        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            factCount += patient.Therapies[i] is { } course && (roles[i] & TherapyRoles.Background) != 0 && course.IsActiveOn(on) ? 1 : 0;
        }

        var facts = ImmutableArray.CreateBuilder<string>(factCount);
        facts.Add(visit.Path);
        if (reading.PgaIndex >= 0)
        {
            facts.Add(ProfilePaths.Assessment(reading.PgaIndex));
        }

        if (reading.BilagIndex >= 0)
        {
            facts.Add(ProfilePaths.Assessment(reading.BilagIndex));
        }

        if (reading.ReviewIndex >= 0)
        {
            facts.Add(ProfilePaths.Assessment(reading.ReviewIndex));
        }

        foreach (var course in gc.Courses)
        {
            if (course.IsSystemic && course.Course.IsActiveOn(on))
            {
                facts.Add(course.Path);
            }
        }

        var missing = reading.Missing;
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            if (patient.Therapies[i] is { } course && (roles[i] & TherapyRoles.Background) != 0 && course.IsActiveOn(on))
            {
                facts.Add(ProfilePaths.Therapy(i));
            }
        }

        // The instruments' results from the same reading as the earlier visits' states, with the background regimens
        // read in place (the inputs' notes are not used here).
        var regimens = new BackgroundRegimens(context, on);
        var doseCount = 0;
        while (regimens.Next(out _, out _))
        {
            doseCount++;
        }

        regimens = new BackgroundRegimens(context, on);
        var lldas = LldasInstrument.Result(t2t, reading.Lldas(t2t), ref regimens, doseCount, null);
        var doris = DorisRemissionInstrument.Result(t2t, items, reading.Pga, reading.DorisPrednisoneMilligrams(t2t), reading.Stable);

        var state = Status(lldas.State, doris.State);

        // The decisive thresholds: not at target, the criteria each state failed; at target, those of the state(s)
        // reached; undecided, every criterion of both (which ones were met is part of what is known).
        // (Counted first, so that the builder becomes the array.)
        ReadOnlySpan<(string Name, CriterionState Result, ImmutableArray<CriterionCheck> Criteria)> states = [("LLDAS", lldas.State, lldas.Criteria), ("DORIS", doris.State, doris.Criteria)];
        var thresholdCount = 0;
        foreach (var (_, result, criteria) in states)
        {
            foreach (var criterion in criteria)
            {
                thresholdCount += Decisive(state, result, criterion) && criterion is { Operator: not null, Threshold: not null } ? 1 : 0;
            }
        }

        var thresholds = ImmutableArray.CreateBuilder<AppliedThreshold>(thresholdCount);
        foreach (var (name, result, criteria) in states)
        {
            foreach (var criterion in criteria)
            {
                if (Decisive(state, result, criterion) && Applied(name, criterion) is { } applied)
                {
                    thresholds.Add(applied);
                }
            }
        }

        // The summary is composed in one reused builder: the criteria's observed values are appended where they go
        // rather than formatted into intermediate strings and joined.
        var assumptions = gc.Assumptions(on, on);
        var summary = SummaryBuilder.Rent();
        AppendTally(summary, earlier, state, visits.Length);
        DataGap? gap = null;
        if (state == FindingStatus.NotSupported)
        {
            var which = lldas.State == CriterionState.Met && doris.State == CriterionState.Met ? "in LLDAS and in DORIS remission"
                : lldas.State == CriterionState.Met ? "in LLDAS" : "in DORIS remission";
            summary.Append(CultureInfo.InvariantCulture, $"at target on {on:O}: {which}.");
            AppendAssumptions(summary, assumptions);
        }
        else if (state == FindingStatus.Supported)
        {
            summary.Append(CultureInfo.InvariantCulture, $"not at target on {on:O}: not in LLDAS (");
            AppendUnmet(summary, lldas.Criteria);
            summary.Append(") and not in DORIS remission (");
            AppendUnmet(summary, doris.Criteria);
            summary.Append(").");
            AppendAssumptions(summary, assumptions);
        }
        else
        {
            // The data gap is the unknown criterion of an undecided state that comes first in GapPriority.
            CriterionCheck? first = null;
            foreach (var result in (ReadOnlySpan<(CriterionState State, ImmutableArray<CriterionCheck> Criteria)>)[(lldas.State, lldas.Criteria), (doris.State, doris.Criteria)])
            {
                if (result.State != CriterionState.Unknown)
                {
                    continue;
                }

                foreach (var criterion in result.Criteria)
                {
                    if (criterion.State == CriterionState.Unknown && (first is null || Priority(criterion.Id) < Priority(first.Id)))
                    {
                        first = criterion;
                    }
                }
            }

            summary.Append(CultureInfo.InvariantCulture, $"target state on {on:O} unknown: LLDAS ");
            AppendDescription(summary, lldas.State, lldas.Criteria);
            summary.Append("; DORIS remission ");
            AppendDescription(summary, doris.State, doris.Criteria);
            summary.Append('.');
            AppendAssumptions(summary, assumptions);
            gap = Gap(first!, on, context, gc, missing);
        }

        return new Finding(Id, NotAtTarget, NotAtTargetRule, state, SummaryBuilder.Return(summary), EvidenceGrade.ExpertOpinion, gap)
        {
            On = on,
            Facts = ProfileQueries.DistinctPaths(facts),
            Thresholds = thresholds.MoveToImmutable(),
            Citations = TargetStateCitations,
            Timeline = TargetTimeline(points, visit, state),
        };
    }

    // Whether a criterion's threshold decides the not-at-target status: not at target, the criteria each state failed;
    // at target, those of the state(s) reached; undecided, every criterion of both.
    private static bool Decisive(FindingStatus status, CriterionState result, CriterionCheck criterion) => status switch
    {
        FindingStatus.Supported => criterion.State == CriterionState.NotMet,
        FindingStatus.NotSupported => result == CriterionState.Met,
        _ => true,
    };

    // A course the catalog does not know, or a cellular therapy: whether it is investigational is not known without a review.
    private static bool IsUncatalogued(TherapyRoles roles) =>
        (roles & TherapyRoles.Catalogued) == 0 || (roles & TherapyRoles.CellularTherapy) != 0;

    // What the LLDAS and DORIS inputs of one item-level visit are read from, found without building a list: the
    // physician global assessment, BILAG-2004 and maintenance therapy review of the same day (the later on the profile
    // when several), the previous item-level visit, the glucocorticoid dose in force, and the background therapy.
    private readonly record struct TargetReading(
        Sledai2kVisit Items,
        int PgaIndex,
        decimal? Pga,
        int BilagIndex,
        bool? Gastrointestinal,
        bool? Haemolytic,
        int ReviewIndex,
        MaintenanceTherapyReview? Review,
        bool? NewFeatures,
        decimal Dose,
        ImmutableArray<(GcCourse Course, string Reason)> Missing,
        bool BackgroundEmpty,
        bool AnyUncatalogued)
    {
        public bool? Tolerated => BackgroundEmpty ? true : Review?.WellTolerated;

        public bool? Investigational => Review?.InvestigationalDrug ?? (AnyUncatalogued ? null : false);

        public bool? Stable => BackgroundEmpty ? true : Review?.Stable;

        public Dose? LldasPrednisone(TreatToTargetDefinitions t2t) =>
            Bound(Dose, Missing.IsEmpty, ComparisonOperator.LessThanOrEqual, t2t.LldasMaxPrednisoneMilligramsPerDay);

        public Dose? DorisPrednisone(TreatToTargetDefinitions t2t) =>
            Bound(Dose, Missing.IsEmpty, t2t.DorisPrednisoneOperator, t2t.DorisPrednisoneMilligramsPerDay);

        // The mg/day the instruments compute from a prednisoneEquivalent input (no glucocorticoid list is given).
        public decimal? DorisPrednisoneMilligrams(TreatToTargetDefinitions t2t) =>
            PrednisoneEquivalents.Current(DorisPrednisone(t2t), [], t2t.UnknownRoute, null);

        public LldasObservations Lldas(TreatToTargetDefinitions t2t) => new(
            Items,
            Pga,
            PrednisoneEquivalents.Current(LldasPrednisone(t2t), [], t2t.UnknownRoute, null),
            Haemolytic,
            Gastrointestinal,
            NewFeatures,
            Tolerated,
            Investigational);

        public static TargetReading Of(EvaluationContext context, GcTimeline gc, ImmutableArray<RefractoryVisit> visits, int index, Sledai2kVisit items)
        {
            var patient = context.Patient;
            var on = visits[index].On;

            // One pass over the assessments for the three kinds of the same day; the last on the profile wins for each.
            var (pgaIndex, bilagIndex, reviewIndex) = (-1, -1, -1);
            for (var i = 0; i < patient.Assessments.Length; i++)
            {
                // The date first: it rules out most entries without a type test.
                var assessment = patient.Assessments[i];
                if (assessment is null || assessment.On != on)
                {
                    continue;
                }

                switch (assessment)
                {
                    case PhysicianGlobalAssessment:
                        pgaIndex = i;
                        break;
                    case BilagVisit:
                        bilagIndex = i;
                        break;
                    case MaintenanceTherapyReview:
                        reviewIndex = i;
                        break;
                    default:
                        break;
                }
            }

            decimal? pga = null;
            if (pgaIndex >= 0 && patient.Assessments[pgaIndex] is PhysicianGlobalAssessment { Score: >= PhysicianGlobalAssessment.MinScore and <= PhysicianGlobalAssessment.MaxScore } found)
            {
                pga = found.Score;
            }

            bool? gastrointestinal = null;
            bool? haemolytic = null;
            if (bilagIndex >= 0)
            {
                var bilag = (BilagVisit)patient.Assessments[bilagIndex];
                gastrointestinal = bilag.GradeOf(BilagDomain.Gastrointestinal) switch
                {
                    BilagGrade.A or BilagGrade.B or BilagGrade.C => true,
                    BilagGrade.D or BilagGrade.E => false,
                    _ => null,
                };
                haemolytic = bilag.GradeOf(BilagDomain.Haematological) is BilagGrade.D or BilagGrade.E ? false : null;
            }

            var review = reviewIndex >= 0 ? (MaintenanceTherapyReview)patient.Assessments[reviewIndex] : null;

            Sledai2kVisit? previous = null;
            for (var j = index - 1; j >= 0 && previous is null; j--)
            {
                previous = visits[j].Items;
            }

            bool? newFeatures = null;
            if (previous is not null)
            {
                newFeatures = false;
                foreach (var descriptor in items.Present)
                {
                    if (!previous.Present.Contains(descriptor))
                    {
                        newFeatures = true;
                        break;
                    }
                }
            }

            var roles = RefractoryVisits.Roles(context);
            var (backgroundEmpty, anyUncatalogued) = (true, false);
            for (var i = 0; i < patient.Therapies.Length; i++)
            {
                var course = patient.Therapies[i];
                if (course is null || (!backgroundEmpty && anyUncatalogued))
                {
                    continue;
                }

                if ((roles[i] & TherapyRoles.Background) != 0 && course.IsActiveOn(on))
                {
                    backgroundEmpty = false;
                }

                if (IsUncatalogued(roles[i]) && course.IsActiveOn(on))
                {
                    anyUncatalogued = true;
                }
            }

            return new TargetReading(
                items,
                pgaIndex, pga, bilagIndex, gastrointestinal, haemolytic, reviewIndex, review, newFeatures,
                gc.DoseOn(on), gc.MissingDoseOn(on), backgroundEmpty, anyUncatalogued);
        }
    }

    // The regimens of the background courses running on a day that are valid, in profile order: the maintenance doses
    // that LLDAS compares with the standard caps, read in place.
    private struct BackgroundRegimens(EvaluationContext context, DateOnly on) : IMaintenanceRegimens
    {
        private readonly ImmutableArray<TherapyRoles> _roles = RefractoryVisits.Roles(context);
        private int _next;

        public bool Next(out TherapyId therapy, out DoseRegimen regimen)
        {
            var therapies = context.Patient.Therapies;
            while (_next < therapies.Length)
            {
                var i = _next++;
                var course = therapies[i];
                if (course is not null && (_roles[i] & TherapyRoles.Background) != 0 && course.IsActiveOn(on)
                    && course.RegimenOn(on) is { } found && CourseChecks.ValidRegimen(found))
                {
                    (therapy, regimen) = (course.Therapy, found);
                    return true;
                }
            }

            (therapy, regimen) = (default, null!);
            return false;
        }
    }

    private static readonly ImmutableArray<Citation> TargetStateCitations = [TargetCitations.Franklyn2016, TargetCitations.VanVollenhoven2021, ActivityCitations.KandaneRathnayake2022];

    private static int Priority(string criterion)
    {
        var rank = Array.IndexOf(GapPriority, criterion);
        return rank < 0 ? int.MaxValue : rank;
    }

    // The dose counted is a lower bound when a course's dose is missing: pass it only when it already fails the limit.
    private static Dose? Bound(decimal dose, bool complete, ComparisonOperator comparison, decimal limit) =>
        complete || !AppliedThreshold.Compare(dose, comparison, limit) ? Dose.Milligrams(dose) : null;

    private static AppliedThreshold? Applied(string state, CriterionCheck criterion) =>
        criterion is { Operator: { } comparison, Threshold: { } limit }
            ? new AppliedThreshold { Name = ThresholdName(state, criterion.Description), Operator = comparison, Limit = limit, Unit = criterion.Unit, Observed = criterion.Observed }
            : null;

    // The criterion descriptions are, but for per-therapy dose caps, the same strings at every visit: their threshold
    // names are formatted once and looked up by reference.
    private static readonly ConditionalWeakTable<string, string> LldasNames = [];
    private static readonly ConditionalWeakTable<string, string> DorisNames = [];

    private static string ThresholdName(string state, string description) => state == "LLDAS"
        ? LldasNames.GetValue(description, static d => "LLDAS: " + d)
        : DorisNames.GetValue(description, static d => "DORIS: " + d);

    private static void AppendAssumptions(StringBuilder summary, ImmutableArray<string> assumptions)
    {
        if (assumptions.IsEmpty)
        {
            return;
        }

        summary.Append(" Assumptions: ").AppendJoin("; ", assumptions).Append('.');
    }

    // The unmet criteria with what was observed, separated by "; ".
    private static void AppendUnmet(StringBuilder summary, ImmutableArray<CriterionCheck> criteria)
    {
        var separator = false;
        foreach (var criterion in criteria)
        {
            if (criterion.State != CriterionState.NotMet)
            {
                continue;
            }

            if (separator)
            {
                summary.Append("; ");
            }

            separator = true;
            summary.Append(criterion.Description);
            if (criterion.Observed is { } value)
            {
                summary.Append(CultureInfo.InvariantCulture, $": observed {Decimals.Normalize(value)}");
            }
            else if (criterion.ObservedFlag is { } flag)
            {
                summary.Append(": observed ").Append(flag ? "yes" : "no");
            }
        }
    }

    private static void AppendDescription(StringBuilder summary, CriterionState state, ImmutableArray<CriterionCheck> criteria)
    {
        switch (state)
        {
            case CriterionState.Met:
                summary.Append("met");
                break;
            case CriterionState.NotMet:
                summary.Append("not met (");
                AppendUnmet(summary, criteria);
                summary.Append(')');
                break;
            default:
                summary.Append("unknown (missing: ");
                var separator = false;
                foreach (var criterion in criteria)
                {
                    if (criterion.State == CriterionState.Unknown)
                    {
                        summary.Append(separator ? ", " : string.Empty).Append(criterion.Note ?? criterion.Id);
                        separator = true;
                    }
                }

                summary.Append(')');
                break;
        }
    }

    // The datum that would decide an undecided target state; the courses it names are listed here, for this one finding.
    private static DataGap Gap(
        CriterionCheck criterion,
        DateOnly on,
        EvaluationContext context,
        GcTimeline gc,
        ImmutableArray<(GcCourse Course, string Reason)> missing)
    {
        var patient = context.Patient;
        var roles = RefractoryVisits.Roles(context);
        var background = RefractoryVisits.ActiveOn(context, on, TherapyRoles.Background);
        var uncatalogued = new List<(TherapyCourse Course, string Path)>();
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            if (IsUncatalogued(roles[i]) && patient.Therapies[i] is { } course && course.IsActiveOn(on))
            {
                uncatalogued.Add((course, ProfilePaths.Therapy(i)));
            }
        }

        GcCourse? firstGlucocorticoid = null;
        foreach (var course in gc.Courses)
        {
            if (course.IsSystemic && course.Course.IsActiveOn(on))
            {
                firstGlucocorticoid = course;
                break;
            }
        }

        var day = Day(on);
        var names = RefractoryVisits.Names(background);
        return criterion.Id switch
        {
            "lldas.physician-global-assessment" or "doris.physician-global-assessment" =>
                new DataGap { Datum = $"a physician global assessment (0-3) on {day}", Path = "$.assessments" },
            "lldas.prednisone-equivalent" or "doris.prednisone-equivalent" when !missing.IsEmpty =>
                new DataGap { Datum = $"the daily dose of {GcTimeline.Describe(missing[0].Course)} in force on {day}", Path = missing[0].Course.Path + ".regimen" },
            "lldas.prednisone-equivalent" or "doris.prednisone-equivalent" =>
                new DataGap { Datum = $"the glucocorticoid dose in force on {day}", Path = firstGlucocorticoid?.Path ?? "$.therapies" },
            "lldas.no-haemolytic-anaemia" =>
                new DataGap { Datum = $"whether haemolytic anaemia was present on {day} (a BILAG-2004 haematological domain graded D or E that day rules it out)", Path = "$.assessments" },
            "lldas.no-gastrointestinal-activity" =>
                new DataGap { Datum = $"whether gastrointestinal lupus activity was present on {day} (a BILAG-2004 gastrointestinal domain grade that day)", Path = "$.assessments" },
            "lldas.no-new-features" =>
                new DataGap { Datum = $"a SLEDAI-2K visit before {day}, to compare for new features of activity", Path = "$.assessments" },
            "lldas.maintenance-tolerated" =>
                new DataGap { Datum = $"whether {names}, taken on {day}, were well tolerated at standard maintenance doses (a sle.maintenance-therapy-review that day)", Path = "$.assessments" },
            "lldas.no-investigational-drug" =>
                new DataGap { Datum = $"whether {RefractoryVisits.Names(uncatalogued)}, taken on {day}, is investigational (a sle.maintenance-therapy-review that day)", Path = "$.assessments" },
            "doris.stable-maintenance-therapy" =>
                new DataGap { Datum = $"whether {names}, taken on {day}, were at stable maintenance doses (a sle.maintenance-therapy-review that day)", Path = "$.assessments" },
            _ => new DataGap { Datum = $"{criterion.Note ?? criterion.Description} on {day}", Path = "$.therapies" },
        };
    }

    // The paths a severe refractory finding rests on: for each visit named, the visit, then the systemic
    // glucocorticoids, immunosuppressants and antimalarials running that day, each path once.
    private static ImmutableArray<string> Facts(EvaluationContext context, GcTimeline gc, ImmutableArray<TherapyRoles> roles, RefractoryVisit first, RefractoryVisit? second)
    {
        var facts = ImmutableArray.CreateBuilder<string>();
        foreach (var visit in (ReadOnlySpan<RefractoryVisit?>)[first, second])
        {
            if (visit is null)
            {
                continue;
            }

            facts.Add(visit.Path);
            foreach (var course in gc.Courses)
            {
                if (course.IsSystemic && course.Course.IsActiveOn(visit.On))
                {
                    facts.Add(course.Path);
                }
            }

            foreach (var wanted in (ReadOnlySpan<TherapyRoles>)[TherapyRoles.Immunosuppressant, TherapyRoles.Antimalarial])
            {
                var therapies = context.Patient.Therapies;
                for (var i = 0; i < therapies.Length; i++)
                {
                    if (therapies[i] is { } course && (roles[i] & wanted) != 0 && course.IsActiveOn(visit.On))
                    {
                        facts.Add(ProfilePaths.Therapy(i));
                    }
                }
            }
        }

        return ProfileQueries.DistinctPaths(facts);
    }

    private static AppliedThreshold Sledai(RefractoryVisit visit, int threshold) => new()
    {
        Name = string.Create(CultureInfo.InvariantCulture, $"SLEDAI-2K total, {visit.On:O}"),
        Operator = ComparisonOperator.GreaterThanOrEqual,
        Limit = threshold,
        Observed = visit.Total,
    };

    // The systemic glucocorticoids running on a day, each named once, separated by ", ".
    private static void AppendGlucocorticoidNames(StringBuilder text, GcTimeline gc, DateOnly day)
    {
        var courses = gc.Courses;
        var separator = false;
        for (var i = 0; i < courses.Length; i++)
        {
            if (!courses[i].IsSystemic || !courses[i].Course.IsActiveOn(day))
            {
                continue;
            }

            var name = courses[i].Course.Therapy.Value;
            var named = false;
            for (var j = 0; j < i && !named; j++)
            {
                named = courses[j].IsSystemic && courses[j].Course.IsActiveOn(day) && courses[j].Course.Therapy.Value == name;
            }

            if (!named)
            {
                text.Append(separator ? ", " : string.Empty).Append(name);
                separator = true;
            }
        }
    }

    // The courses with any of the roles running on a day, each therapy named once, separated by ", "; "none" without
    // any (as RefractoryVisits.Names names them).
    private static void AppendCourseNames(StringBuilder text, EvaluationContext context, ImmutableArray<TherapyRoles> roles, DateOnly day, TherapyRoles wanted)
    {
        var therapies = context.Patient.Therapies;
        bool Runs(int i) => therapies[i] is { } course && (roles[i] & wanted) != 0 && course.IsActiveOn(day);
        var separator = false;
        for (var i = 0; i < therapies.Length; i++)
        {
            if (!Runs(i))
            {
                continue;
            }

            var name = therapies[i].Therapy.Value;
            var named = false;
            for (var j = 0; j < i && !named; j++)
            {
                named = Runs(j) && therapies[j].Therapy.Value == name;
            }

            if (!named)
            {
                text.Append(separator ? ", " : string.Empty).Append(name);
                separator = true;
            }
        }

        if (!separator)
        {
            text.Append("none");
        }
    }

    private static string Visits(int count) => count == 1 ? "1 visit" : string.Create(CultureInfo.InvariantCulture, $"{count} visits");

    private static string Day(DateOnly day) => day.ToString("O", CultureInfo.InvariantCulture);
}
