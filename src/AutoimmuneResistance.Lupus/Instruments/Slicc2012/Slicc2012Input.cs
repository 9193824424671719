using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The input of the 2012 SLICC classification criteria instrument (<c>sle.slicc-2012-classification</c>): the criteria
/// ever met, and whether nephritis compatible with SLE was proven on biopsy.
/// </summary>
/// <remarks>
/// Source: Petri M, Orbai AM, Alarcón GS, et al. Arthritis Rheum 2012;64(8):2677-86, doi:10.1002/art.34473. The
/// criteria are cumulative and need not be present at the same time, so list each one met at any time. A criterion
/// present but explained by another cause goes in <see cref="OtherCause"/> (recorded, never counted). A criterion
/// assessed and not met may go in <see cref="Absent"/>; what a criterion in none of the three lists means is the
/// selected <see cref="ClassificationDefinitions"/>' choice (absent by default).
/// </remarks>
public sealed record Slicc2012Input : IDefinitionSetSelection
{
    /// <summary>Gets the id of the <see cref="ClassificationDefinitions"/> set to apply.</summary>
    /// <value><see langword="null"/> for the pipeline's selection, else <c>sle.classification.unreported-absent</c>.</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the criteria met at any time and not explained by another cause; each at most once.</summary>
    public ImmutableArray<Slicc2012Criterion> Criteria { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the criteria present but explained by another cause (for example drug-induced leukopenia); recorded, not counted.</summary>
    public ImmutableArray<Slicc2012Criterion> OtherCause { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the criteria assessed and not met; each at most once, and in neither other list.</summary>
    public ImmutableArray<Slicc2012Criterion> Absent { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether a renal biopsy showed nephritis compatible with SLE (the stand-alone route, with ANA or anti-dsDNA).</summary>
    public bool BiopsyProvenLupusNephritis { get; init; }
}
