using System.Text.Json;

namespace AutoimmuneResistance;

/// <summary>
/// A JSON value that breaks its type's rule. The message names the rule and the expected form only; the value (and a
/// description that quotes it) is kept in <see cref="Value"/>, which reaches a diagnostic only when the caller opted
/// in (<see cref="ResistancePipelineBuilder.IncludeValuesInDiagnostics(bool)"/>).
/// </summary>
/// <remarks>
/// The serializer rethrows a converter's <see cref="JsonException"/> itself, with the path set, so the translator
/// finds this type on the exception it catches.
/// </remarks>
internal sealed class JsonValueException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The rule and the expected form, without the value.</param>
    /// <param name="value">The offending value as read (cut after 40 characters here).</param>
    /// <param name="explanation">What exactly is wrong with the value, if that quotes it (a check digit, a character).</param>
    public JsonValueException(string rule, string value, string? explanation = null)
        : base(rule)
    {
        var shown = "'" + DiagnosticValues.Text(value) + "'";
        Value = explanation is null ? shown : shown + ": " + explanation;
    }

    /// <summary>Gets the value as read and, when given, what exactly is wrong with it.</summary>
    public string Value { get; }
}
