using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A pseudonymous subject identifier. It must never be a name, medical record number or any other direct identifier; the library treats it as opaque text.
/// </summary>
/// <remarks>
/// An open vocabulary: any text that satisfies <see cref="Syntax"/> is a valid value, so modules and users can add
/// their own (example: <c>P-000123</c>). Compared ordinally. <c>default</c> is the unspecified value: its
/// <see cref="Value"/> is empty, <see cref="IsSpecified"/> is <see langword="false"/>, and profile validation
/// rejects it wherever a value is required. Serialized in JSON as a plain string.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<SubjectId>))]
[DebuggerDisplay("{Value,nq}")]
public readonly partial record struct SubjectId : IIdentifier<SubjectId>, IComparable<SubjectId>
{
    private readonly string? _value;

    private SubjectId(string value) => _value = value;

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public bool IsSpecified => _value is not null;

    /// <summary>Gets the syntax every value obeys: <see cref="IdentifierSyntax.Opaque"/>.</summary>
    public static IdentifierSyntax Syntax => IdentifierSyntax.Opaque;

    /// <summary>Creates a <see cref="SubjectId"/> from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks <see cref="Syntax"/>; the message says which rule.</exception>
    public static SubjectId Create(string value) => Identifier.Create<SubjectId>(value, nameof(value));

    /// <summary>Parses a <see cref="SubjectId"/>; same as <see cref="Create(string)"/>.</summary>
    /// <param name="s">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="s"/> breaks <see cref="Syntax"/>.</exception>
    public static SubjectId Parse(string s) => Identifier.Create<SubjectId>(s, nameof(s));


    /// <summary>Tries to parse a <see cref="SubjectId"/>.</summary>
    /// <param name="s">The candidate text.</param>
    /// <param name="result">The identifier, or <c>default</c> when the text is invalid.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SubjectId result) => Identifier.TryCreate(s, out result);

    /// <inheritdoc/>
    public int CompareTo(SubjectId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <inheritdoc/>
    static SubjectId IIdentifier<SubjectId>.FromValidated(string validated) => new(validated);

    // The format provider is meaningless for identifiers; these satisfy IParsable without inviting culture warnings.
    static SubjectId IParsable<SubjectId>.Parse(string s, IFormatProvider? provider) => Identifier.Create<SubjectId>(s, nameof(s));

    static bool IParsable<SubjectId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SubjectId result) =>
        Identifier.TryCreate(s, out result);
}
