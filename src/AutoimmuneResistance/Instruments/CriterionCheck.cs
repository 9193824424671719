using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>The three-valued outcome of one criterion (or of a whole definition): met, not met, or unknown because an input is missing.</summary>
/// <remarks>
/// <c>default</c> is not a member. Combining criteria follows three-valued (Kleene) logic: a conjunction is
/// <see cref="NotMet"/> as soon as one part is not met, <see cref="Met"/> only when every part is met, and
/// <see cref="Unknown"/> otherwise. Removing an input can therefore turn a decided outcome into <see cref="Unknown"/> but
/// never turn <see cref="Met"/> into <see cref="NotMet"/> or back.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CriterionState>))]
public enum CriterionState
{
    /// <summary>The criterion is satisfied by the inputs.</summary>
    [JsonStringEnumMemberName("met")]
    Met = 1,

    /// <summary>The inputs show the criterion is not satisfied.</summary>
    [JsonStringEnumMemberName("not-met")]
    NotMet = 2,

    /// <summary>An input the criterion needs is missing; <see cref="CriterionCheck.Note"/> names it.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 3,
}

/// <summary>
/// One criterion of a published definition (a classification, response, remission or refractoriness definition) as
/// applied to an input: what was compared, the threshold and its exact operator, the
/// observed value, and the outcome. Numeric criteria fill <see cref="Operator"/>, <see cref="Threshold"/> and
/// <see cref="Observed"/>; yes/no criteria fill <see cref="ExpectedFlag"/> and <see cref="ObservedFlag"/>.
/// </summary>
public sealed record CriterionCheck
{
    /// <summary>Gets the criterion's stable id within its instrument (for example <c>lldas.prednisone-equivalent</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the criterion in words, with its source.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the outcome.</summary>
    public required CriterionState State { get; init; }

    /// <summary>Gets the comparison that satisfies a numeric criterion (<c>observed operator threshold</c>).</summary>
    /// <value><see langword="null"/> for a yes/no criterion.</value>
    public ComparisonOperator? Operator { get; init; }

    /// <summary>Gets the threshold of a numeric criterion.</summary>
    /// <value><see langword="null"/> for a yes/no criterion.</value>
    public decimal? Threshold { get; init; }

    /// <summary>Gets the unit of <see cref="Threshold"/> and <see cref="Observed"/>.</summary>
    /// <value><see langword="null"/> for unit-less values (scores, counts, percentages of change).</value>
    public QuantityUnit? Unit { get; init; }

    /// <summary>Gets the observed value of a numeric criterion.</summary>
    /// <value><see langword="null"/> when not observed (the state is then <see cref="CriterionState.Unknown"/>) or for a yes/no criterion.</value>
    public decimal? Observed { get; init; }

    /// <summary>Gets the answer that satisfies a yes/no criterion.</summary>
    /// <value><see langword="null"/> for a numeric criterion.</value>
    public bool? ExpectedFlag { get; init; }

    /// <summary>Gets the observed answer of a yes/no criterion.</summary>
    /// <value><see langword="null"/> when not given, or for a numeric criterion.</value>
    public bool? ObservedFlag { get; init; }

    /// <summary>Gets a remark: the missing input that would resolve an unknown outcome, or an assumption made.</summary>
    /// <value><see langword="null"/> when there is nothing to add.</value>
    public string? Note { get; init; }

    /// <summary>Creates a numeric criterion, comparing exactly in <see cref="decimal"/> arithmetic.</summary>
    /// <param name="id">The criterion id.</param>
    /// <param name="description">The criterion in words.</param>
    /// <param name="comparison">The comparison that satisfies the criterion.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="observed">The observed value, or <see langword="null"/> when missing.</param>
    /// <param name="unit">The unit, if any.</param>
    /// <param name="missing">What is missing, used as the note when <paramref name="observed"/> is <see langword="null"/>.</param>
    /// <returns>The criterion.</returns>
    public static CriterionCheck Numeric(string id, string description, ComparisonOperator comparison, decimal threshold, decimal? observed, QuantityUnit? unit = null, string? missing = null) => new()
    {
        Id = id,
        Description = description,
        Operator = comparison,
        Threshold = threshold,
        Unit = unit,
        Observed = observed is { } o ? WithoutTrailingZeros(o) : null,
        State = NumericState(comparison, threshold, observed),
        Note = observed is null ? missing : null,
    };

    /// <summary>The outcome of a numeric criterion, as <see cref="Numeric"/> records it, without the record.</summary>
    /// <param name="comparison">The comparison that satisfies the criterion.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="observed">The observed value, or <see langword="null"/> when missing.</param>
    /// <returns>Met or not met by an exact decimal comparison; unknown when nothing was observed.</returns>
    public static CriterionState NumericState(ComparisonOperator comparison, decimal threshold, decimal? observed) =>
        observed is { } value
            ? (AppliedThreshold.Compare(value, comparison, threshold) ? CriterionState.Met : CriterionState.NotMet)
            : CriterionState.Unknown;

    /// <summary>The outcome of a yes/no criterion, as <see cref="Flag"/> records it, without the record.</summary>
    /// <param name="expected">The answer that satisfies the criterion.</param>
    /// <param name="observed">The answer given, or <see langword="null"/> when missing.</param>
    /// <returns>Met when the answer is the expected one, not met when it is the other, unknown when none was given.</returns>
    public static CriterionState FlagState(bool expected, bool? observed) =>
        observed is { } value ? (value == expected ? CriterionState.Met : CriterionState.NotMet) : CriterionState.Unknown;

