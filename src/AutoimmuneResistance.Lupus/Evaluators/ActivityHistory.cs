using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The patient's SLEDAI-2K visits with their totals, checked and summed once per evaluation and shared by every lupus
/// evaluator that reads activity (weights: Gladman DD, Ibañez D, Urowitz MB. J Rheumatol 2002;29(2):288-91).
/// </summary>
/// <remarks>
/// The evaluators need a visit's total, not the instrument's 24-item breakdown, so the visit is checked exactly as
/// <see cref="Sledai2kInstrument"/> checks it and its present descriptors' weights are summed: the same total as
/// <see cref="Sledai2kHistory.FromProfile(PatientProfile, ActivityDefinitions?)"/>, without building the item-level
/// result for every visit of every patient. Ordered by date, then by position on the profile.
/// </remarks>
internal static class ActivityHistory
{
    private static readonly EvaluationPropertyKey<ImmutableArray<ActivityVisit>> Key = new("sle.sledai-2k-history");

    /// <summary>Returns every SLEDAI-2K visit of the context's patient (all dates), ordered by date.</summary>
    /// <param name="context">The evaluation context.</param>
    /// <returns>The visits, computed on first use.</returns>
    public static ImmutableArray<ActivityVisit> Of(EvaluationContext context) => context.GetOrAdd(Key, static c => Read(c.Patient, RefractoryVisits.Activity(c)));

    /// <summary>
    /// Returns the latest visit that could be scored on or before the evaluation date (the later on the profile on a tie),
    /// or <see langword="null"/>. A visit that cannot be scored is passed over; the refractory definitions evaluator
    /// reports it.
    /// </summary>
    /// <param name="context">The evaluation context.</param>
    /// <returns>The visit, with its total.</returns>
    public static ActivityVisit? LatestScored(EvaluationContext context)
    {
        ActivityVisit? latest = null;
        foreach (var entry in Of(context))
        {
            if (entry.Total is not null && entry.Visit.On <= context.AsOf)
            {
                latest = entry;
            }
        }

        return latest;
    }

    /// <summary>Checks and totals every SLEDAI-2K visit of <paramref name="patient"/>, ordered by date, then by position on the profile.</summary>
    /// <param name="patient">The profile.</param>
    /// <param name="definitions">The window for visits that state none, and what an unreported descriptor means; <see cref="ActivityDefinitions.Default"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The visits; an invalid one has no total and carries its errors, and so does one whose total is unknown because
    /// descriptors were not reported (<see cref="Sledai2kUnreportedItems.Unknown"/>, warning
    /// <see cref="Sledai2kDiagnosticCodes.TotalUnknown"/>).
    /// </returns>
    public static ImmutableArray<ActivityVisit> Read(PatientProfile patient, ActivityDefinitions? definitions = null)
    {
        definitions ??= ActivityDefinitions.Default;
        var count = 0;
        foreach (var assessment in patient.Assessments)
        {
            count += assessment is Sledai2kVisit ? 1 : 0;
        }

        var visits = ImmutableArray.CreateBuilder<ActivityVisit>(count);
        List<EvaluationDiagnostic>? diagnostics = null;
        for (var i = 0; i < patient.Assessments.Length; i++)
        {
            if (patient.Assessments[i] is not Sledai2kVisit visit)
            {
                continue;
            }

            diagnostics?.Clear();
            diagnostics ??= [];
            Sledai2kInstrument.ValidateVisit(visit, ProfilePaths.Assessment(i), diagnostics);
            var valid = !diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);
            var resolution = valid ? Sledai2kResolution.Of(visit, definitions) : null;
            if (resolution is { Unknown: true })
            {
                var missing = resolution.NotReportedDescriptors();
                diagnostics.Add(EvaluationDiagnostic.Warning(
                    Sledai2kDiagnosticCodes.TotalUnknown,
                    $"the SLEDAI-2K total is unknown: {missing.Length} descriptor(s) not reported ({string.Join(", ", missing.Select(ActivityJson.Name))}); report each in present, otherCause or absent, or give an observation in the window",
                    ProfilePaths.Assessment(i)));
                resolution = null;
            }

            visits.Add(new ActivityVisit(
                i,
                resolution is null ? visit : resolution.ScoredVisit(visit),
                resolution?.Total(),
                diagnostics.Count == 0 ? [] : [.. diagnostics],
                visit));
        }

        // By date, then by position on the profile (a total order, so the sort needs no stability).
        visits.Sort(static (x, y) => x.Visit.On != y.Visit.On ? x.Visit.On.CompareTo(y.Visit.On) : x.AssessmentIndex.CompareTo(y.AssessmentIndex));
        return visits.MoveToImmutable();
    }
}

/// <summary>One SLEDAI-2K visit of the profile as <see cref="ActivityHistory"/> read it.</summary>
/// <param name="AssessmentIndex">The visit's index in <see cref="PatientProfile.Assessments"/>.</param>
/// <param name="Visit">The visit as scored: <c>present</c> holds the descriptors that score (entered or derived, in the window), <c>otherCause</c> those due to another cause.</param>
/// <param name="Total">The SLEDAI-2K total, 0 to 105; <see langword="null"/> when the visit is invalid or its total unknown (see <paramref name="Diagnostics"/>).</param>
/// <param name="Diagnostics">The visit's diagnostics, with paths into the profile; empty when it is valid.</param>
/// <param name="Original">The visit as recorded on the profile.</param>
internal sealed record ActivityVisit(int AssessmentIndex, Sledai2kVisit Visit, int? Total, ImmutableArray<EvaluationDiagnostic> Diagnostics, Sledai2kVisit Original)
{
    /// <summary>Gets the JSON path of the visit in the profile, <c>$.assessments[i]</c>.</summary>
    public string Path => ProfilePaths.Assessment(AssessmentIndex);
}
