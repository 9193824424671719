using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// A threshold a rule applied, with the value it was compared against, so that a reader can check the arithmetic:
/// for example "whole-blood hydroxychloroquine &lt; 200 ng/mL, observed 900".
/// </summary>
[DebuggerDisplay("{Name} {Operator} {Limit} {Unit}, observed {Observed}")]
public sealed record AppliedThreshold
{
    /// <summary>Gets what was compared, in words (for example "whole-blood hydroxychloroquine level").</summary>
    public required string Name { get; init; }

    /// <summary>Gets the comparison that defines the rule.</summary>
    public required ComparisonOperator Operator { get; init; }

    /// <summary>Gets the limit.</summary>
    public required decimal Limit { get; init; }

    /// <summary>Gets the unit of <see cref="Limit"/> and <see cref="Observed"/>.</summary>
    /// <value><see langword="null"/> for unit-less values such as instrument scores.</value>
    public QuantityUnit? Unit { get; init; }

    /// <summary>Gets the observed value the limit was compared with.</summary>
    /// <value><see langword="null"/> when nothing was observed (the finding is then usually <see cref="FindingStatus.Unknown"/>).</value>
    public decimal? Observed { get; init; }

    /// <summary>Gets whether <see cref="Observed"/> satisfies the comparison.</summary>
    /// <value><see langword="null"/> when nothing was observed.</value>
    /// <remarks>Not written to JSON: it follows from <see cref="Observed"/>, <see cref="Operator"/> and <see cref="Limit"/>.</remarks>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool? IsMet => Observed is { } observed ? Compare(observed, Operator, Limit) : null;

    /// <summary>Applies a comparison in decimal arithmetic, exactly as written.</summary>
    /// <param name="observed">The observed value.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>Whether <paramref name="observed"/> satisfies the comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is not a defined member.</exception>
    public static bool Compare(decimal observed, ComparisonOperator comparison, decimal limit) => comparison switch
    {
        ComparisonOperator.LessThan => observed < limit,
        ComparisonOperator.LessThanOrEqual => observed <= limit,
        ComparisonOperator.GreaterThan => observed > limit,
        ComparisonOperator.GreaterThanOrEqual => observed >= limit,
        ComparisonOperator.EqualTo => observed == limit,
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Expected a defined ComparisonOperator."),
    };
}
