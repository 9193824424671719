using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// A treatment-resistance mechanism: what it is, which category it belongs to, and which seed claims (see
/// <c>seeds/README.md</c>) and publications it traces to. Every built-in mechanism traces to at least one seed claim.
/// </summary>
[DebuggerDisplay("{Id}: {Title}")]
public sealed record ResistanceMechanism
{
    /// <summary>Gets the mechanism's id.</summary>
    public required MechanismId Id { get; init; }

    /// <summary>Gets a short title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the category.</summary>
    public required MechanismCategory Category { get; init; }

    /// <summary>Gets a one-paragraph description in plain words.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the seed claims it traces to.</summary>
    public ImmutableArray<SeedClaimId> Claims { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the publications that refine the seed claims.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];
}
