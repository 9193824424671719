using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The result of the 2019 EULAR/ACR classification criteria: whether the patient is classified as SLE, the rule that
/// decided it, the total, and the criterion counted in each domain (Aringer M, et al. Ann Rheum Dis 2019;78(9):1151-9,
/// doi:10.1136/annrheumdis-2018-214819).
/// </summary>
public sealed record Classification2019Result
{
    /// <summary>Gets whether the patient is classified as SLE (entry criterion met, ≥ 1 clinical criterion, ≥ 10 points) on what the input reports.</summary>
    /// <value>When <see cref="Determinate"/> is <see langword="false"/>, what the reported data give, not the answer.</value>
    public required bool Classified { get; init; }

    /// <summary>Gets the rule that decided the result (checked in the order entry criterion, clinical criterion, points).</summary>
    public required Classification2019Rule DecidingRule { get; init; }

    /// <summary>Gets whether the ANA entry criterion is met.</summary>
    public required bool EntryCriterionMet { get; init; }

    /// <summary>Gets the total of the counted criteria, 0 to 51.</summary>
    /// <value><see langword="null"/> when the entry criterion is not met: the criteria are then not scored.</value>
    public int? TotalPoints { get; init; }

    /// <summary>Gets whether at least one clinical criterion counts.</summary>
    public required bool ClinicalCriterionCounted { get; init; }

    /// <summary>Gets the domains with at least one criterion present, in the paper's order (empty when the entry criterion is not met).</summary>
    public ImmutableArray<Classification2019DomainScore> Domains { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the criteria recorded as better explained by another cause (never counted).</summary>
    public ImmutableArray<Classification2019Criterion> OtherCause { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets whether what the input does not report cannot change <see cref="Classified"/>: always under the default
    /// <see cref="ClassificationDefinitions"/>; under <see cref="UnreportedItemReading.Unknown"/>, <see langword="false"/>
    /// when the record would be classified if the criteria in <see cref="NotReported"/> were present (and, when
    /// <see cref="AnaReported"/> is <see langword="false"/>, the ANA entry criterion met).
    /// </summary>
    public bool Determinate { get; init; } = true;

    /// <summary>Gets the criteria in none of the input's lists, in the paper's order, under <see cref="UnreportedItemReading.Unknown"/>; empty under the default.</summary>
    public ImmutableArray<Classification2019Criterion> NotReported { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether the input gives an ANA result (a HEp-2 titre or an equivalent test).</summary>
    public bool AnaReported { get; init; } = true;

    /// <summary>Gets the id of the <see cref="ClassificationDefinitions"/> set applied.</summary>
    public DefinitionSetId? Definitions { get; init; }
}

/// <summary>One domain of the 2019 EULAR/ACR criteria: the criterion that counts and the lower-weighted ones that do not (Aringer M, et al. Ann Rheum Dis 2019;78(9):1151-9, doi:10.1136/annrheumdis-2018-214819).</summary>
public sealed record Classification2019DomainScore
{
    /// <summary>Gets the domain.</summary>
    public required Classification2019Domain Domain { get; init; }

    /// <summary>Gets whether the domain is clinical (otherwise immunological).</summary>
    public required bool Clinical { get; init; }

    /// <summary>Gets the highest-weighted criterion present, the only one that counts (the first in the paper's order on a tie).</summary>
    public required Classification2019Criterion Counted { get; init; }

    /// <summary>Gets the weight counted for the domain.</summary>
    public required int Weight { get; init; }

    /// <summary>Gets the other criteria present in the domain, which do not count.</summary>
    public ImmutableArray<Classification2019Criterion> NotCounted { get; init => field = value.IsDefault ? [] : value; } = [];
}
