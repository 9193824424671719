using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// A patient's systemic glucocorticoid exposure up to the evaluation date, in prednisone-equivalent mg/day, computed once
/// per evaluation with <see cref="GlucocorticoidExposureInstrument"/> and shared by the lupus evaluators that need the
/// dose in force on a visit date. Equivalence: prednisone 5 mg = prednisolone 5 mg = methylprednisolone 4 mg =
/// hydrocortisone 20 mg = dexamethasone 0.75 mg (<see cref="GlucocorticoidEquivalence"/>, clinical reference section
/// 10.4); bridging period and unrecorded routes follow the selected <see cref="TreatToTargetDefinitions"/> (EULAR 2023
/// maintenance target ≤ 5 mg/day: Fanouriakis A, et al. Ann Rheum Dis 2024;83(1):15-29, doi:10.1136/ard-2023-224762).
/// </summary>
/// <remarks>
/// Courses are the profile's therapy courses of class <c>glucocorticoid</c> that started on or before the evaluation
/// date; a course the exposure instrument would reject (a dose change outside the course, a regimen out of range) is left
/// out and reported as a warning. Immutable once built, but for a per-date memo of <see cref="MissingDoseOn(DateOnly)"/>
/// (the timeline lives in one patient's evaluation context, which one thread uses).
/// </remarks>
internal sealed class GcTimeline
{
    private static readonly EvaluationPropertyKey<GcTimeline> Key = new("sle.glucocorticoid-timeline");

    // The answers of MissingDoseOn by date, created on first use; never used when no dose can be missing.
    private Dictionary<DateOnly, ImmutableArray<(GcCourse Course, string Reason)>>? _missingByDay;

    private GcTimeline(TreatToTargetDefinitions definitions, ImmutableArray<GcCourse> courses, GlucocorticoidExposureResult? exposure, ImmutableArray<EvaluationDiagnostic> skipped)
    {
        Definitions = definitions;
        Courses = courses;
        Exposure = exposure;
        Skipped = skipped;
        NoMissingDose = true;
        foreach (var course in courses)
        {
            NoMissingDose &= !course.IsSystemic || (course.Use != GlucocorticoidCourseUseKind.NoEquivalence && AlwaysCountable(course));
        }
    }

    // Whether every systemic course's dose counts on every day it runs, so that MissingDoseOn is empty on any day:
    // checked once per patient on each regimen a course can be in (its starting regimen and each dose change).
    private bool NoMissingDose { get; }

    /// <summary>Gets the treat-to-target definitions applied (the pipeline's selection, else the default set).</summary>
    public TreatToTargetDefinitions Definitions { get; }

    /// <summary>Gets every glucocorticoid course considered, with how it counts.</summary>
    public ImmutableArray<GcCourse> Courses { get; }

    /// <summary>Gets the exposure from the first course's start to the evaluation date; <see langword="null"/> without courses.</summary>
    public GlucocorticoidExposureResult? Exposure { get; }

    /// <summary>Gets warnings for courses left out because the exposure instrument cannot read them.</summary>
    public ImmutableArray<EvaluationDiagnostic> Skipped { get; }

    /// <summary>Gets the courses that are systemic glucocorticoid exposure (counted, assumed systemic, or systemic without an equivalence).</summary>
    public IEnumerable<GcCourse> Systemic => Courses.Where(c => c.IsSystemic);

    /// <summary>Gets the first systemic course (see <see cref="Systemic"/>), or <see langword="null"/> when there is none.</summary>
    public GcCourse? FirstSystemic
    {
        get
        {
            foreach (var course in Courses)
            {
                if (course.IsSystemic)
                {
                    return course;
                }
            }

            return null;
        }
    }

