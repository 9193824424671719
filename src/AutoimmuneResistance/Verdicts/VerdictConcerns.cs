using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// What a patient's answer concerns: the therapies and organ domains whose verdicts carry it. For "resistance shown",
/// those where resistance is shown; for "cannot tell yet", those still undecided; for "not shown", empty.
/// </summary>
public sealed record VerdictConcerns
{
    /// <summary>Gets the shared empty value.</summary>
    public static VerdictConcerns None { get; } = new();

    /// <summary>Gets the therapies, in time order of their first course.</summary>
    public ImmutableArray<TherapyId> Therapies { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the organ domains.</summary>
    public ImmutableArray<OrganDomain> Domains { get; init => field = value.IsDefault ? [] : value; } = [];
}
