using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Glucocorticoid exposure in prednisone-equivalent mg/day over a date range, <c>sle.glucocorticoid-exposure</c>: a step
/// function of the daily dose, the cumulative and mean dose, the days above the EULAR 2023 maintenance target (&gt; 5 mg/day;
/// Fanouriakis A, et al. Ann Rheum Dis 2024;83(1):15-29, doi:10.1136/ard-2023-224762) and above the LLDAS limit
/// (&gt; 7.5 mg/day; Franklyn K, et al. Ann Rheum Dis 2016;75(9):1615-21, doi:10.1136/annrheumdis-2015-207726), and the days
/// above the maintenance target once the bridging period has passed.
/// </summary>
/// <remarks>
/// <para>
/// Doses convert with <see cref="GlucocorticoidEquivalence"/> (prednisone 5 mg = prednisolone 5 mg = methylprednisolone
/// 4 mg = hydrocortisone 20 mg = dexamethasone 0.75 mg; clinical reference section 10.4). Each course's regimen on each day
/// comes from <see cref="TherapyCourse.RegimenOn(DateOnly)"/> and its <see cref="DoseRegimen.AverageDailyDose()"/>; a course
/// runs from its start to its end (inclusive), whatever <see cref="DoseRegimen.TotalAdministrations"/> says.
/// </para>
/// <para>
/// Only oral, intravenous and intramuscular courses count; topical, inhaled, ophthalmic and intra-articular courses never
/// do. A course without a recorded route follows <see cref="TreatToTargetDefinitions.UnknownRoute"/> (by default counted
/// as systemic and reported as an assumption). A course of a substance without prednisone equivalence (for example
/// budesonide), or days with no usable regimen (none recorded, or mg/kg), are left out and make the result
/// <see cref="GlucocorticoidExposureResult.Incomplete"/>: the totals are then lower bounds.
/// </para>
/// <para>
/// The bridging period (<see cref="TreatToTargetDefinitions.BridgingPeriodMonths"/>, 6 months by default, the library's
/// operationalisation) starts on the first day of each episode: a run of consecutive days with a prednisone-equivalent
/// dose above zero, traced back before the range when the courses start earlier.
/// </para>
/// </remarks>
public sealed class GlucocorticoidExposureInstrument : DefinitionSetInstrument<GlucocorticoidExposureInput, GlucocorticoidExposureResult, TreatToTargetDefinitions>
{
    /// <summary>The longest accepted range, in days (200 years).</summary>
    public const int MaxRangeDays = 73_050;

    /// <summary>Creates the instrument with the registered variants (<see cref="TreatToTargetDefinitions.Default"/> first).</summary>
    public GlucocorticoidExposureInstrument()
        : this([TreatToTargetDefinitions.Default, TreatToTargetDefinitions.DorisStrict])
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id; the first is the default.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public GlucocorticoidExposureInstrument(IEnumerable<TreatToTargetDefinitions> definitionSets)
        : base(definitionSets, TargetDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = LupusIds.GlucocorticoidExposure,
        Title = "Glucocorticoid exposure in prednisone-equivalent mg/day",
        Sources = [TargetCitations.Fanouriakis2024, TargetCitations.Franklyn2016],
        Documentation = "docs/instruments/sle.glucocorticoid-exposure.md",
    };

    /// <inheritdoc/>
    protected override void CheckInput(GlucocorticoidExposureInput input, List<EvaluationDiagnostic> diagnostics) => Check(input, diagnostics);

    /// <inheritdoc/>
    protected override GlucocorticoidExposureResult ComputeCore(GlucocorticoidExposureInput input, TreatToTargetDefinitions definitions) => ComputeValid(input, definitions);

