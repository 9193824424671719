using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// One SLEDAI-2K visit as the refractory and glucocorticoid evaluators read it: its date, total, JSON path, and its
/// descriptors when scored item by item (SLEDAI-2K weights: Gladman DD, Ibañez D, Urowitz MB. J Rheumatol
/// 2002;29(2):288-91, PMID 11838846).
/// </summary>
/// <param name="On">The visit date.</param>
/// <param name="Total">The SLEDAI-2K total, 0 to 105.</param>
/// <param name="Path">The JSON path of the assessment in the profile, <c>$.assessments[i]</c>.</param>
/// <param name="Items">The item-level visit; <see langword="null"/> when only a total was recorded (<see cref="RecordedScore"/>).</param>
internal sealed record RefractoryVisit(DateOnly On, int Total, string Path, Sledai2kVisit? Items);

/// <summary>
/// Reads the SLEDAI-2K visits and the therapies in force on a date from a profile, for the lupus evaluators of the
/// refractory definitions and glucocorticoid targets.
/// </summary>
/// <remarks>
/// Item-level visits are checked and totalled once per evaluation by <see cref="ActivityHistory"/>
/// (Gladman 2002); a <see cref="RecordedScore"/> of <c>sle.sledai-2k</c> with a whole total from 0 to 105 is used as a
/// total without items. One visit per date: an item-level visit wins over a recorded total, and the later entry on the
/// profile wins otherwise. Visits after the evaluation date are ignored.
/// </remarks>
internal static class RefractoryVisits
{
    private static readonly EvaluationPropertyKey<(ImmutableArray<RefractoryVisit> Visits, ImmutableArray<EvaluationDiagnostic> Skipped)> Key = new("sle.sledai-2k-visits");
    private static readonly EvaluationPropertyKey<ImmutableArray<TherapyRoles>> RolesKey = new("sle.therapy-roles");

    /// <summary>Returns the SLEDAI-2K visits of the context's patient up to the evaluation date, computed once per evaluation (totals do not depend on the activity definitions; their HDAS threshold is applied by the rules).</summary>
    /// <param name="context">The evaluation context.</param>
    /// <returns>The visits, and a warning for each item-level visit that cannot be scored.</returns>
    public static (ImmutableArray<RefractoryVisit> Visits, ImmutableArray<EvaluationDiagnostic> Skipped) Of(EvaluationContext context) =>
        context.GetOrAdd(Key, c =>
        {
            var skipped = new List<EvaluationDiagnostic>();
            var visits = Sledai(c.Patient, c.AsOf, ActivityHistory.Of(c), skipped);
            return (visits, [.. skipped]);
        });

    /// <summary>Returns the selected <see cref="ActivityDefinitions"/>, else <see cref="ActivityDefinitions.Default"/>.</summary>
    /// <param name="context">The evaluation context.</param>
    /// <returns>The definitions.</returns>
    public static ActivityDefinitions Activity(EvaluationContext context) =>
        context.Definitions.TryGet<ActivityDefinitions>(out var selected) ? selected : ActivityDefinitions.Default;

