using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Reads and writes a <see cref="CodeSystem"/> as a JSON string holding its URI, checking on read that the text is an
/// absolute URI. Also used for dictionary keys. Writing <c>default(CodeSystem)</c> writes an empty string, which
/// reading rejects.
/// </summary>
public sealed class CodeSystemJsonConverter : JsonConverter<CodeSystem>, IJsonSchemaSource
{
    /// <inheritdoc/>
    public override CodeSystem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a string holding a CodeSystem URI, found {reader.TokenType}");
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence && CodeSystem.TryGetWellKnown(reader.ValueSpan, out var wellKnown))
        {
            return wellKnown;
        }

        return FromText(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CodeSystem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Uri);
    }

    /// <inheritdoc/>
    public override CodeSystem ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromText(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, CodeSystem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Uri);
    }

    internal static CodeSystem FromText(string text)
    {
        var error = CodeSystem.Check(text);
        return error is null
            ? CodeSystem.FromChecked(text)
            : throw new JsonValueException($"not a valid CodeSystem: {error}", text);
    }

    /// <summary>
    /// Reads the current string token as a valid code system, or declines (returns <see langword="false"/>) where
    /// <see cref="FromText(string)"/> would fail. A well-known URI is recognised from its bytes: no string, no URI parse.
    /// </summary>
    /// <param name="reader">A reader on the value's token.</param>
    /// <param name="system">The code system, equal to what <see cref="Read"/> returns.</param>
    /// <returns><see langword="true"/> when the value was read.</returns>
    internal static bool TryReadValid(ref Utf8JsonReader reader, out CodeSystem system)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            system = default;
            return false;
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence && CodeSystem.TryGetWellKnown(reader.ValueSpan, out system))
        {
            return true;
        }

        var text = reader.GetString()!;
        system = CodeSystem.Check(text) is null ? CodeSystem.FromChecked(text) : default;
        return system.IsSpecified;
    }

    /// <inheritdoc/>
    JsonObject IJsonSchemaSource.GetSchema() => new()
    {
        ["type"] = "string",
        ["format"] = "uri",
        ["description"] = "The code system's canonical URI, for example http://loinc.org.",
    };
}
