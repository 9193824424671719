using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>Exports the JSON Schema of <see cref="PatientProfile"/> from the serializer's metadata.</summary>
internal static class ProfileSchema
{
    public const string SchemaId = "https://autoimmune-resistance.github.io/schemas/patient-profile.v1.schema.json";

    public static JsonNode Export(JsonSerializerOptions options)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(options, context, node),
        };

        var schema = options.GetJsonSchemaAsNode(typeof(PatientProfile), exporterOptions).AsObject();
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "AutoimmuneResistance patient profile",
            ["description"] = "One pseudonymous patient's profile (schemaVersion 1). Generated from the library's serializer metadata; do not edit by hand.",
        };
        foreach (var property in schema.ToList())
        {
            schema.Remove(property.Key);
            document[property.Key] = property.Value;
        }

        return document;
    }

    private static JsonNode Transform(JsonSerializerOptions options, JsonSchemaExporterContext context, JsonNode node)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var info = underlying is null ? context.TypeInfo : options.GetTypeInfo(underlying);
        if (info.Type == typeof(DateOnly))
        {
            // The date converter wraps the built-in one; describe the built-in wire shape, as the exporter did before.
            var date = new JsonObject
            {
                ["type"] = underlying is null ? "string" : new JsonArray("string", "null"),
                ["format"] = "date",
            };
            if (node is JsonObject described && described["description"] is { } text)
            {
                date["description"] = text.DeepClone();
            }

            return date;
        }

        if (info.Kind == JsonTypeInfoKind.None && info.Converter is IJsonSchemaSource source)
        {
            var own = source.GetSchema();
            if (underlying is not null)
            {
                return new JsonObject { ["anyOf"] = new JsonArray(own, new JsonObject { ["type"] = "null" }) };
            }

            if (node is JsonObject original && original["description"] is { } description)
            {
                own["description"] = description.DeepClone();
            }

            return own;
        }

        return node;
    }
}