    /// <summary>Returns the SLEDAI-2K visits on or before <paramref name="asOf"/>, one per date, ordered by date.</summary>
    /// <param name="patient">The profile.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="history">The profile's item-level visits, scored (<see cref="ActivityHistory"/>).</param>
    /// <param name="skipped">Receives a warning for each item-level visit that cannot be scored.</param>
    /// <returns>The visits.</returns>
    public static ImmutableArray<RefractoryVisit> Sledai(PatientProfile patient, DateOnly asOf, ImmutableArray<ActivityVisit> history, List<EvaluationDiagnostic>? skipped)
    {
        // At most one visit per usable entry: the builder is sized for that, and is full (no copy) when every usable
        // entry has a date of its own, as is usual.
        var capacity = 0;
        for (var i = 0; i < patient.Assessments.Length; i++)
        {
            capacity += IsUsableTotal(patient.Assessments[i], asOf) ? 1 : 0;
        }

        foreach (var entry in history)
        {
            capacity += entry.Visit.On <= asOf && entry.Total is not null ? 1 : 0;
        }

        // Kept in date order, one per date: recorded totals first, the later on the profile winning; then item-level
        // visits (ordered by date, then position on the profile), each replacing whatever its date holds.
        var visits = ImmutableArray.CreateBuilder<RefractoryVisit>(capacity);
        for (var i = 0; i < patient.Assessments.Length; i++)
        {
            if (IsUsableTotal(patient.Assessments[i], asOf))
            {
                var recorded = (RecordedScore)patient.Assessments[i];
                Put(visits, new RefractoryVisit(recorded.On, (int)recorded.Score, ProfilePaths.Assessment(i), null));
            }
        }

        foreach (var entry in history)
        {
            if (entry.Visit.On > asOf)
            {
                continue;
            }

            if (entry.Total is not { } total)
            {
                foreach (var diagnostic in entry.Diagnostics)
                {
                    skipped?.Add(diagnostic with { Severity = DiagnosticSeverity.Warning, Message = "SLEDAI-2K visit not used: " + diagnostic.Message });
                }

                continue;
            }

            Put(visits, new RefractoryVisit(entry.Visit.On, total, entry.Path, entry.Visit));
        }

        return visits.Count == visits.Capacity ? visits.MoveToImmutable() : visits.ToImmutable();
    }

    // A recorded SLEDAI-2K total usable as a visit: of sle.sledai-2k, on or before the evaluation date, a whole number
    // from 0 to 105.
    private static bool IsUsableTotal(InstrumentAssessment? assessment, DateOnly asOf) =>
        assessment is RecordedScore recorded && recorded.Instrument == LupusIds.Sledai2k && recorded.On <= asOf
        && recorded.Score == decimal.Truncate(recorded.Score) && recorded.Score is >= Sledai2kScore.MinValue and <= Sledai2kScore.MaxValue;

    // Puts a visit at its date: after the last when later (the usual case), else by binary search. An existing visit
    // of that date is replaced unless it is item-level and the new one is a recorded total.
    private static void Put(ImmutableArray<RefractoryVisit>.Builder visits, RefractoryVisit visit)
    {
        if (visits.Count == 0 || visits[^1].On < visit.On)
        {
            visits.Add(visit);
            return;
        }

        var (low, high) = (0, visits.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var on = visits[middle].On;
            if (on == visit.On)
            {
                if (visit.Items is not null || visits[middle].Items is null)
                {
                    visits[middle] = visit;
                }

                return;
            }

            (low, high) = on < visit.On ? (middle + 1, high) : (low, middle - 1);
        }

        visits.Insert(low, visit);
    }

    /// <summary>
    /// Returns what each therapy course of the context's patient is, by the catalog, in profile order: looked up once per
    /// evaluation, because the refractory and glucocorticoid rules ask at every visit.
    /// </summary>
    /// <param name="context">The evaluation context.</param>
    /// <returns>One <see cref="TherapyRoles"/> per entry of <see cref="PatientProfile.Therapies"/>.</returns>
    public static ImmutableArray<TherapyRoles> Roles(EvaluationContext context) => context.GetOrAdd(RolesKey, static c =>
    {
        var therapies = c.Patient.Therapies;
        var roles = ImmutableArray.CreateBuilder<TherapyRoles>(therapies.Length);
        foreach (var course in therapies)
        {
            var role = TherapyRoles.None;
            if (course is not null && c.Therapies.TryGet(course.Therapy, out var definition))
            {
                role |= TherapyRoles.Catalogued;
                role |= definition.IsConventionalImmunosuppressant || definition.IsBiologic ? TherapyRoles.Immunosuppressant : TherapyRoles.None;
                role |= definition.Class == TherapyClass.Antimalarial ? TherapyRoles.Antimalarial : TherapyRoles.None;
                role |= definition.Class == TherapyClass.CellularTherapy ? TherapyRoles.CellularTherapy : TherapyRoles.None;
            }

            roles.Add(role);
        }

        return roles.MoveToImmutable();
    });

