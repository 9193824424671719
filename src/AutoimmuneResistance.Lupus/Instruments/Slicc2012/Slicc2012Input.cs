using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The input of the 2012 SLICC classification criteria instrument (<c>sle.slicc-2012-classification</c>): the criteria
/// ever met, and whether nephritis compatible with SLE was proven on biopsy.
/// </summary>
/// <remarks>
/// Source: Petri M, Orbai AM, Alarcón GS, et al. Arthritis Rheum 2012;64(8):2677-86, doi:10.1002/art.34473. The
/// criteria are cumulative and need not be present at the same time, so list each one met at any time. A criterion
/// present but explained by another cause goes in <see cref="OtherCause"/> (recorded, never counted).
/// </remarks>
public sealed record Slicc2012Input
{
    /// <summary>Gets the criteria met at any time and not explained by another cause; each at most once.</summary>
    public ImmutableArray<Slicc2012Criterion> Criteria { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the criteria present but explained by another cause (for example drug-induced leukopenia); recorded, not counted.</summary>
    public ImmutableArray<Slicc2012Criterion> OtherCause { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether a renal biopsy showed nephritis compatible with SLE (the stand-alone route, with ANA or anti-dsDNA).</summary>
    public bool BiopsyProvenLupusNephritis { get; init; }
}
