using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// A claim of one of the project's two seed documents (treatment resistance in SLE and in systemic sclerosis),
/// restated in the library's own words. Claims are the root of traceability: every built-in mechanism names the
/// claims it models.
/// </summary>
[DebuggerDisplay("{Id}: {Statement}")]
public sealed record SeedClaim
{
    /// <summary>Gets the claim's id (<c>L1</c>–<c>L8</c>, <c>S1</c>–<c>S7</c>).</summary>
    public required SeedClaimId Id { get; init; }

    /// <summary>Gets the disease the seed document is about.</summary>
    public required DiseaseId Disease { get; init; }

    /// <summary>Gets the restated claim.</summary>
    public required string Statement { get; init; }

    /// <summary>Gets the mechanism category the claim belongs to.</summary>
    public required MechanismCategory Category { get; init; }
}
