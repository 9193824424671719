using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The patient's scored SLEDAI-2K visits (<see cref="Sledai2kHistory"/>, Gladman 2002), scored once per evaluation with
/// the selected <see cref="ActivityDefinitions"/> and shared by every lupus evaluator that reads activity.
/// </summary>
internal static class ActivityHistory
{
    private static readonly EvaluationPropertyKey<ImmutableArray<Sledai2kHistoryEntry>> Key = new("sle.sledai-2k-history");

    /// <summary>Returns every SLEDAI-2K visit of the context's patient with its result (all dates), ordered by date.</summary>
    /// <param name="context">The evaluation context.</param>
    /// <returns>The entries, computed on first use.</returns>
    public static ImmutableArray<Sledai2kHistoryEntry> Of(EvaluationContext context) =>
        context.GetOrAdd(Key, static c => Sledai2kHistory.FromProfile(c.Patient, RefractoryVisits.Activity(c)));
}
