using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Identifies a claim of the project's seed documents as restated in <c>seeds/README.md</c> (<c>L1</c>–<c>L8</c> for lupus, <c>S1</c>–<c>S7</c> for systemic sclerosis).
/// </summary>
/// <remarks>
/// An open vocabulary: any text that satisfies <see cref="Syntax"/> is a valid value, so modules and users can add
/// their own (example: <c>L4</c>). Compared ordinally. <c>default</c> is the unspecified value: its
/// <see cref="Value"/> is empty, <see cref="IsSpecified"/> is <see langword="false"/>, and profile validation
/// rejects it wherever a value is required. Serialized in JSON as a plain string.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<SeedClaimId>))]
[DebuggerDisplay("{Value,nq}")]
public readonly partial record struct SeedClaimId : IIdentifier<SeedClaimId>, IComparable<SeedClaimId>
{
    private readonly string? _value;

    private SeedClaimId(string value) => _value = value;

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public bool IsSpecified => _value is not null;

    /// <summary>Gets the syntax every value obeys: <see cref="IdentifierSyntax.Opaque"/>.</summary>
    public static IdentifierSyntax Syntax => IdentifierSyntax.Opaque;

    /// <summary>Creates a <see cref="SeedClaimId"/> from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks <see cref="Syntax"/>; the message says which rule.</exception>
    public static SeedClaimId Create(string value) => Identifier.Create<SeedClaimId>(value, nameof(value));

    /// <summary>Parses a <see cref="SeedClaimId"/>; same as <see cref="Create(string)"/>.</summary>
    /// <param name="s">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="s"/> breaks <see cref="Syntax"/>.</exception>
    public static SeedClaimId Parse(string s) => Identifier.Create<SeedClaimId>(s, nameof(s));


    /// <summary>Tries to parse a <see cref="SeedClaimId"/>.</summary>
    /// <param name="s">The candidate text.</param>
    /// <param name="result">The identifier, or <c>default</c> when the text is invalid.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SeedClaimId result) => Identifier.TryCreate(s, out result);

    /// <inheritdoc/>
    public int CompareTo(SeedClaimId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <inheritdoc/>
    static SeedClaimId IIdentifier<SeedClaimId>.FromValidated(string validated) => new(validated);

    // The format provider is meaningless for identifiers; these satisfy IParsable without inviting culture warnings.
    static SeedClaimId IParsable<SeedClaimId>.Parse(string s, IFormatProvider? provider) => Identifier.Create<SeedClaimId>(s, nameof(s));

    static bool IParsable<SeedClaimId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SeedClaimId result) =>
        Identifier.TryCreate(s, out result);
}
