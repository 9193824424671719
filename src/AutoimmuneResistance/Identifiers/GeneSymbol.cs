using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// An HGNC-approved gene symbol, such as <c>TPMT</c> or <c>CYP3A5</c>, naming the gene of a <see cref="GenotypeResult"/>.
/// </summary>
/// <remarks>
/// An open vocabulary: any text that satisfies <see cref="Syntax"/> is a valid value, so modules and users can add
/// their own (example: <c>FCGR3A</c>). Compared ordinally. <c>default</c> is the unspecified value: its
/// <see cref="Value"/> is empty, <see cref="IsSpecified"/> is <see langword="false"/>, and profile validation
/// rejects it wherever a value is required. Serialized in JSON as a plain string.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<GeneSymbol>))]
[DebuggerDisplay("{Value,nq}")]
public readonly partial record struct GeneSymbol : IIdentifier<GeneSymbol>, IComparable<GeneSymbol>
{
    private readonly string? _value;

    private GeneSymbol(string value) => _value = value;

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public bool IsSpecified => _value is not null;

    /// <summary>Gets the syntax every value obeys: <see cref="IdentifierSyntax.GeneSymbol"/>.</summary>
    public static IdentifierSyntax Syntax => IdentifierSyntax.GeneSymbol;

    /// <summary>Creates a <see cref="GeneSymbol"/> from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks <see cref="Syntax"/>; the message says which rule.</exception>
    public static GeneSymbol Create(string value) => Identifier.Create<GeneSymbol>(value, nameof(value));

    /// <summary>Parses a <see cref="GeneSymbol"/>; same as <see cref="Create(string)"/>.</summary>
    /// <param name="s">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="s"/> breaks <see cref="Syntax"/>.</exception>
    public static GeneSymbol Parse(string s) => Identifier.Create<GeneSymbol>(s, nameof(s));


    /// <summary>Tries to parse a <see cref="GeneSymbol"/>.</summary>
    /// <param name="s">The candidate text.</param>
    /// <param name="result">The identifier, or <c>default</c> when the text is invalid.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out GeneSymbol result) => Identifier.TryCreate(s, out result);

    /// <inheritdoc/>
    public int CompareTo(GeneSymbol other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <inheritdoc/>
    static GeneSymbol IIdentifier<GeneSymbol>.FromValidated(string validated) => new(validated);

    // The format provider is meaningless for identifiers; these satisfy IParsable without inviting culture warnings.
    static GeneSymbol IParsable<GeneSymbol>.Parse(string s, IFormatProvider? provider) => Identifier.Create<GeneSymbol>(s, nameof(s));

    static bool IParsable<GeneSymbol>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out GeneSymbol result) =>
        Identifier.TryCreate(s, out result);
}
