using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// The evidence of a rule checked at every visit, folded into one finding: what was compared, against which limit,
/// and at each date what was observed and whether the condition held, so that a reader sees "missed at 3 of 3
/// visits" and can check each one.
/// </summary>
[DebuggerDisplay("{Name}: {MetCount} of {Points.Length}")]
public sealed record EvidenceTimeline
{
    /// <summary>Gets what was compared at each date, in words (for example "prednisone-equivalent daily dose").</summary>
    public required string Name { get; init; }

    /// <summary>Gets the comparison that defines the condition.</summary>
    /// <value><see langword="null"/> when the condition is not one comparison (for example "neither in LLDAS nor in DORIS remission").</value>
    public ComparisonOperator? Operator { get; init; }

    /// <summary>Gets the limit the observed values were compared with.</summary>
    /// <value><see langword="null"/> when the condition is not one comparison.</value>
    public decimal? Limit { get; init; }

    /// <summary>Gets the unit of <see cref="Limit"/> and of the observed values.</summary>
    /// <value><see langword="null"/> for unit-less values such as instrument scores.</value>
    public QuantityUnit? Unit { get; init; }

    /// <summary>Gets the dates, in time order.</summary>
    public ImmutableArray<TimelinePoint> Points { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how many dates met the condition.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int MetCount
    {
        get
        {
            var count = 0;
            foreach (var point in Points)
            {
                count += point.Met == true ? 1 : 0;
            }

            return count;
        }
    }
}