    private static void Check(GlucocorticoidExposureInput input, List<EvaluationDiagnostic> diagnostics)
    {
        if (input.To < input.From)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DateOutOfOrder, "the range ends before it starts", "$.to", value: DiagnosticValues.WithReference(input.To, "from", input.From)));
        }
        else if (input.To.DayNumber - input.From.DayNumber + 1 > MaxRangeDays)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.RangeTooLong, "the range is longer than 200 years", "$.to", value: DiagnosticValues.Range(input.From, input.To)));
        }

        for (var i = 0; i < input.Courses.Length; i++)
        {
            var path = $"$.courses[{i}]";
            CourseChecks.Validate(input.Courses[i], path, diagnostics);
            if (input.Courses[i] is { } course)
            {
                if (course.Class != TherapyClass.Glucocorticoid)
                {
                    diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.WrongTherapy, "expected a glucocorticoid course (class 'glucocorticoid')", $"{path}.class", value: DiagnosticValues.Text(course.Class.Value)));
                }

                if (input.To.DayNumber - course.Start.DayNumber + 1 > MaxRangeDays)
                {
                    diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.RangeTooLong, "the course starts more than 200 years before the end of the range", $"{path}.start", value: DiagnosticValues.WithReference(course.Start, "range ends", input.To)));
                }
            }
        }
    }

    /// <summary>Applies the instrument without checking the input: for callers whose courses were checked as <see cref="Check"/> checks them (the lupus glucocorticoid timeline).</summary>
    /// <param name="input">The input, valid.</param>
    /// <param name="definitions">The definitions.</param>
    /// <returns>The result.</returns>
    internal static GlucocorticoidExposureResult ComputeValid(GlucocorticoidExposureInput input, TreatToTargetDefinitions definitions)
    {
        var notes = new List<string>();
        var uses = new GlucocorticoidCourseUseKind[input.Courses.Length];
        var counted = new List<(int Index, TherapyCourse Course, Route Route)>(input.Courses.Length);
        for (var i = 0; i < input.Courses.Length; i++)
        {
            var course = input.Courses[i];
            (uses[i], var route) = Classify(course, definitions.UnknownRoute);
            if (route is { } r)
            {
                counted.Add((i, course, r));
            }
        }

        // Breakpoints of the step function: range edges, course starts, day after each end, dose changes; sorted,
        // each once, from the first day (the earliest course start, if before the range) to the day after the range.
        var first = input.From;
        foreach (var (_, course, _) in counted)
        {
            first = course.Start < first ? course.Start : first;
        }

        var points = new List<int>(3 + (3 * counted.Count)) { first.DayNumber, input.From.DayNumber, input.To.DayNumber + 1 };
        foreach (var (_, course, _) in counted)
        {
            points.Add(course.Start.DayNumber);
            if (course.End is { } end)
            {
                points.Add(end.DayNumber + 1);
            }

            foreach (var change in course.DoseChanges)
            {
                points.Add(change.On.DayNumber);
            }
        }

        // Sorted, then compacted in place to the distinct points within [first, to + 1].
        points.Sort();
        var kept = 0;
        for (var p = 0; p < points.Count; p++)
        {
            var point = points[p];
            if (point >= first.DayNumber && point <= input.To.DayNumber + 1 && (kept == 0 || points[kept - 1] != point))
            {
                points[kept++] = point;
            }
        }

        points.RemoveRange(kept, points.Count - kept);
        var boundaries = points;

        var segments = new List<GlucocorticoidExposureSegment>(boundaries.Count);
        Dictionary<int, int>? missingDays = null;
        DateOnly? episodeStart = null;
        var episodes = new List<GlucocorticoidEpisode>();
        var daysAboveAfterBridging = 0;
        decimal cumulative = 0m;
        int above5 = 0, above75 = 0;
        var target = definitions.MaintenanceTargetMilligramsPerDay;
        var lldas = definitions.LldasMaxPrednisoneMilligramsPerDay;
        var contributions = ImmutableArray.CreateBuilder<GlucocorticoidContribution>(counted.Count);
        for (var b = 0; b + 1 < boundaries.Count; b++)
        {
            var start = DateOnly.FromDayNumber(boundaries[b]);
            var end = DateOnly.FromDayNumber(boundaries[b + 1] - 1);
            var days = end.DayNumber - start.DayNumber + 1;
            contributions.Clear();
            var total = 0m;
            foreach (var (index, course, route) in counted)
            {
                if (!course.IsActiveOn(start))
                {
                    continue;
                }

                var regimen = course.RegimenOn(start);
                if (regimen is null || regimen.Dose.IsWeightBased ||
                    !GlucocorticoidEquivalence.TryToPrednisoneEquivalent(course.Therapy, regimen.AverageDailyDose(), route, out var equivalent, out _))
                {
                    if (start >= input.From)
                    {
                        missingDays ??= [];
                        missingDays[index] = missingDays.GetValueOrDefault(index) + days;
                    }

                    continue;
                }

                contributions.Add(new GlucocorticoidContribution { Course = index, MilligramsPerDay = Decimals.Normalize(equivalent.Value) });
                total += equivalent.Value;
            }

            if (total > 0m && episodeStart is null)
            {
                episodeStart = start;
                episodes.Add(new GlucocorticoidEpisode { Start = start, BridgingEnds = start.AddMonths(definitions.BridgingPeriodMonths) });
            }
            else if (total == 0m)
            {
                episodeStart = null;
            }

            if (start < input.From)
            {
                continue;
            }

            segments.Add(new GlucocorticoidExposureSegment { From = start, To = end, Days = days, PrednisoneEquivalentMilligramsPerDay = Decimals.Normalize(total), Contributions = contributions.ToImmutable() });
            cumulative += total * days;
            if (total > target)
            {
                above5 += days;
                var bridgingEnds = episodes[^1].BridgingEnds;
                daysAboveAfterBridging += Math.Max(0, end.DayNumber - Math.Max(start.DayNumber, bridgingEnds.DayNumber) + 1);
            }

            if (total > lldas)
            {
                above75 += days;
            }
        }

        var rangeDays = input.To.DayNumber - input.From.DayNumber + 1;
        Merge(segments);
        var last = segments.Count == 0 ? null : segments[^1];
        var lastEpisode = episodes.Count == 0 ? null : episodes[^1];

        // How each course was used, with the days it had no usable dose; a course of no equivalence, or one with such
        // days, that overlaps the range makes the result incomplete.
        var courseUses = ImmutableArray.CreateBuilder<GlucocorticoidCourseUse>(input.Courses.Length);
        var incomplete = false;
        for (var i = 0; i < input.Courses.Length; i++)
        {
            var course = input.Courses[i];
            var use = new GlucocorticoidCourseUse
            {
                Index = i,
                Therapy = course.Therapy,
                Route = course.Route,
                Use = uses[i],
                OverlapsRange = course.Start <= input.To && (course.End is null || course.End >= input.From),
                DaysWithoutUsableDose = missingDays?.GetValueOrDefault(i) ?? 0,
            };
            courseUses.Add(use);
            incomplete |= use.OverlapsRange && (use.Use is GlucocorticoidCourseUseKind.NoEquivalence || use.DaysWithoutUsableDose > 0);
            if (use.Use == GlucocorticoidCourseUseKind.AssumedSystemic && use.OverlapsRange)
            {
                notes.Add($"courses[{use.Index}]: route not recorded, assumed systemic");
            }
        }

        var inRange = ImmutableArray.CreateBuilder<GlucocorticoidEpisode>(episodes.Count);
        foreach (var episode in episodes)
        {
            if (episode.Start <= input.To)
            {
                inRange.Add(episode);
            }
        }

        var texts = TargetCriterionTexts.For(definitions);
        return new GlucocorticoidExposureResult
        {
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            From = input.From,
            To = input.To,
            Days = rangeDays,
            Segments = [.. segments],
            CumulativeMilligrams = Decimals.Normalize(cumulative),
            MeanMilligramsPerDay = Decimals.Normalize(cumulative / rangeDays),
            DaysAbove =
            [
                new GlucocorticoidDaysAbove
                {
                    Id = "above-maintenance-target",
                    Description = texts.ExposureAboveMaintenanceTarget,
                    Operator = ComparisonOperator.GreaterThan,
                    ThresholdMilligramsPerDay = target,
                    Days = above5,
                },
                new GlucocorticoidDaysAbove
                {
                    Id = "above-lldas-limit",
                    Description = texts.ExposureAboveLldasLimit,
                    Operator = ComparisonOperator.GreaterThan,
                    ThresholdMilligramsPerDay = lldas,
                    Days = above75,
                },
            ],
            MaintenanceTarget = new GlucocorticoidMaintenanceTarget
            {
                ThresholdMilligramsPerDay = target,
                BridgingPeriodMonths = definitions.BridgingPeriodMonths,
                Episodes = inRange.Count == inRange.Capacity ? inRange.MoveToImmutable() : inRange.ToImmutable(),
                DaysAboveAfterBridging = daysAboveAfterBridging,
                LastDayMilligramsPerDay = last?.PrednisoneEquivalentMilligramsPerDay ?? 0m,
                MissedOnLastDay = last is { } l && l.PrednisoneEquivalentMilligramsPerDay > target && lastEpisode is { } e && input.To >= e.BridgingEnds,
            },
            Courses = courseUses.MoveToImmutable(),
            Incomplete = incomplete,
            Notes = [.. notes],
        };
    }

    private static (GlucocorticoidCourseUseKind Use, Route? Route) Classify(TherapyCourse course, UnknownGlucocorticoidRoute unknownRoute)
    {
        if (!GlucocorticoidEquivalence.IsSupported(course.Therapy))
        {
            return (GlucocorticoidCourseUseKind.NoEquivalence, null);
        }

        if (course.Route is not { } route)
        {
            return unknownRoute == UnknownGlucocorticoidRoute.AssumeSystemic
                ? (GlucocorticoidCourseUseKind.AssumedSystemic, Route.Oral)
                : (GlucocorticoidCourseUseKind.UnknownRouteExcluded, null);
        }

        return GlucocorticoidEquivalence.IsSystemic(route)
            ? (GlucocorticoidCourseUseKind.Counted, route)
            : (GlucocorticoidCourseUseKind.NonSystemicRoute, null);
    }

    // Joins neighbouring segments whose contributions are identical (same courses, same doses), in place.
    private static void Merge(List<GlucocorticoidExposureSegment> segments)
    {
        var kept = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (kept > 0 && SameContributions(segments[kept - 1].Contributions, segment.Contributions))
            {
                var previous = segments[kept - 1];
                segments[kept - 1] = previous with { To = segment.To, Days = previous.Days + segment.Days };
            }
            else
            {
                segments[kept++] = segment;
            }
        }

        segments.RemoveRange(kept, segments.Count - kept);
    }

    // Element-wise record equality, as SequenceEqual compares them, without an enumerator.
    private static bool SameContributions(ImmutableArray<GlucocorticoidContribution> x, ImmutableArray<GlucocorticoidContribution> y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!EqualityComparer<GlucocorticoidContribution>.Default.Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The input of <see cref="GlucocorticoidExposureInstrument"/> (<c>sle.glucocorticoid-exposure</c>).</summary>
public sealed record GlucocorticoidExposureInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> for the default (<c>sle.treat-to-target.default</c>).</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the first day of the range.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Gets the last day of the range (inclusive).</summary>
    public required DateOnly To { get; init; }

    /// <summary>Gets the glucocorticoid courses (class <c>glucocorticoid</c>).</summary>
    public ImmutableArray<TherapyCourse> Courses { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>The result of <see cref="GlucocorticoidExposureInstrument"/>.</summary>
public sealed record GlucocorticoidExposureResult
{
    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets the first day of the range.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Gets the last day of the range.</summary>
    public required DateOnly To { get; init; }

    /// <summary>Gets the number of days in the range.</summary>
    public required int Days { get; init; }

    /// <summary>Gets the step function: consecutive segments covering the range, each with a constant dose.</summary>
    public ImmutableArray<GlucocorticoidExposureSegment> Segments { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the cumulative prednisone-equivalent dose over the range, mg.</summary>
    public required decimal CumulativeMilligrams { get; init; }

    /// <summary>Gets the mean prednisone-equivalent dose over the range, mg/day (cumulative ÷ days).</summary>
    public required decimal MeanMilligramsPerDay { get; init; }

    /// <summary>Gets the days above each threshold (&gt; 5 and &gt; 7.5 mg/day by default).</summary>
    public ImmutableArray<GlucocorticoidDaysAbove> DaysAbove { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the EULAR 2023 maintenance target after the bridging period.</summary>
    public required GlucocorticoidMaintenanceTarget MaintenanceTarget { get; init; }

    /// <summary>Gets how each course was used.</summary>
    public ImmutableArray<GlucocorticoidCourseUse> Courses { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether some exposure in the range could not be counted (no equivalence, no regimen, mg/kg dose): the totals are lower bounds.</summary>
    public required bool Incomplete { get; init; }

    /// <summary>Gets remarks: assumptions made.</summary>
    public ImmutableArray<string> Notes { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>A run of days with a constant prednisone-equivalent dose.</summary>
public sealed record GlucocorticoidExposureSegment
{
    /// <summary>Gets the first day.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Gets the last day (inclusive).</summary>
    public required DateOnly To { get; init; }

    /// <summary>Gets the number of days.</summary>
    public required int Days { get; init; }

    /// <summary>Gets the prednisone-equivalent dose, mg/day.</summary>
    public required decimal PrednisoneEquivalentMilligramsPerDay { get; init; }

    /// <summary>Gets each counted course's share.</summary>
    public ImmutableArray<GlucocorticoidContribution> Contributions { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>One course's prednisone-equivalent daily dose within a segment.</summary>
public sealed record GlucocorticoidContribution
{
    /// <summary>Gets the course's index in the input.</summary>
    public required int Course { get; init; }

    /// <summary>Gets the prednisone-equivalent dose, mg/day.</summary>
    public required decimal MilligramsPerDay { get; init; }
}

/// <summary>The number of days above a prednisone-equivalent threshold.</summary>
public sealed record GlucocorticoidDaysAbove
{
    /// <summary>Gets the threshold's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the threshold in words, with its source.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the comparison (&gt;).</summary>
    public required ComparisonOperator Operator { get; init; }

    /// <summary>Gets the threshold, mg/day.</summary>
    public required decimal ThresholdMilligramsPerDay { get; init; }

    /// <summary>Gets the number of days whose dose satisfies the comparison.</summary>
    public required int Days { get; init; }
}

/// <summary>The EULAR 2023 maintenance target (≤ 5 mg/day) applied after each episode's bridging period.</summary>
public sealed record GlucocorticoidMaintenanceTarget
{
    /// <summary>Gets the target, mg/day (met when the dose is at or below it).</summary>
    public required decimal ThresholdMilligramsPerDay { get; init; }

    /// <summary>Gets the bridging period applied, months (the library's operationalisation).</summary>
    public required int BridgingPeriodMonths { get; init; }

    /// <summary>Gets the glucocorticoid episodes that started on or before the end of the range.</summary>
    public ImmutableArray<GlucocorticoidEpisode> Episodes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the days in the range above the target on or after their episode's bridging end.</summary>
    public required int DaysAboveAfterBridging { get; init; }

    /// <summary>Gets the dose on the last day of the range, mg/day.</summary>
    public required decimal LastDayMilligramsPerDay { get; init; }

    /// <summary>Gets whether the last day of the range is beyond the bridging period with a dose above the target.</summary>
    public required bool MissedOnLastDay { get; init; }
}

/// <summary>A run of consecutive days with glucocorticoid exposure, and the end of its bridging period.</summary>
public sealed record GlucocorticoidEpisode
{
    /// <summary>Gets the first day of the episode.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Gets the first day after the bridging period (start plus the bridging months).</summary>
    public required DateOnly BridgingEnds { get; init; }
}

/// <summary>How one glucocorticoid course was used.</summary>
public sealed record GlucocorticoidCourseUse
{
    /// <summary>Gets the course's index in the input.</summary>
    public required int Index { get; init; }

    /// <summary>Gets the therapy.</summary>
    public required TherapyId Therapy { get; init; }

    /// <summary>Gets the recorded route.</summary>
    /// <value><see langword="null"/> when not recorded.</value>
    public Route? Route { get; init; }

    /// <summary>Gets how the course was used.</summary>
    public required GlucocorticoidCourseUseKind Use { get; init; }

    /// <summary>Gets whether the course overlaps the range.</summary>
    public required bool OverlapsRange { get; init; }

    /// <summary>Gets the days in the range on which the counted course had no usable regimen (none recorded, or mg/kg).</summary>
    public int DaysWithoutUsableDose { get; init; }
}

/// <summary>Whether a glucocorticoid course counted toward prednisone-equivalent exposure, and why.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<GlucocorticoidCourseUseKind>))]
public enum GlucocorticoidCourseUseKind
{
    /// <summary>Counted: a systemic route (oral, intravenous, intramuscular).</summary>
    [JsonStringEnumMemberName("counted")]
    Counted = 1,

    /// <summary>Counted under the assumption that an unrecorded route was systemic.</summary>
    [JsonStringEnumMemberName("assumed-systemic")]
    AssumedSystemic = 2,

    /// <summary>Not counted: a topical, inhaled, ophthalmic, intra-articular or other non-systemic route.</summary>
    [JsonStringEnumMemberName("non-systemic-route")]
    NonSystemicRoute = 3,

    /// <summary>Not counted: the route was not recorded and the definition set excludes such courses.</summary>
    [JsonStringEnumMemberName("unknown-route-excluded")]
    UnknownRouteExcluded = 4,

    /// <summary>Not counted: the substance has no prednisone equivalence; the result is incomplete.</summary>
    [JsonStringEnumMemberName("no-equivalence")]
    NoEquivalence = 5,
}
