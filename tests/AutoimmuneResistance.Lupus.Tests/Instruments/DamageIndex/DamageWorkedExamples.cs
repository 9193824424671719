using System.Text;
using System.Text.Json;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;

// Loads the hand-derived worked examples (TestData/<folder>/*.json: title, derivation, input, expected) and runs
// their inputs through the pipeline exactly as a JSON caller would.
internal static class DamageWorkedExamples
{
    internal static readonly ResistancePipeline Pipeline = new ResistancePipelineBuilder().AddLupus().Build();

    internal static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", folder), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    internal static JsonDocument Load(string folder, string file)
    {
        var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", folder, file)));
        var root = document.RootElement;
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()), $"{file}: title");
        Assert.True(root.GetProperty("derivation").GetString()!.Length > 40, $"{file}: the derivation must show the arithmetic and the source");
        return document;
    }

    internal static (JsonDocument Result, string[] Codes) Compute(InstrumentId instrument, JsonElement input)
    {
        var computation = Pipeline.ComputeInstrument(instrument, Encoding.UTF8.GetBytes(input.GetRawText()));
        Assert.False(computation.HasErrors, string.Join("\n", computation.Diagnostics));
        return (JsonDocument.Parse(computation.ResultJson!.Value), [.. computation.Diagnostics.Select(d => d.Code)]);
    }

    internal static string[] ExpectedCodes(JsonElement expected) =>
        expected.TryGetProperty("diagnostics", out var codes) ? [.. codes.EnumerateArray().Select(c => c.GetString()!)] : [];
}
