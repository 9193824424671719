using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The input of the modified Rodnan skin score (<c>ssc.mrss</c>): a score of 0 to 3 for each of the 17 sites (Khanna D,
/// et al. J Scleroderma Relat Disord 2017;2(1):11-18, doi:10.5301/jsrd.5000231). Every site is required: a partial
/// total is not an mRSS.
/// </summary>
public sealed record MrssInput
{
    /// <summary>Gets the score of each site, each of the 17 sites exactly once, in any order.</summary>
    public ImmutableArray<MrssSiteScore> Sites { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>One site's skin score: 0 normal, 1 mild (definite but mild thickening, a skin fold easily made), 2 moderate, 3 severe (unable to pinch a fold).</summary>
public sealed record MrssSiteScore
{
    /// <summary>Gets the site.</summary>
    public required MrssSite Site { get; init; }

    /// <summary>Gets the score, a whole number from 0 to 3.</summary>
    public required int Score { get; init; }
}

/// <summary>The result of the modified Rodnan skin score: the total (0 to 51) and each site's score in the standard order (Khanna D, et al. J Scleroderma Relat Disord 2017;2(1):11-18, doi:10.5301/jsrd.5000231).</summary>
public sealed record MrssResult
{
    /// <summary>Gets the total, the sum of the 17 site scores, 0 to 51.</summary>
    public required int Total { get; init; }

    /// <summary>Gets the largest possible total, 51.</summary>
    public int Maximum { get; init; } = ModifiedRodnanSkinScore.MaximumTotal;

    /// <summary>Gets each site's score, in the order of <see cref="MrssSite"/>.</summary>
    public ImmutableArray<MrssSiteScore> Sites { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the publications the result follows.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];
}
