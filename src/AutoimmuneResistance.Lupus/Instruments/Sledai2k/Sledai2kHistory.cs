using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Picks the SLEDAI-2K visits (<see cref="Sledai2kVisit"/>) from a profile and scores each with
/// <see cref="Sledai2kInstrument"/>, ordered by date: the raw material of activity trajectories.
/// </summary>
/// <remarks>
/// Scoring follows Gladman DD, Ibañez D, Urowitz MB. J Rheumatol 2002;29(2):288-91 (PMID 11838846), with the window
/// and High Disease Activity Status threshold of the <see cref="ActivityDefinitions"/> passed in. Totals recorded
/// without items (<see cref="RecordedScore"/>) are not included.
/// </remarks>
public static class Sledai2kHistory
{
    private static readonly Sledai2kInstrument Default = new();

    /// <summary>Returns every SLEDAI-2K visit of <paramref name="profile"/> with its result, ordered by date (then by position on the profile).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="definitions">The definitions to score with; <see cref="ActivityDefinitions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One entry per visit; an invalid visit has no result and carries its errors, with paths under <c>$.assessments[i]</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<Sledai2kHistoryEntry> FromProfile(PatientProfile profile, ActivityDefinitions? definitions = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var applied = definitions ?? ActivityDefinitions.Default;
        if (definitions is not null && !ReferenceEquals(definitions, ActivityDefinitions.Default) && !ReferenceEquals(definitions, ActivityDefinitions.Window30))
        {
            // Same check as the instrument's constructor, so that an invalid set is refused here too.
            _ = new Sledai2kInstrument(definitions);
        }

        // The same checked, ordered pass the evaluators use; each valid visit is then scored item by item.
        var visits = ActivityHistory.Read(profile, applied);
        var entries = new Sledai2kHistoryEntry[visits.Length];
        for (var i = 0; i < visits.Length; i++)
        {
            var visit = visits[i];
            entries[i] = new Sledai2kHistoryEntry
            {
                AssessmentIndex = visit.AssessmentIndex,
                Visit = visit.Original,
                Result = visit.Total is null && !IsUnknown(visit) ? null : Sledai2kInstrument.Compute(visit.Original, applied),
                Diagnostics = visit.Diagnostics,
            };
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(entries);
    }

    // A valid visit whose total is unknown still has a result (with Unknown set and the descriptors not reported).
    private static bool IsUnknown(ActivityVisit visit) =>
        visit.Diagnostics.Length > 0 && visit.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error) && visit.Diagnostics.Any(d => d.Code == Sledai2kDiagnosticCodes.TotalUnknown);
}

/// <summary>One SLEDAI-2K visit of a profile with its result (see <see cref="Sledai2kHistory"/>).</summary>
public sealed record Sledai2kHistoryEntry
{
    /// <summary>Gets the visit's index in <see cref="PatientProfile.Assessments"/>.</summary>
    public required int AssessmentIndex { get; init; }

    /// <summary>Gets the JSON path of the visit in the profile, <c>$.assessments[i]</c>.</summary>
    public string Path => ProfilePaths.Assessment(AssessmentIndex);

    /// <summary>Gets the visit.</summary>
    public required Sledai2kVisit Visit { get; init; }

    /// <summary>Gets the result.</summary>
    /// <value><see langword="null"/> when the visit is invalid (see <see cref="Diagnostics"/>).</value>
    public Sledai2kResult? Result { get; init; }

    /// <summary>Gets the visit's diagnostics, with paths into the profile; empty when the visit is valid.</summary>
    public ImmutableArray<EvaluationDiagnostic> Diagnostics { get; init => field = value.IsDefault ? [] : value; } = [];
}
