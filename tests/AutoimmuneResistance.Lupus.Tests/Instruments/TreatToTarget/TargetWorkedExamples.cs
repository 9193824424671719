using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

// Worked examples kept as data: TestData/<area>/*.json, each {"instrument": id, "cases": [{name, derivation, input, expected}]}.
// The input goes through the pipeline's JSON entry point; "expected" is matched as a subset of the result document.
// An expected object matched against an array of objects with "id" is read as a map from id to the element (a string
// value there is the element's "state").
internal static class TargetWorkedExamples
{
    internal static readonly ResistancePipeline Pipeline = new ResistancePipelineBuilder().AddLupus().Build();

    internal static TheoryData<string, string> Cases(string area)
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Folder(area), "*.json").Order(StringComparer.Ordinal))
        {
            var root = Load(file);
            foreach (var example in root["cases"]!.AsArray())
            {
                data.Add(Path.GetFileName(file), (string)example!["name"]!);
            }
        }

        return data;
    }

    internal static void Run(string area, string file, string name)
    {
        var root = Load(Path.Combine(Folder(area), file));
        var instrument = InstrumentId.Create((string)root["instrument"]!);
        var example = root["cases"]!.AsArray().Single(c => (string)c!["name"]! == name)!;
        Assert.False(string.IsNullOrWhiteSpace((string?)example["derivation"]), $"{name}: every worked example states its derivation");
        var computation = Pipeline.ComputeInstrument(instrument, Encoding.UTF8.GetBytes(example["input"]!.ToJsonString()));
        var expected = example["expected"]!;
        if (expected["errors"] is JsonArray errors)
        {
            Assert.True(computation.HasErrors, $"{name}: expected errors, got {computation.ResultText()}");
            foreach (var error in errors)
            {
                var code = (string)error!["code"]!;
                var path = (string)error["path"]!;
                Assert.Contains(computation.Diagnostics, d => d.Code == code && d.Path == path);
            }

            return;
        }

        Assert.False(computation.HasErrors, $"{name}: {string.Join("; ", computation.Diagnostics)}");
        var actual = JsonNode.Parse(computation.ResultText()!)!;
        AssertSubset(expected, actual, "$");
    }

    internal static void AssertSubset(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual?.ToJsonString()}");
                break;
            case JsonObject expectedObject when actual is JsonArray array:
                foreach (var (key, value) in expectedObject)
                {
                    var element = array.SingleOrDefault(e => e is JsonObject o && (string?)o["id"] == key);
                    Assert.True(element is not null, $"{path}: no element with id '{key}' in {array.ToJsonString()}");
                    if (value is JsonValue v && v.TryGetValue<string>(out var state))
                    {
                        Assert.True((string?)element!["state"] == state, $"{path}[{key}].state: expected {state}, got {element["state"]?.ToJsonString()}");
                    }
                    else
                    {
                        AssertSubset(value, element, $"{path}[{key}]");
                    }
                }

                break;
            case JsonObject expectedObject:
                Assert.True(actual is JsonObject, $"{path}: expected an object, got {actual?.ToJsonString()}");
                foreach (var (key, value) in expectedObject)
                {
                    var actualObject = (JsonObject)actual!;
                    if (value is null)
                    {
                        Assert.False(actualObject.ContainsKey(key), $"{path}.{key}: expected absent, got {actualObject[key]?.ToJsonString()}");
                        continue;
                    }

                    Assert.True(actualObject.ContainsKey(key), $"{path}.{key}: missing in {actual!.ToJsonString()}");
                    AssertSubset(value, actualObject[key], $"{path}.{key}");
                }

                break;
            case JsonArray expectedArray:
                Assert.True(actual is JsonArray, $"{path}: expected an array, got {actual?.ToJsonString()}");
                var actualArray = (JsonArray)actual!;
                Assert.True(expectedArray.Count == actualArray.Count, $"{path}: expected {expectedArray.Count} elements, got {actualArray.ToJsonString()}");
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    AssertSubset(expectedArray[i], actualArray[i], $"{path}[{i}]");
                }

                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                Assert.True(actual is JsonValue a && a.GetValueKind() == System.Text.Json.JsonValueKind.Number, $"{path}: expected a number, got {actual?.ToJsonString()}");
                var expectedNumber = value.GetValue<decimal>();
                var actualNumber = actual!.GetValue<decimal>();
                Assert.True(expectedNumber == actualNumber, string.Create(CultureInfo.InvariantCulture, $"{path}: expected {expectedNumber}, got {actualNumber}"));
                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString()}");
                break;
        }
    }

    private static string Folder(string area) => Path.Combine(AppContext.BaseDirectory, "TestData", area);

    private static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(file), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
}
