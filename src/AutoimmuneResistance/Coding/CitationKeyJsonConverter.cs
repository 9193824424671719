using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Writes one citation (the publication a <see cref="PublishedEffect"/> comes from) as its <see cref="Citation.Key"/>,
/// like <see cref="CitationKeysJsonConverter"/> does for a list: the publication itself is written once per document.
/// </summary>
public sealed class CitationKeyJsonConverter : JsonConverter<Citation>, IJsonSchemaSource
{
    /// <inheritdoc/>
    public override Citation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CitationKeysJsonConverter.ReadOne(ref reader, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Citation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        CitationKeysJsonConverter.WriteOne(writer, value, options);
    }

    JsonObject IJsonSchemaSource.GetSchema()
    {
        var schema = CitationKeysJsonConverter.OneSchema();
        schema["description"] = "The key of one of the document's citations; in the expanded form of an assessment, the citation itself.";
        return schema;
    }
}
