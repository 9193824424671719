namespace AutoimmuneResistance;

/// <summary>
/// One group of a <see cref="PublishedEffect"/> with its result: for example "anifrolumab 300 mg", 298 patients, 47.6 %
/// with a BICLA response.
/// </summary>
public sealed record EffectArm
{
    /// <summary>Gets the group in plain words (the treatment and dose, or "placebo").</summary>
    public required string Label
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException("An effect arm needs a label (the treatment, or placebo).", nameof(Label))
            : value;
    }

    /// <summary>Gets the number of patients analysed in the group.</summary>
    /// <value><see langword="null"/> when the publication read does not give it.</value>
    public int? Participants
    {
        get;
        init => field = value is <= 0
            ? throw new ArgumentOutOfRangeException(nameof(Participants), "The number of patients in an effect arm must be positive.")
            : value;
    }

    /// <summary>Gets the group's result (a share in %, or a mean in the unit of <see cref="Unit"/>).</summary>
    /// <value><see langword="null"/> when the publication read gives only the effect, not each group's result.</value>
    public decimal? Value { get; init; }

    /// <summary>Gets the UCUM unit of <see cref="Value"/> (for example <c>%</c> or <c>mL/a</c>).</summary>
    /// <value><see langword="null"/> when there is no <see cref="Value"/>.</value>
    public string? Unit { get; init; }
}
