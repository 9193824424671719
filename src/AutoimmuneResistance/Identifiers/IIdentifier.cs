using System.Diagnostics.CodeAnalysis;

namespace AutoimmuneResistance;

/// <summary>
/// Contract shared by the library's string-backed identifiers (<see cref="DiseaseId"/>, <see cref="MechanismId"/>,
/// <see cref="TherapyId"/> and the others). Identifiers are open vocabularies: modules and users may mint new values,
/// and the library never narrows them to a closed enum.
/// </summary>
/// <typeparam name="TSelf">The identifier type.</typeparam>
public interface IIdentifier<TSelf> : IEquatable<TSelf>, IParsable<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Gets the identifier's text, or <see cref="string.Empty"/> for the default (unspecified) value.</summary>
    string Value { get; }

    /// <summary>Gets a value indicating whether the identifier holds a value (<see langword="false"/> for <c>default</c>).</summary>
    bool IsSpecified { get; }

    /// <summary>Gets the syntax rule every value of this identifier obeys.</summary>
    static abstract IdentifierSyntax Syntax { get; }

    /// <summary>Creates an identifier from text that has already passed <see cref="Syntax"/>.</summary>
    /// <param name="validated">Text that satisfies <see cref="Syntax"/>.</param>
    /// <returns>The identifier.</returns>
    static abstract TSelf FromValidated(string validated);
}

/// <summary>Helpers that implement the parsing side of <see cref="IIdentifier{TSelf}"/> once for every identifier type.</summary>
internal static class Identifier
{
    public static TSelf Create<TSelf>(string value, string? paramName = null)
        where TSelf : struct, IIdentifier<TSelf>
    {
        ArgumentNullException.ThrowIfNull(value, paramName ?? nameof(value));
        var error = TSelf.Syntax.Check(value);
        if (error is not null)
        {
            throw new ArgumentException($"'{value}' is not a valid {typeof(TSelf).Name}: {error}", paramName ?? nameof(value));
        }

        return TSelf.FromValidated(value);
    }

    public static bool TryCreate<TSelf>([NotNullWhen(true)] string? value, out TSelf result)
        where TSelf : struct, IIdentifier<TSelf>
    {
        if (value is not null && TSelf.Syntax.Check(value) is null)
        {
            result = TSelf.FromValidated(value);
            return true;
        }

        result = default;
        return false;
    }
}
