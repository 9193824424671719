using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// The verdict on one therapy for one patient, across all its courses and cycles: how it went over time, whether that
/// shows resistance, the mechanisms that explain it, and the options to consider next when it failed.
/// </summary>
/// <remarks>
/// A disease module judges the therapy (through <see cref="IVerdictContributor"/>) and the pipeline places the verdict
/// in <see cref="ResistanceVerdict.Therapies"/>. <see cref="Outcome"/> says what happened; <see cref="Resistance"/>
/// says what that means: a primary non-response with adherence unknown is <see cref="ResistanceAnswer.CannotTellYet"/>,
/// and the data gap of the deciding finding says what would settle it.
/// </remarks>
[DebuggerDisplay("{Therapy}: {Outcome} ({Resistance})")]
public sealed record TherapyVerdict
{
    /// <summary>Gets the therapy.</summary>
    public required TherapyId Therapy { get; init; }

    /// <summary>Gets the therapy's name for display, for example "Mycophenolate mofetil".</summary>
    public required string Name { get; init; }

    /// <summary>Gets the disease the therapy was judged for (a patient with two diseases can have a verdict per disease on one drug).</summary>
    public required DiseaseId Disease { get; init; }

    /// <summary>Gets how the therapy went, over all its courses and cycles.</summary>
    public required TherapyOutcome Outcome { get; init; }

    /// <summary>Gets whether the outcome shows resistance to the therapy.</summary>
    public required ResistanceAnswer Resistance { get; init; }

    /// <summary>Gets one sentence of clinical prose that says what happened and why it means what <see cref="Resistance"/> says.</summary>
    public required string Statement { get; init; }

    /// <summary>Gets each course or cycle of the therapy and its own outcome, in time order.</summary>
    public ImmutableArray<CourseOutcome> Courses { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the ids of the findings that decided the outcome (<see cref="Finding.Id"/>).</summary>
    public ImmutableArray<string> Findings { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the mechanisms that explain the outcome, or were checked as explanations, each with its findings.</summary>
    public ImmutableArray<MechanismLink> ExplainedBy { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the options to consider next, ranked (empty unless the therapy failed).</summary>
    public ImmutableArray<TreatmentOption> Options { get; init => field = value.IsDefault ? [] : value; } = [];
}
