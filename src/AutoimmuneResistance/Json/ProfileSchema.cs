using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>
/// Exports the JSON Schemas of the contract (<see cref="PatientProfile"/> in, <see cref="ResistanceAssessment"/> and the
/// results file's header and records out) from the serializer's metadata, so they cannot drift from the model.
/// </summary>
internal static class ProfileSchema
{
    public const string SchemaId = "https://autoimmune-resistance.github.io/schemas/patient-profile.v1.schema.json";

    public const string AssessmentSchemaId = "https://autoimmune-resistance.github.io/schemas/resistance-assessment.v2.schema.json";

    public const string ResultsHeaderSchemaId = "https://autoimmune-resistance.github.io/schemas/results-header.v2.schema.json";

    public const string ResultsRecordSchemaId = "https://autoimmune-resistance.github.io/schemas/results-record.v2.schema.json";

    public static JsonNode Export(JsonSerializerOptions options) => Export(
        options,
        typeof(PatientProfile),
        SchemaId,
        "AutoimmuneResistance patient profile",
        "One pseudonymous patient's profile (schemaVersion 1). Generated from the library's serializer metadata; do not edit by hand.");

    public static JsonNode Export(JsonSerializerOptions options, Type type, string id, string title, string description)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(options, context, node),
        };

        var schema = options.GetJsonSchemaAsNode(type, exporterOptions).AsObject();
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id,
            ["title"] = title,
            ["description"] = description,
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
        // A property with its own converter (citation keys) describes itself.
        if (context.PropertyInfo?.CustomConverter is IJsonSchemaSource propertySource)
        {
            return propertySource.GetSchema();
        }

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

        // The exporter leaves out the items of a list whose element type has its own converter (a clinical code, a
        // citation, a treatment option); the element describes itself.
        if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element && node is JsonObject list && list["items"] is null
            && options.GetTypeInfo(element) is { Kind: JsonTypeInfoKind.None, Converter: IJsonSchemaSource elementSource })
        {
            list["items"] = elementSource.GetSchema();
            return list;
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
