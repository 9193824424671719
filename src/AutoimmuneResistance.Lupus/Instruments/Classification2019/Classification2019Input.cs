using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The input of the 2019 EULAR/ACR classification criteria instrument (<c>sle.eular-acr-2019-classification</c>): the
/// ANA entry criterion data and the criteria that occurred at least once.
/// </summary>
/// <remarks>
/// Source: Aringer M, Costenbader K, Daikh D, et al. Ann Rheum Dis 2019;78(9):1151-9, doi:10.1136/annrheumdis-2018-214819.
/// A criterion is listed in <see cref="Criteria"/> only if there is no more likely explanation than SLE; criteria
/// present but better explained by another cause go in <see cref="OtherCause"/> (recorded, never counted). A criterion
/// assessed and not met may go in <see cref="Absent"/>; what a criterion in none of the three lists (or a missing ANA
/// result) means is the selected <see cref="ClassificationDefinitions"/>' choice (absent, or not met, by default).
/// </remarks>
public sealed record Classification2019Input : IDefinitionSetSelection
{
    /// <summary>Gets the id of the <see cref="ClassificationDefinitions"/> set to apply.</summary>
    /// <value><see langword="null"/> for the pipeline's selection, else <c>sle.classification.unreported-absent</c>.</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the highest ANA titre ever on HEp-2 cells (indirect immunofluorescence), as its denominator: 80 for 1:80.</summary>
    /// <value><see langword="null"/> when no HEp-2 titre is known; 1 to 1 000 000 otherwise.</value>
    public int? AnaTiterDenominator { get; init; }

    /// <summary>Gets whether an equivalent ANA test (for example a solid-phase assay of equivalent performance) was ever positive.</summary>
    /// <value><see langword="null"/> when none was done; only <see langword="true"/> meets the entry criterion.</value>
    public bool? AnaEquivalentTestPositive { get; init; }

    /// <summary>Gets the criteria that occurred at least once and are attributed to SLE; each at most once.</summary>
    public ImmutableArray<Classification2019Criterion> Criteria { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the criteria that occurred but are more likely explained by another cause (infection, drugs, ...); recorded, not counted.</summary>
    public ImmutableArray<Classification2019Criterion> OtherCause { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the criteria assessed and not met; each at most once, and in neither other list.</summary>
    public ImmutableArray<Classification2019Criterion> Absent { get; init => field = value.IsDefault ? [] : value; } = [];
}
