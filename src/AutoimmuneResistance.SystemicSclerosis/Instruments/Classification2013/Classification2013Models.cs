using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The input of the 2013 ACR/EULAR classification criteria (<c>ssc.acr-eular-2013-classification</c>): the items present
/// at any time, and the facts that make the criteria not applicable (van den Hoogen F, et al. Ann Rheum Dis
/// 2013;72(11):1747-55, doi:10.1136/annrheumdis-2013-204424, Table 1 and its footnote).
/// </summary>
public sealed record Classification2013Input
{
    /// <summary>Gets the items present (each at most once); items of one category may be listed together, only the highest counts.</summary>
    public ImmutableArray<Classification2013Item> Items { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether the patient's skin thickening spares the fingers (the criteria then do not apply).</summary>
    public bool SkinThickeningSparesFingers { get; init; }

    /// <summary>Gets the scleroderma-like disorders that better explain the manifestations (any one makes the criteria not applicable); each at most once.</summary>
    public ImmutableArray<SclerodermaMimic> BetterExplainedBy { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>The result of the 2013 ACR/EULAR classification criteria, with the item counted in each category (van den Hoogen F, et al. Ann Rheum Dis 2013;72(11):1747-55, doi:10.1136/annrheumdis-2013-204424).</summary>
public sealed record Classification2013Result
{
    /// <summary>Gets whether the patient is classified as definite systemic sclerosis (applicable and total ≥ 9).</summary>
    public required bool Classified { get; init; }

    /// <summary>Gets whether the criteria apply (the skin thickening does not spare the fingers, and no scleroderma-like disorder better explains the findings).</summary>
    public required bool Applicable { get; init; }

    /// <summary>Gets the rule that decided the result.</summary>
    public required Classification2013Rule DecidingRule { get; init; }

    /// <summary>Gets whether the sufficient criterion (skin thickening of the fingers of both hands proximal to the MCP joints) is present.</summary>
    public required bool SufficientCriterionMet { get; init; }

    /// <summary>Gets the total: the sum of the highest weight in each category, 0 to 28.</summary>
    /// <value><see langword="null"/> when the criteria do not apply: the items are then not scored.</value>
    public int? TotalScore { get; init; }

    /// <summary>Gets the threshold applied, 9.</summary>
    public int Threshold { get; init; } = Classification2013Criteria.ClassificationThreshold;

    /// <summary>Gets the categories with at least one item present, in the paper's order (empty when not applicable).</summary>
    public ImmutableArray<Classification2013CategoryScore> Categories { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the publications the result follows.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>One category of the 2013 ACR/EULAR criteria: the item that counts and the lower-weighted ones that do not.</summary>
public sealed record Classification2013CategoryScore
{
    /// <summary>Gets the category.</summary>
    public required Classification2013Category Category { get; init; }

    /// <summary>Gets the highest-weighted item present, the only one that counts (the first in the paper's order on a tie).</summary>
    public required Classification2013Item Counted { get; init; }

    /// <summary>Gets the weight counted for the category.</summary>
    public required int Weight { get; init; }

    /// <summary>Gets the other items present in the category, which do not count.</summary>
    public ImmutableArray<Classification2013Item> NotCounted { get; init => field = value.IsDefault ? [] : value; } = [];
}
