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
            ? CodeSystem.Create(text)
            : throw new JsonException($"'{CodeText.Truncate(text)}' is not a valid CodeSystem: {error}");
    }

    /// <inheritdoc/>
    JsonObject IJsonSchemaSource.GetSchema() => new()
    {
        ["type"] = "string",
        ["format"] = "uri",
        ["description"] = "The code system's canonical URI, for example http://loinc.org.",
    };
}
