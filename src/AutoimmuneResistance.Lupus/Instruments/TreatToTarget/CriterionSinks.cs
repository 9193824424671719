using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Receives the criteria of a definition in the order the definition applies them. The LLDAS and DORIS instruments
/// write each criterion once, to a sink: <see cref="CriterionList"/> keeps the full records (the instruments' results),
/// <see cref="CriterionStates"/> folds their outcomes into the state alone (the not-at-target rule at every visit but
/// the latest), so both read the same checks.
/// </summary>
internal interface ICriterionSink
{
    /// <summary>Gets whether the sink keeps the criteria; when false, descriptions and notes need not be composed.</summary>
    bool KeepsCriteria { get; }

    /// <summary>Receives a numeric criterion (see <see cref="CriterionCheck.Numeric"/>).</summary>
    /// <param name="id">The criterion id.</param>
    /// <param name="description">The criterion in words (ignored by a sink that does not keep criteria).</param>
    /// <param name="comparison">The comparison that satisfies the criterion.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="observed">The observed value, or <see langword="null"/> when missing.</param>
    /// <param name="unit">The unit, if any.</param>
    /// <param name="missing">What is missing, the note when <paramref name="observed"/> is <see langword="null"/>.</param>
    void Numeric(string id, string description, ComparisonOperator comparison, decimal threshold, decimal? observed, QuantityUnit? unit = null, string? missing = null);

    /// <summary>Receives a yes/no criterion (see <see cref="CriterionCheck.Flag"/>).</summary>
    /// <param name="id">The criterion id.</param>
    /// <param name="description">The criterion in words (ignored by a sink that does not keep criteria).</param>
    /// <param name="expected">The answer that satisfies the criterion.</param>
    /// <param name="observed">The answer given, or <see langword="null"/> when missing.</param>
    /// <param name="missing">What is missing, the note when <paramref name="observed"/> is <see langword="null"/>.</param>
    void Flag(string id, string description, bool expected, bool? observed, string? missing);

    /// <summary>Replaces the note of the criterion received last (only called when <see cref="KeepsCriteria"/>).</summary>
    /// <param name="note">The note.</param>
    void Note(string? note);
}

/// <summary>A sink that keeps every criterion as a <see cref="CriterionCheck"/>, in order.</summary>
/// <param name="criteria">The builder that receives the criteria.</param>
internal readonly struct CriterionList(ImmutableArray<CriterionCheck>.Builder criteria) : ICriterionSink
{
    /// <summary>Gets the criteria received so far.</summary>
    public ImmutableArray<CriterionCheck>.Builder Criteria { get; } = criteria;

    /// <inheritdoc/>
    public bool KeepsCriteria => true;

    /// <inheritdoc/>
    public void Numeric(string id, string description, ComparisonOperator comparison, decimal threshold, decimal? observed, QuantityUnit? unit = null, string? missing = null) =>
        Criteria.Add(CriterionCheck.Numeric(id, description, comparison, threshold, observed, unit, missing));

    /// <inheritdoc/>
    public void Flag(string id, string description, bool expected, bool? observed, string? missing) =>
        Criteria.Add(CriterionCheck.Flag(id, description, expected, observed, missing));

    /// <inheritdoc/>
    public void Note(string? note) => Criteria[^1] = Criteria[^1] with { Note = note };
}

/// <summary>A sink that keeps only the conjunction of the criteria's outcomes (<see cref="CriterionCheck.All(IEnumerable{CriterionState})"/>), allocating nothing.</summary>
internal struct CriterionStates : ICriterionSink
{
    /// <summary>Initializes an empty conjunction (met).</summary>
    public CriterionStates()
    {
    }

    /// <summary>Gets the conjunction of the outcomes received so far.</summary>
    public CriterionState State { get; private set; } = CriterionState.Met;

    /// <inheritdoc/>
    public readonly bool KeepsCriteria => false;

    /// <inheritdoc/>
    public void Numeric(string id, string description, ComparisonOperator comparison, decimal threshold, decimal? observed, QuantityUnit? unit = null, string? missing = null) =>
        State = CriterionCheck.And(State, CriterionCheck.NumericState(comparison, threshold, observed));

    /// <inheritdoc/>
    public void Flag(string id, string description, bool expected, bool? observed, string? missing) =>
        State = CriterionCheck.And(State, CriterionCheck.FlagState(expected, observed));

    /// <inheritdoc/>
    public readonly void Note(string? note)
    {
    }
}

/// <summary>Decimal helpers for results.</summary>
internal static class Decimals
{
    // The largest quotient CanDivide allows: far inside decimal range even after a percentage's factor of 100.
    private const decimal QuotientLimit = 1e24m;

    /// <summary>
    /// Whether <paramref name="dividend"/> / <paramref name="divisor"/> can be computed without leaving decimal range, with
    /// room for a percentage (the quotient is at most 10^24). False for a zero divisor.
    /// </summary>
    internal static bool CanDivide(decimal dividend, decimal divisor)
    {
        if (divisor == 0m)
        {
            return false;
        }

        var magnitude = Math.Abs(divisor);
        return magnitude >= 1m
            ? Math.Abs(dividend) / magnitude <= QuotientLimit
            : Math.Abs(dividend) <= magnitude * QuotientLimit;
    }

    /// <summary>Removes trailing zeros (20.000 becomes 20) without changing the value.</summary>
    /// <remarks>
    /// Strips the zeros from the 96-bit integer mantissa and lowers the scale to match: exact, and far cheaper than the
    /// usual trick of dividing by a one with many trailing zeros (a full decimal division per value formatted).
    /// </remarks>
    internal static decimal Normalize(decimal value)
    {
        var scale = value.Scale;
        if (scale == 0)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        if (mantissa == 0)
        {
            return 0m;
        }

        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), value < 0m, scale);
    }

    /// <summary>Removes trailing zeros of an optional value.</summary>
    internal static decimal? Normalize(decimal? value) => value is { } v ? Normalize(v) : null;
}
