using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// A verdict about an organ domain or the disease as a whole under a named published definition rather than one
/// therapy: for example refractory lupus nephritis (renal) or severe refractory SLE (systemic).
/// </summary>
[DebuggerDisplay("{Domain} {Definition}: {Answer}")]
public sealed record DomainVerdict
{
    /// <summary>Gets the organ domain, or <see cref="OrganDomain.Systemic"/> for the disease as a whole.</summary>
    public required OrganDomain Domain { get; init; }

    /// <summary>Gets the disease the definition belongs to.</summary>
    public required DiseaseId Disease { get; init; }

    /// <summary>Gets the definition's name in words, with its source, for example "refractory lupus nephritis (Arora 2022)".</summary>
    public required string Definition { get; init; }

    /// <summary>Gets whether the definition shows resistance: met is shown, not met is not shown, undecidable is cannot tell yet.</summary>
    public required ResistanceAnswer Answer { get; init; }

    /// <summary>Gets one sentence of clinical prose saying why.</summary>
    public required string Statement { get; init; }

    /// <summary>Gets the therapies the definition counted as failed, in time order.</summary>
    public ImmutableArray<TherapyId> Therapies { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the ids of the findings that decided it (<see cref="Finding.Id"/>).</summary>
    public ImmutableArray<string> Findings { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the mechanisms that explain it, each with its findings.</summary>
    public ImmutableArray<MechanismLink> ExplainedBy { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the options to consider next, ranked (empty unless the definition is met).</summary>
    public ImmutableArray<TreatmentOption> Options { get; init => field = value.IsDefault ? [] : value; } = [];
}