    /// <summary>Gets whether any systemic course has a dose the instrument could convert on at least one day.</summary>
    public bool HasUsableDose
    {
        get
        {
            if (Exposure is null)
            {
                return false;
            }

            foreach (var segment in Exposure.Segments)
            {
                if (segment.PrednisoneEquivalentMilligramsPerDay > 0m)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Adds the JSON paths of the systemic courses (see <see cref="Systemic"/>), in order.</summary>
    /// <param name="paths">Receives the paths.</param>
    public void AddSystemicPaths(ImmutableArray<string>.Builder paths)
    {
        foreach (var course in Courses)
        {
            if (course.IsSystemic)
            {
                paths.Add(course.Path);
            }
        }
    }

    /// <summary>Gets the number of systemic courses (see <see cref="Systemic"/>).</summary>
    public int SystemicCount
    {
        get
        {
            var count = 0;
            foreach (var course in Courses)
            {
                count += course.IsSystemic ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Returns the timeline of the context's patient, computing it on first use.</summary>
    /// <param name="context">The evaluation context.</param>
    /// <returns>The timeline.</returns>
    public static GcTimeline Of(EvaluationContext context) => context.GetOrAdd(Key, Build);

    /// <summary>Returns the prednisone-equivalent mg/day counted on <paramref name="day"/> (0 outside every segment).</summary>
    /// <param name="day">The day.</param>
    /// <returns>The dose; a lower bound when <see cref="MissingDoseOn(DateOnly)"/> is not empty.</returns>
    public decimal DoseOn(DateOnly day)
    {
        if (Exposure is null)
        {
            return 0m;
        }

        foreach (var segment in Exposure.Segments)
        {
            if (segment.From <= day && day <= segment.To)
            {
                return segment.PrednisoneEquivalentMilligramsPerDay;
            }
        }

        return 0m;
    }

    /// <summary>Returns the glucocorticoid episode in progress or last begun on <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The latest episode that started on or before the day, or <see langword="null"/>.</returns>
    public GlucocorticoidEpisode? LatestEpisodeOn(DateOnly day)
    {
        GlucocorticoidEpisode? latest = null;
        if (Exposure is null)
        {
            return null;
        }

        foreach (var episode in Exposure.MaintenanceTarget.Episodes)
        {
            if (episode.Start <= day && (latest is null || episode.Start >= latest.Start))
            {
                latest = episode;
            }
        }

        return latest;
    }

    /// <summary>Returns the systemic courses running on <paramref name="day"/> whose dose could not be counted that day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The courses, with the reason.</returns>
    public ImmutableArray<(GcCourse Course, string Reason)> MissingDoseOn(DateOnly day)
    {
        if (NoMissingDose)
        {
            return [];
        }

        // Several rules ask for the same visit dates; the answer is kept per date (an evaluation runs on one thread).
        _missingByDay ??= [];
        if (_missingByDay.TryGetValue(day, out var known))
        {
            return known;
        }

        var found = FindMissingDoseOn(day);
        _missingByDay[day] = found;
        return found;
    }

    private ImmutableArray<(GcCourse Course, string Reason)> FindMissingDoseOn(DateOnly day)
    {
        ImmutableArray<(GcCourse, string)>.Builder? missing = null;
        foreach (var course in Courses)
        {
            if (!course.IsSystemic || !course.Course.IsActiveOn(day))
            {
                continue;
            }

            if (course.Use == GlucocorticoidCourseUseKind.NoEquivalence)
            {
                (missing ??= ImmutableArray.CreateBuilder<(GcCourse, string)>()).Add((course, "no prednisone equivalence"));
                continue;
            }

            var regimen = course.Course.RegimenOn(day);
            if (!Countable(course, regimen))
            {
                (missing ??= ImmutableArray.CreateBuilder<(GcCourse, string)>()).Add((course, regimen is null ? "no dose recorded" : "dose not convertible (mg/kg or out of range)"));
            }
        }

        return missing is null ? [] : missing.ToImmutable();
    }

    // Whether a systemic course's dose counts under a regimen (a missing regimen does not).
    private static bool Countable(GcCourse course, DoseRegimen? regimen) =>
        regimen is not null && !regimen.Dose.IsWeightBased && CourseChecks.ValidRegimen(regimen)
        && GlucocorticoidEquivalence.TryToPrednisoneEquivalent(course.Course.Therapy, regimen.AverageDailyDose(), course.CountedRoute ?? Route.Oral, out _, out _);

    // Whether the course's dose counts under every regimen RegimenOn can return for it: its starting regimen and the
    // regimen of each dose change.
    private static bool AlwaysCountable(GcCourse course)
    {
        if (!Countable(course, course.Course.Regimen))
        {
            return false;
        }

        foreach (var change in course.Course.DoseChanges)
        {
            if (change is null || !Countable(course, change.Regimen))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the systemic courses running on <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The courses.</returns>
    public IEnumerable<GcCourse> SystemicOn(DateOnly day) => Courses.Where(c => c.IsSystemic && c.Course.IsActiveOn(day));

    /// <summary>Returns whether a systemic course runs on <paramref name="day"/> (<see cref="SystemicOn(DateOnly)"/> is not empty).</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether one does.</returns>
    public bool AnySystemicOn(DateOnly day)
    {
        foreach (var course in Courses)
        {
            if (course.IsSystemic && course.Course.IsActiveOn(day))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns what was assumed or left out, in words, for the courses running at some time up to <paramref name="until"/>; empty when nothing was.</summary>
    /// <param name="from">The first day of interest.</param>
    /// <param name="until">The last day of interest.</param>
    /// <returns>One sentence per assumption.</returns>
    public ImmutableArray<string> Assumptions(DateOnly from, DateOnly until)
    {
        ImmutableArray<string>.Builder? notes = null;
        foreach (var course in Courses)
        {
            if (course.Use is GlucocorticoidCourseUseKind.Counted || course.Course.Start > until || (course.Course.End is { } end && end < from))
            {
                continue;
            }

            notes ??= ImmutableArray.CreateBuilder<string>();

            var name = Describe(course);
            switch (course.Use)
            {
                case GlucocorticoidCourseUseKind.AssumedSystemic:
                    notes.Add($"{name} has no recorded route and was counted as systemic");
                    break;
                case GlucocorticoidCourseUseKind.UnknownRouteExcluded:
                    notes.Add($"{name} has no recorded route and was left out, as the definition set asks");
                    break;
                case GlucocorticoidCourseUseKind.NonSystemicRoute:
                    notes.Add($"{name} is not systemic ({course.Course.Route}) and was not counted");
                    break;
                case GlucocorticoidCourseUseKind.NoEquivalence:
                    notes.Add($"{name} has no prednisone equivalence and was not counted");
                    break;
                default:
                    break;
            }
        }

        return notes is null ? [] : notes.ToImmutable();
    }

    /// <summary>Describes a course for a summary, for example <c>prednisone (from 2022-06-01)</c>.</summary>
    /// <param name="course">The course.</param>
    /// <returns>The description.</returns>
    public static string Describe(GcCourse course) =>
        string.Create(CultureInfo.InvariantCulture, $"{course.Course.Therapy} (from {course.Course.Start:O})");

    private static GcTimeline Build(EvaluationContext context)
    {
        var definitions = context.Definitions.TryGet<TreatToTargetDefinitions>(out var selected) ? selected : TreatToTargetDefinitions.Default;
        var patient = context.Patient;
        ImmutableArray<EvaluationDiagnostic>.Builder? skipped = null;
        List<EvaluationDiagnostic>? problems = null;
        var taken = new List<(TherapyCourse Course, string Path)>();
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            var course = patient.Therapies[i];
            if (course is null || course.Class != TherapyClass.Glucocorticoid || course.Start > context.AsOf)
            {
                continue;
            }

            var path = ProfilePaths.Therapy(i);
            problems?.Clear();
            problems ??= [];
            CourseChecks.Validate(course, path, problems);
            if (context.AsOf.DayNumber - course.Start.DayNumber + 1 > GlucocorticoidExposureInstrument.MaxRangeDays)
            {
                problems.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.RangeTooLong, "the course starts more than 200 years before the evaluation date", path + ".start", value: DiagnosticValues.WithReference(course.Start, "evaluation date", context.AsOf)));
            }

            if (problems.Count > 0)
            {
                skipped ??= ImmutableArray.CreateBuilder<EvaluationDiagnostic>();
                foreach (var problem in problems)
                {
                    skipped.Add(problem with { Severity = DiagnosticSeverity.Warning, Message = "glucocorticoid course left out of the exposure: " + problem.Message });
                }

                continue;
            }

            taken.Add((course, path));
        }

        var warnings = skipped is null ? [] : skipped.ToImmutable();
        if (taken.Count == 0)
        {
            return new GcTimeline(definitions, [], null, warnings);
        }

        var from = taken[0].Course.Start;
        var inputCourses = ImmutableArray.CreateBuilder<TherapyCourse>(taken.Count);
        foreach (var (course, _) in taken)
        {
            from = course.Start < from ? course.Start : from;
            inputCourses.Add(course);
        }

        // The courses were checked above as the instrument checks them (a valid course, of class glucocorticoid,
        // starting within 200 years of the evaluation date, so the range from the first start is valid too): the
        // instrument is applied without checking them again.
        var input = new GlucocorticoidExposureInput
        {
            From = from,
            To = context.AsOf,
            Courses = inputCourses.MoveToImmutable(),
        };
        var exposure = GlucocorticoidExposureInstrument.ComputeValid(input, definitions);
        var courses = ImmutableArray.CreateBuilder<GcCourse>(taken.Count);
        for (var i = 0; i < taken.Count; i++)
        {
            var (course, path) = taken[i];
            var use = exposure.Courses[i].Use;
            Route? counted = use switch
            {
                GlucocorticoidCourseUseKind.Counted => course.Route,
                GlucocorticoidCourseUseKind.AssumedSystemic => Route.Oral,
                _ => null,
            };
            var systemic = counted is not null
                || (use == GlucocorticoidCourseUseKind.NoEquivalence
                    && (course.Route is { } route ? GlucocorticoidEquivalence.IsSystemic(route) : definitions.UnknownRoute == UnknownGlucocorticoidRoute.AssumeSystemic));
            courses.Add(new GcCourse(course, path, use, counted, systemic));
        }

        return new GcTimeline(definitions, courses.MoveToImmutable(), exposure, warnings);
    }
}

/// <summary>One glucocorticoid course of the profile as the <see cref="GcTimeline"/> reads it.</summary>
/// <param name="Course">The course.</param>
/// <param name="Path">Its JSON path in the profile, <c>$.therapies[i]</c>.</param>
/// <param name="Use">How the exposure instrument used it.</param>
/// <param name="CountedRoute">The route it was counted under (oral when assumed systemic); <see langword="null"/> when not counted.</param>
/// <param name="IsSystemic">Whether it is systemic exposure, counted or not (a systemic course without an equivalence is systemic but not counted).</param>
internal sealed record GcCourse(TherapyCourse Course, string Path, GlucocorticoidCourseUseKind Use, Route? CountedRoute, bool IsSystemic);