    /// <summary>Returns the courses running on <paramref name="day"/> that have any of <paramref name="roles"/>, with their JSON paths.</summary>
    /// <param name="context">The evaluation context.</param>
    /// <param name="day">The day.</param>
    /// <param name="roles">The roles to keep; <see cref="TherapyRoles.None"/> keeps every course.</param>
    /// <returns>The courses, in profile order.</returns>
    public static ImmutableArray<(TherapyCourse Course, string Path)> ActiveOn(EvaluationContext context, DateOnly day, TherapyRoles roles)
    {
        var patient = context.Patient;
        var known = Roles(context);
        ImmutableArray<(TherapyCourse, string)>.Builder? found = null;
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            var course = patient.Therapies[i];
            if (course is not null && (roles == TherapyRoles.None || (known[i] & roles) != 0) && course.IsActiveOn(day))
            {
                found ??= ImmutableArray.CreateBuilder<(TherapyCourse, string)>();
                found.Add((course, ProfilePaths.Therapy(i)));
            }
        }

        return found is null ? [] : found.ToImmutable();
    }

    /// <summary>Names the distinct therapies of some courses, in order, for a summary (for example <c>mycophenolate-mofetil, hydroxychloroquine</c>).</summary>
    /// <param name="courses">The courses.</param>
    /// <returns>The names, or <c>none</c>.</returns>
    public static string Names(IEnumerable<(TherapyCourse Course, string Path)> courses)
    {
        List<string>? names = null;
        foreach (var (course, _) in courses)
        {
            if (!(names ??= []).Contains(course.Therapy.Value))
            {
                names.Add(course.Therapy.Value);
            }
        }

        return names is null ? "none" : string.Join(", ", names);
    }
}

/// <summary>What a therapy course is by the pipeline's therapy catalog, for <see cref="RefractoryVisits.ActiveOn(EvaluationContext, DateOnly, TherapyRoles)"/>.</summary>
[Flags]
internal enum TherapyRoles
{
    /// <summary>Not in the catalog (or no role asked for).</summary>
    None = 0,

    /// <summary>In the catalog.</summary>
    Catalogued = 1,

    /// <summary>A conventional immunosuppressant or a biologic of the catalog: an "immunosuppressant" of the severe refractory pilot definition (antimalarials are neither).</summary>
    Immunosuppressant = 2,

    /// <summary>An antimalarial.</summary>
    Antimalarial = 4,

    /// <summary>A cellular therapy.</summary>
    CellularTherapy = 8,

    /// <summary>Background (disease-modifying) therapy: an antimalarial, a conventional immunosuppressant or a biologic.</summary>
    Background = Immunosuppressant | Antimalarial,
}

/// <summary>The publications behind the refractory definitions that the module's shared citation lists do not hold yet.</summary>
internal static class RefractoryCitations
{
    /// <summary>
    /// Kandane-Rathnayake R, Louthrenoo W, Lau CS, et al. (Asia-Pacific Lupus Collaboration; last author Morand E).
    /// Prevalence and outcomes of a pilot definition of severe refractory systemic lupus erythematosus: observations from a
    /// multinational Asia-Pacific cohort. Arthritis Res Ther 2025, doi:10.1186/s13075-025-03622-8 (PMID 40702560). The
    /// pilot definition: SLEDAI-2K ≥ 10 despite at least glucocorticoids and immunosuppressants at both the index and the
    /// preceding visit.
    /// </summary>
    internal static Citation KandaneRathnayakeSevereRefractory2025 { get; } = new(
        "Kandane-Rathnayake R, Louthrenoo W, Lau CS, et al., for the Asia-Pacific Lupus Collaboration",
        2025,
        "Prevalence and outcomes of a pilot definition of severe refractory systemic lupus erythematosus: observations from a multinational Asia-Pacific cohort",
        "Arthritis Res Ther 2025 (PMID 40702560)",
        doi: "10.1186/s13075-025-03622-8");
}
