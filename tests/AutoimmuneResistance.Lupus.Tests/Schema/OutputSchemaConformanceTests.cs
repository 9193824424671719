using System.Text;
using System.Text.Json.Nodes;

namespace AutoimmuneResistance.Lupus.Tests.Schema;

// The output schemas describe what the library actually writes: real lupus assessments and results files are checked
// against the schemas the same pipeline exports (every property the document holds is one the schema names, with a
// type it allows, and every property the schema requires is present).
public sealed class OutputSchemaConformanceTests
{
    private static readonly ResistancePipeline Pipeline = LupusProfiles.Pipeline;

    [Fact]
    public void The_v1_and_v2_assessments_conform_to_the_assessment_schema_in_both_forms()
    {
        var schema = Pipeline.Json.GetAssessmentSchema();
        foreach (var profile in new[] { Vignettes.VignetteProfiles.V1(), Vignettes.VignetteProfiles.V2() })
        {
            var assessment = Pipeline.Evaluate(profile);
            Conforms(schema, JsonNode.Parse(Pipeline.Json.Serialize(assessment))!, "$");
            Conforms(schema, JsonNode.Parse(Pipeline.Json.Serialize(assessment, AssessmentJsonForm.Expanded))!, "$");
        }
    }

    [Fact]
    public async Task The_demo_cohort_results_file_conforms_to_the_header_and_record_schemas()
    {
        using var results = new MemoryStream();
        await Pipeline.EvaluateJsonLinesAsync(new MemoryStream(File.ReadAllBytes(DemoCohort.DemoCohortFixture.CohortPath)), results);

        var lines = Encoding.UTF8.GetString(results.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Conforms(Pipeline.Json.GetResultsHeaderSchema(), JsonNode.Parse(lines[0])!, "line 1");
        var record = Pipeline.Json.GetResultsRecordSchema();
        for (var i = 1; i < lines.Length; i++)
        {
            Conforms(record, JsonNode.Parse(lines[i])!, $"line {i + 1}");
        }
    }

    [Fact]
    public void The_check_rejects_a_property_the_schema_does_not_name_and_a_wrong_value()
    {
        var schema = Pipeline.Json.GetAssessmentSchema();
        var document = JsonNode.Parse(Pipeline.Json.Serialize(Pipeline.Evaluate(Vignettes.VignetteProfiles.V2())))!.AsObject();

        var extra = document.DeepClone().AsObject();
        extra["verdict"]!.AsObject()["bogus"] = 1;
        Assert.Contains("'bogus' is not in the schema", Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Conforms(schema, extra, "$")).Message, StringComparison.Ordinal);

        var wrong = document.DeepClone().AsObject();
        wrong["verdict"]!.AsObject()["answer"] = "maybe";
        Assert.Contains("$.verdict.answer", Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Conforms(schema, wrong, "$")).Message, StringComparison.Ordinal);
    }

    private static void Conforms(JsonNode schema, JsonNode? value, string path)
    {
        if (schema is JsonValue)
        {
            return; // true: anything
        }

        var node = schema.AsObject();
        if (node["anyOf"] is JsonArray anyOf)
        {
            var errors = new List<string>();
            foreach (var option in anyOf)
            {
                try
                {
                    Conforms(option!, value, path);
                    return;
                }
                catch (Xunit.Sdk.XunitException e)
                {
                    errors.Add(e.Message);
                }
            }

            Assert.Fail($"{path}: matches none of the schema's alternatives: {string.Join(" | ", errors)}");
        }

        if (node["type"] is { } type)
        {
            var allowed = type is JsonArray many ? many.Select(t => (string)t!).ToList() : [(string)type!];
            Assert.True(allowed.Contains(Kind(value)) || (Kind(value) == "integer" && allowed.Contains("number")), $"{path}: {Kind(value)} where the schema allows {string.Join(", ", allowed)}");
        }

        if (node["enum"] is JsonArray values)
        {
            Assert.True(values.Any(v => JsonNode.DeepEquals(v, value)), $"{path}: {value?.ToJsonString()} is not one of the schema's values");
        }

        if (value is JsonObject obj && node["properties"] is JsonObject properties)
        {
            foreach (var (name, child) in obj)
            {
                if (name == "$kind")
                {
                    continue;
                }

                Assert.True(properties.ContainsKey(name) || node["additionalProperties"] is null, $"{path}: '{name}' is not in the schema");
                if (properties[name] is { } childSchema)
                {
                    Conforms(childSchema, child, $"{path}.{name}");
                }
            }

            if (node["required"] is JsonArray required)
            {
                foreach (var name in required.Select(r => (string)r!))
                {
                    Assert.True(obj.ContainsKey(name), $"{path}: the required '{name}' is missing");
                }
            }
        }

        if (value is JsonArray array && node["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Conforms(items, array[i], $"{path}[{i}]");
            }
        }
    }

    private static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        JsonValue v when v.TryGetValue<long>(out _) => "integer",
        _ => "number",
    };
}
