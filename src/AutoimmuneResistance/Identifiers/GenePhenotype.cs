using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A gene-level phenotype reported with a genotype, using CPIC's terms (for example <c>poor-metabolizer</c>, <c>possible-intermediate-metabolizer</c>).
/// </summary>
/// <remarks>
/// An open vocabulary: any text that satisfies <see cref="Syntax"/> is a valid value, so modules and users can add
/// their own (example: <c>intermediate-metabolizer</c>). Compared ordinally. <c>default</c> is the unspecified value: its
/// <see cref="Value"/> is empty, <see cref="IsSpecified"/> is <see langword="false"/>, and profile validation
/// rejects it wherever a value is required. Serialized in JSON as a plain string.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<GenePhenotype>))]
[DebuggerDisplay("{Value,nq}")]
public readonly partial record struct GenePhenotype : IIdentifier<GenePhenotype>, IComparable<GenePhenotype>
{
    private readonly string? _value;

    private GenePhenotype(string value) => _value = value;

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public bool IsSpecified => _value is not null;

    /// <summary>Gets the syntax every value obeys: <see cref="IdentifierSyntax.Dotted"/>.</summary>
    public static IdentifierSyntax Syntax => IdentifierSyntax.Dotted;

    /// <summary>Creates a <see cref="GenePhenotype"/> from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks <see cref="Syntax"/>; the message says which rule.</exception>
    public static GenePhenotype Create(string value) => Identifier.Create<GenePhenotype>(value, nameof(value));

    /// <summary>Parses a <see cref="GenePhenotype"/>; same as <see cref="Create(string)"/>.</summary>
    /// <param name="s">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="s"/> breaks <see cref="Syntax"/>.</exception>
    public static GenePhenotype Parse(string s) => Identifier.Create<GenePhenotype>(s, nameof(s));


    /// <summary>Tries to parse a <see cref="GenePhenotype"/>.</summary>
    /// <param name="s">The candidate text.</param>
    /// <param name="result">The identifier, or <c>default</c> when the text is invalid.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out GenePhenotype result) => Identifier.TryCreate(s, out result);

    /// <inheritdoc/>
    public int CompareTo(GenePhenotype other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <inheritdoc/>
    static GenePhenotype IIdentifier<GenePhenotype>.FromValidated(string validated) => new(validated);

    // The format provider is meaningless for identifiers; these satisfy IParsable without inviting culture warnings.
    static GenePhenotype IParsable<GenePhenotype>.Parse(string s, IFormatProvider? provider) => Identifier.Create<GenePhenotype>(s, nameof(s));

    static bool IParsable<GenePhenotype>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out GenePhenotype result) =>
        Identifier.TryCreate(s, out result);
}
