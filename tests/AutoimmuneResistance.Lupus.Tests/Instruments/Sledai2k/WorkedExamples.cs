using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

// Loads the hand-derived worked examples (TestData/<folder>/*.json: input, expected result fields or expected
// diagnostics, and the derivation) and compares a computation with them.
internal static class WorkedExamples
{
    public static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", folder), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static JsonDocument Load(string folder, string file)
    {
        var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", folder, file)));
        var root = document.RootElement;
        Assert.Equal(Path.GetFileNameWithoutExtension(file), root.GetProperty("name").GetString());
        Assert.True(root.GetProperty("derivation").GetString()!.Length > 40, "every worked example explains its arithmetic");
        Assert.True(root.TryGetProperty("expected", out _) ^ root.TryGetProperty("expectedErrors", out _), "a worked example expects a result or errors");
        return document;
    }

    public static InstrumentComputation Compute(InstrumentId id, JsonElement input) =>
        ActivityTestModule.Pipeline.ComputeInstrument(id, Encoding.UTF8.GetBytes(input.GetRawText()));

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)ActivityTestModule.Pipeline.Json.Options.GetTypeInfo(typeof(T)))!;

    public static string Write<T>(T value) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)ActivityTestModule.Pipeline.Json.Options.GetTypeInfo(typeof(T)));

    // Checks the computation against the file: errors (and no result), or the expected fields and warnings.
    public static JsonDocument? Check(JsonElement root, InstrumentComputation computation)
    {
        if (root.TryGetProperty("expectedErrors", out var errors))
        {
            Assert.Null(computation.ResultJson);
            AssertDiagnostics(errors, computation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            return null;
        }

        Assert.False(computation.HasErrors, string.Join("\n", computation.Diagnostics));
        if (root.TryGetProperty("expectedWarnings", out var warnings))
        {
            AssertDiagnostics(warnings, computation.Diagnostics);
        }
        else
        {
            Assert.Empty(computation.Diagnostics);
        }

        var result = JsonDocument.Parse(computation.ResultJson!.Value);
        AssertContains(root.GetProperty("expected"), result.RootElement, "$");
        return result;
    }

    // Every property of `expected` must be in `actual` with an equal value; arrays must match element by element.
    public static void AssertContains(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.True(actual.ValueKind == JsonValueKind.Object, $"{path}: expected an object, found {actual}");
                foreach (var property in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(property.Name, out var value), $"{path}.{property.Name} is missing from {actual}");
                    AssertContains(property.Value, value, $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.True(actual.ValueKind == JsonValueKind.Array, $"{path}: expected an array, found {actual}");
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: expected {expected}, found {actual}");
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertContains(expected[i], actual[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(JsonElement.DeepEquals(expected, actual), $"{path}: expected {expected}, found {actual}");
                break;
        }
    }

    private static void AssertDiagnostics(JsonElement expected, IEnumerable<EvaluationDiagnostic> actual)
    {
        var list = actual.ToList();
        var wanted = expected.EnumerateArray().ToList();
        Assert.True(wanted.Count == list.Count, $"expected {expected}, found:\n{string.Join("\n", list)}");
        foreach (var item in wanted)
        {
            var code = item.GetProperty("code").GetString();
            var path = item.GetProperty("path").GetString();
            var match = list.FirstOrDefault(d => d.Code == code && d.Path == path);
            Assert.True(match is not null, $"no {code} at {path}; found:\n{string.Join("\n", list)}");
            if (item.TryGetProperty("messageContains", out var text))
            {
                Assert.Contains(text.GetString()!, match.Message, StringComparison.Ordinal);
            }

            list.Remove(match);
        }
    }
}
