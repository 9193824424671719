using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Reads and writes a <see cref="Citation"/> as a plain object:
/// <c>{"authors": "…", "year": 2022, "title": "…", "source": "…", "doi": "…", "url": "…"}</c>.
/// </summary>
/// <remarks>
/// Property names are fixed and case-sensitive. <c>authors</c>, <c>year</c> (an integer), <c>title</c> and
/// <c>source</c> are required; <c>doi</c> and <c>url</c> are optional and omitted on write when <see langword="null"/>.
/// Unknown or repeated properties are rejected. Reading applies the rules of <see cref="Citation"/> and throws a
/// <see cref="JsonException"/> naming the broken rule.
/// </remarks>
public sealed class CitationJsonConverter : JsonConverter<Citation>, IJsonSchemaSource
{
    private static readonly string[] PropertyNames = ["authors", "year", "title", "source", "doi", "url"];

    /// <inheritdoc/>
    public override Citation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"expected an object for a Citation, found {reader.TokenType}");
        }

        var texts = new string?[PropertyNames.Length];
        var seen = new bool[PropertyNames.Length];
        int? year = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            var index = Array.IndexOf(PropertyNames, name);
            if (index < 0)
            {
                throw new JsonException($"unknown property '{CodeText.Truncate(name)}' in a Citation; expected {string.Join(", ", PropertyNames)}");
            }

            if (seen[index])
            {
                throw new JsonException($"the property '{name}' appears twice in a Citation");
            }

            seen[index] = true;
            reader.Read();
            var optional = name is "doi" or "url";
            if (name == "year")
            {
                year = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var y)
                    ? y
                    : throw new JsonException($"the property 'year' of a Citation must be an integer, found {reader.TokenType}");
            }
            else if (reader.TokenType == JsonTokenType.String)
            {
                texts[index] = reader.GetString();
            }
            else if (!(optional && reader.TokenType == JsonTokenType.Null))
            {
                throw new JsonException($"the property '{name}' of a Citation must be a string{(optional ? " or null" : string.Empty)}, found {reader.TokenType}");
            }
        }

        for (var i = 0; i < 4; i++)
        {
            if (i == 1 ? year is null : texts[i] is null)
            {
                throw new JsonException($"a Citation needs the property '{PropertyNames[i]}'");
            }
        }

        return Citation.TryCreate(texts[0], year!.Value, texts[2], texts[3], texts[4], texts[5], out var result, out var error)
            ? result
            : throw new JsonException("invalid Citation: " + error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Citation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("authors", value.Authors);
        writer.WriteNumber("year", value.Year);
        writer.WriteString("title", value.Title);
        writer.WriteString("source", value.Source);
        if (value.Doi is not null)
        {
            writer.WriteString("doi", value.Doi);
        }

        if (value.Url is not null)
        {
            writer.WriteString("url", value.Url);
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    JsonObject IJsonSchemaSource.GetSchema() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["authors"] = new JsonObject { ["type"] = "string" },
            ["year"] = new JsonObject { ["type"] = "integer", ["minimum"] = Citation.MinYear, ["maximum"] = Citation.MaxYear },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["source"] = new JsonObject { ["type"] = "string" },
            ["doi"] = new JsonObject { ["type"] = "string" },
            ["url"] = new JsonObject { ["type"] = "string", ["format"] = "uri" },
        },
        ["required"] = new JsonArray("authors", "year", "title", "source"),
        ["additionalProperties"] = false,
    };
}