    /// <summary>Creates a yes/no criterion.</summary>
    /// <param name="id">The criterion id.</param>
    /// <param name="description">The criterion in words.</param>
    /// <param name="expected">The answer that satisfies the criterion.</param>
    /// <param name="observed">The answer given, or <see langword="null"/> when missing.</param>
    /// <param name="missing">What is missing, used as the note when <paramref name="observed"/> is <see langword="null"/>.</param>
    /// <returns>The criterion.</returns>
    public static CriterionCheck Flag(string id, string description, bool expected, bool? observed, string? missing = null)
    {
        // A flag criterion has three possible outcomes; for the literal ids, descriptions and hints the instruments use,
        // each is built once and shared (the record is immutable), since LLDAS and DORIS are checked at every visit.
        var variants = FlagVariants.GetValue(id, static _ => new FlagCache());
        var slot = observed is null ? 0 : observed.Value ? 1 : 2;
        if (variants.Matches(description, expected, missing) && variants.Checks[slot] is { } shared)
        {
            return shared;
        }

        var check = new CriterionCheck
        {
            Id = id,
            Description = description,
            ExpectedFlag = expected,
            ObservedFlag = observed,
            State = FlagState(expected, observed),
            Note = observed is null ? missing : null,
        };
        variants.Remember(description, expected, missing, slot, check);
        return check;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, FlagCache> FlagVariants = [];

    // The shared outcomes of one flag criterion id; only a call with the same description, expectation and hint (by
    // reference) is served from it, so a caller that words the criterion differently always gets its own record.
    private sealed class FlagCache
    {
        private readonly Lock _gate = new();
        private string? _description;
        private bool _expected;
        private string? _missing;

        public CriterionCheck?[] Checks { get; } = new CriterionCheck?[3];

        public bool Matches(string description, bool expected, string? missing) =>
            ReferenceEquals(Volatile.Read(ref _description), description) && _expected == expected && ReferenceEquals(_missing, missing);

        public void Remember(string description, bool expected, string? missing, int slot, CriterionCheck check)
        {
            lock (_gate)
            {
                if (_description is null)
                {
                    _expected = expected;
                    _missing = missing;
                    Volatile.Write(ref _description, description);
                }

                if (ReferenceEquals(_description, description) && _expected == expected && ReferenceEquals(_missing, missing))
                {
                    Checks[slot] ??= check;
                }
            }
        }
    }

    /// <summary>Combines states as a conjunction in three-valued logic (see <see cref="CriterionState"/>).</summary>
    /// <param name="states">The states; an empty sequence is <see cref="CriterionState.Met"/>.</param>
    /// <returns>The combined state.</returns>
    public static CriterionState All(IEnumerable<CriterionState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var result = CriterionState.Met;
        foreach (var state in states)
        {
            if (state == CriterionState.NotMet)
            {
                return CriterionState.NotMet;
            }

            if (state == CriterionState.Unknown)
            {
                result = CriterionState.Unknown;
            }
        }

        return result;
    }

    /// <summary>Adds one state to a conjunction in three-valued logic: the step of <see cref="All(IEnumerable{CriterionState})"/>.</summary>
    /// <param name="combined">The conjunction so far (<see cref="CriterionState.Met"/> for none).</param>
    /// <param name="state">The next state.</param>
    /// <returns>The conjunction with <paramref name="state"/>.</returns>
    public static CriterionState And(CriterionState combined, CriterionState state) =>
        combined == CriterionState.NotMet || state == CriterionState.NotMet ? CriterionState.NotMet
        : combined == CriterionState.Unknown || state == CriterionState.Unknown ? CriterionState.Unknown
        : CriterionState.Met;

    /// <summary>Combines the states of some criteria as <see cref="All(IEnumerable{CriterionState})"/> does, without an enumerator.</summary>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The combined state.</returns>
    public static CriterionState All(IReadOnlyList<CriterionCheck> criteria)
    {
        var result = CriterionState.Met;
        for (var i = 0; i < criteria.Count; i++)
        {
            if (criteria[i].State == CriterionState.NotMet)
            {
                return CriterionState.NotMet;
            }

            if (criteria[i].State == CriterionState.Unknown)
            {
                result = CriterionState.Unknown;
            }
        }

        return result;
    }

    /// <summary>Returns the ids of the criteria that decided a conjunction: the unmet ones, else the unknown ones, else all.</summary>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The deciding criteria's ids.</returns>
    public static ImmutableArray<string> Deciding(IReadOnlyCollection<CriterionCheck> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria is IReadOnlyList<CriterionCheck> list)
        {
            // By index: the same ids in the same order, without an enumerator.
            var state = All(list);
            var matching = 0;
            for (var i = 0; i < list.Count; i++)
            {
                matching += state == CriterionState.Met || list[i].State == state ? 1 : 0;
            }

            var deciding = ImmutableArray.CreateBuilder<string>(matching);
            for (var i = 0; i < list.Count; i++)
            {
                if (state == CriterionState.Met || list[i].State == state)
                {
                    deciding.Add(list[i].Id);
                }
            }

            return deciding.MoveToImmutable();
        }

        var overall = All(criteria.Select(c => c.State));
        var count = 0;
        foreach (var criterion in criteria)
        {
            count += overall == CriterionState.Met || criterion.State == overall ? 1 : 0;
        }

        var ids = ImmutableArray.CreateBuilder<string>(count);
        foreach (var criterion in criteria)
        {
            if (overall == CriterionState.Met || criterion.State == overall)
            {
                ids.Add(criterion.Id);
            }
        }

        return ids.MoveToImmutable();
    }

    // Removes trailing zeros (20.000 becomes 20) without changing the value; zero of any scale or sign becomes 0.
    private static decimal WithoutTrailingZeros(decimal value) => value == 0m ? 0m : UnitConversion.Normalize(value);
}
