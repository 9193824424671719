using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The result of the 2012 SLICC classification criteria (Petri M, Orbai AM, Alarcón GS, et al. Arthritis Rheum
/// 2012;64(8):2677-86, doi:10.1002/art.34473): whether the patient is classified as SLE, by which route, and the criteria
/// counted.
/// </summary>
public sealed record Slicc2012Result
{
    /// <summary>Gets whether the patient is classified as SLE (by either route) on the criteria the input reports.</summary>
    /// <value>When <see cref="Determinate"/> is <see langword="false"/>, what the reported criteria give, not the answer.</value>
    public required bool Classified { get; init; }

    /// <summary>Gets the rule that decided the result: the counting rule when met, else the nephritis route when met, else the first counting rule that failed.</summary>
    public required Slicc2012Rule DecidingRule { get; init; }

    /// <summary>Gets whether the counting rule is met (≥ 4 criteria with ≥ 1 clinical and ≥ 1 immunologic).</summary>
    public required bool CountingRuleMet { get; init; }

    /// <summary>Gets whether the nephritis route is met (biopsy-proven lupus nephritis with ANA or anti-dsDNA counted).</summary>
    public required bool NephritisRouteMet { get; init; }

    /// <summary>Gets the number of criteria counted, 0 to 17.</summary>
    public required int CriteriaCount { get; init; }

    /// <summary>Gets the clinical criteria counted, in the paper's order.</summary>
    public ImmutableArray<Slicc2012Criterion> Clinical { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the immunologic criteria counted, in the paper's order.</summary>
    public ImmutableArray<Slicc2012Criterion> Immunologic { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the criteria listed as met but not counted (a direct Coombs test with haemolytic anaemia).</summary>
    public ImmutableArray<Slicc2012Criterion> NotCounted { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the criteria recorded as explained by another cause (never counted).</summary>
    public ImmutableArray<Slicc2012Criterion> OtherCause { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets whether the criteria not reported cannot change <see cref="Classified"/>: always under the default
    /// <see cref="ClassificationDefinitions"/>, where they are absent; under <see cref="UnreportedItemReading.Unknown"/>,
    /// <see langword="false"/> when some completion of <see cref="NotReported"/> would give the other answer.
    /// </summary>
    public bool Determinate { get; init; } = true;

    /// <summary>Gets the criteria in none of the input's lists, in the paper's order, under <see cref="UnreportedItemReading.Unknown"/>; empty under the default.</summary>
    public ImmutableArray<Slicc2012Criterion> NotReported { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the id of the <see cref="ClassificationDefinitions"/> set applied.</summary>
    public DefinitionSetId? Definitions { get; init; }
}
