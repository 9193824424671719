namespace AutoimmuneResistance;

/// <summary>
/// The syntax rule an identifier's text must satisfy. Two rules exist: <see cref="Dotted"/> for library and module
/// vocabularies (lower case, so that <c>"SLE"</c> and <c>"sle"</c> can never name two different diseases) and
/// <see cref="Opaque"/> for identifiers minted outside the library, such as pseudonymous subject ids.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class IdentifierSyntax
{
    /// <summary>
    /// Lower-case ASCII letters and digits, separated by single <c>.</c>, <c>-</c> or <c>_</c> characters;
    /// 1 to 128 characters, starting and ending with a letter or digit. Example: <c>sle.glucocorticoid-dependence</c>.
    /// </summary>
    public static IdentifierSyntax Dotted { get; } = new(
        "lower-case letters and digits separated by single '.', '-' or '_', 1 to 128 characters",
        maxLength: 128,
        letters: Letters.Lower,
        extraCharacters: "");

    /// <summary>
    /// ASCII letters, digits and <c>. - _ :</c>; 1 to 64 characters, starting with a letter or digit.
    /// Used for pseudonymous subject identifiers, which come from the caller's own systems.
    /// </summary>
    public static IdentifierSyntax Opaque { get; } = new(
        "ASCII letters, digits and '.', '-', '_', ':', 1 to 64 characters, starting with a letter or digit",
        maxLength: 64,
        letters: Letters.Lower | Letters.Upper,
        extraCharacters: ":");

    /// <summary>
    /// An HGNC-approved gene symbol: upper-case ASCII letters and digits with single '-' separators, 1 to 32
    /// characters (for example <c>TPMT</c>, <c>NUDT15</c>, <c>CYP3A5</c>, <c>FCGR3A</c>).
    /// </summary>
    public static IdentifierSyntax GeneSymbol { get; } = new(
        "upper-case letters and digits separated by single '-', 1 to 32 characters (an HGNC symbol)",
        maxLength: 32,
        letters: Letters.Upper,
        extraCharacters: "");

    private readonly int _maxLength;
    private readonly Letters _letters;
    private readonly bool _strictSeparators;
    private readonly string _extraCharacters;

    private IdentifierSyntax(string description, int maxLength, Letters letters, string extraCharacters)
    {
        Description = description;
        _maxLength = maxLength;
        _letters = letters;

        // Library vocabularies keep separators tidy; opaque caller ids are accepted as they come.
        _strictSeparators = letters != (Letters.Lower | Letters.Upper);
        _extraCharacters = extraCharacters;
    }

    [Flags]
    private enum Letters
    {
        Lower = 1,
        Upper = 2,
    }

    /// <summary>Gets a one-line description of the rule, used in error messages.</summary>
    public string Description { get; }

    /// <summary>Checks <paramref name="value"/> against the rule.</summary>
    /// <param name="value">The candidate text.</param>
    /// <returns><see langword="null"/> when the text is valid; otherwise the reason it is not.</returns>
    public string? Check(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return "it is empty; expected " + Description;
        }

        if (value.Length > _maxLength)
        {
            return $"it has {value.Length} characters; expected {Description}";
        }

        if (!IsLetterOrDigit(value[0]) || (_strictSeparators && !IsLetterOrDigit(value[^1])))
        {
            return "it must start" + (_strictSeparators ? " and end" : string.Empty) + " with a letter or digit; expected " + Description;
        }

        var previousWasSeparator = false;
        foreach (var c in value)
        {
            if (IsLetterOrDigit(c))
            {
                previousWasSeparator = false;
                continue;
            }

            var isSeparator = (_letters == Letters.Upper ? c is '-' : c is '.' or '-' or '_')
                || _extraCharacters.Contains(c, StringComparison.Ordinal);
            if (!isSeparator)
            {
                return $"it holds a character that is not allowed; expected {Description}";
            }

            if (_strictSeparators && previousWasSeparator)
            {
                return "separators must not repeat; expected " + Description;
            }

            previousWasSeparator = true;
        }

        return null;
    }

    private bool IsLetterOrDigit(char c) =>
        c is >= '0' and <= '9'
        || ((_letters & Letters.Lower) != 0 && c is >= 'a' and <= 'z')
        || ((_letters & Letters.Upper) != 0 && c is >= 'A' and <= 'Z');
}
